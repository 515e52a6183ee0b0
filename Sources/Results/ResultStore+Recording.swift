import Experiments
import Foundation
import GRDB
import PretrialModel

extension ResultStore {
    /// Writes a new run, status `running`, with its variants.
    /// - Parameters:
    ///   - run: what is being run.
    ///   - started: when it started.
    /// - Returns: the run's id.
    public func beginRun(_ run: RunIdentity, started: Date = Date()) throws -> Int64 {
        try queue.write { db in
            try Self.insertRun(run, started: started.ISO8601Format(), finished: nil, status: .running, db)
        }
    }

    /// Writes one finished replication (its row and every metric row) in one transaction.
    /// - Parameters:
    ///   - outcome: the replication.
    ///   - run: the run it belongs to.
    /// - Throws: a `DatabaseError` if the pair is already stored (it is never overwritten).
    public func record(_ outcome: ReplicationOutcome, run: Int64) throws {
        try queue.write { db in try Self.insert(outcome, run: run, db) }
    }

    /// Writes one finished replication like ``record(_:run:)``, but on the store's own
    /// thread, so the caller can start the next replication at once. Writes are done in the
    /// order asked for, and any later call that waits (``finish(run:status:replications:)``,
    /// a read) waits for them first.
    /// - Parameters:
    ///   - outcome: the replication.
    ///   - run: the run it belongs to.
    ///   - completion: called on the store's thread with the error that stopped the write,
    ///     or `nil` once it is committed.
    public func recordInBackground(
        _ outcome: ReplicationOutcome, run: Int64,
        completion: @escaping @Sendable ((any Error)?) -> Void
    ) {
        queue.asyncWrite(
            { db in try Self.insert(outcome, run: run, db) },
            completion: { _, result in
                if case .failure(let error) = result { completion(error) } else { completion(nil) }
            })
    }

    /// Marks a run `complete` or `incomplete` and stamps when it finished; a complete run's
    /// steady-state flag is written to `steady_state` (``recordSteadyState(run:_:)``).
    /// - Parameters:
    ///   - run: the run.
    ///   - status: where it now stands.
    ///   - replications: replications per variant, if they differ from those planned (e.g.
    ///     with a precision target).
    public func finish(run: Int64, status: RunStatus, replications: Int? = nil) throws {
        try queue.write { db in
            try db.execute(
                sql: "UPDATE runs SET status = ?, finished = ?, replications = COALESCE(?, replications) WHERE id = ?",
                arguments: [status.rawValue, status == .complete ? Date().ISO8601Format() : nil, replications, run])
            if status == .complete { try Self.recordSteadyState(run: run, db) }
        }
    }

    /// Marks a run `incomplete` if it is still `running` (for a signal handler, which must
    /// not undo a run that just completed).
    public func interrupt(run: Int64) throws {
        try queue.write { db in
            try db.execute(
                sql: "UPDATE runs SET status = 'incomplete' WHERE id = ? AND status = 'running'", arguments: [run])
        }
    }

    /// Marks an unfinished run `running` again, before resuming it.
    /// - Parameters:
    ///   - run: the run.
    ///   - replications: replications per variant now planned, if they change.
    public func reopen(run: Int64, replications: Int? = nil) throws {
        try queue.write { db in
            try db.execute(
                sql:
                    "UPDATE runs SET status = 'running', finished = NULL, replications = COALESCE(?, replications) WHERE id = ?",
                arguments: [replications, run])
        }
    }

    static func insertRun(
        _ run: RunIdentity, started: String, finished: String?, status: RunStatus,
        _ db: Database
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO runs (scenario_name, scenario_path, scenario_sha256, seed, replications, reference_group,
                                  tool_version, started, finished, status, shard, plugins)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.scenarioName, run.scenarioPath, run.scenarioSHA256, Int64(bitPattern: run.seed),
                run.replications, run.referenceGroup, run.toolVersion, started, finished, status.rawValue,
                run.shard, try PluginColumn.text(run.plugins),
            ])
        let id = db.lastInsertedRowID
        for (index, variant) in run.variants.enumerated() {
            try db.execute(
                sql: "INSERT INTO variants (run_id, variant_index, name, description) VALUES (?, ?, ?, ?)",
                arguments: [id, index, variant.name, variant.description])
        }
        return id
    }

    /// Inserts the replication row, then its metric rows metric by metric, each in cell
    /// order; reading back by rowid recovers that order.
    static func insert(_ outcome: ReplicationOutcome, run: Int64, _ db: Database) throws {
        let metrics = outcome.metrics
        try db.cachedStatement(
            sql: """
                INSERT INTO replications (run_id, variant_index, replication, seed, model_events, wall_seconds, end_time,
                                          series_warm_up_days, series_arrest_window_days)
                VALUES (?, ?, ?, (SELECT seed FROM runs WHERE id = ?), ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            run, outcome.variant, outcome.replication, run, metrics.modelEvents,
            outcome.wallSeconds, metrics.endTime, metrics.series?.warmUpDays,
            metrics.series.flatMap { $0.arrestWindowDays.isFinite ? $0.arrestWindowDays : nil },
        ])
        try insertSeries(metrics.series, run: run, variant: outcome.variant, replication: outcome.replication, db)
        // Many rows per statement (SQLite's VALUES list), in metric-then-cell order: one
        // statement execution per batch instead of per row costs a third less CPU. The
        // values are bound as `DatabaseValue`s, without boxing each in an existential.
        let keys = metrics.cells.map { $0.key.databaseValue }
        var rows: [DatabaseValue] = []  // (metric, breakdown, value, numerator, denominator, ordinal) per row
        rows.reserveCapacity(metricRowWidth * MetricID.allCases.count * keys.count)
        func stored(_ value: Double?) -> DatabaseValue {
            guard let value, !value.isNaN else { return .null }
            return value.databaseValue
        }
        for metric in MetricID.allCases {
            guard let values = metrics.values[metric] else { continue }
            let name = metric.rawValue.databaseValue
            let numerators = metrics.numerators[metric], denominators = metrics.denominators[metric]
            for (index, (key, value)) in zip(keys, values).enumerated() {
                rows += [
                    name, key, stored(value), stored(numerators?[index]), stored(denominators?[index]),
                    (rows.count / metricRowWidth).databaseValue,
                ]
            }
        }
        let shared = [run.databaseValue, outcome.variant.databaseValue, outcome.replication.databaseValue]
        let rowCount = rows.count / metricRowWidth
        var start = 0
        while start < rowCount {
            let end = min(start + metricRowsPerStatement, rowCount)
            let sql = end - start == metricRowsPerStatement ? fullMetricInsertSQL : metricInsertSQL(rows: end - start)
            let statement = try db.cachedStatement(sql: sql)
            statement.setUncheckedArguments(
                StatementArguments(shared + rows[(metricRowWidth * start)..<(metricRowWidth * end)]))
            try statement.execute()
            start = end
        }
    }
}

/// The parameters of one metric row: metric, breakdown, value, numerator, denominator, ordinal.
let metricRowWidth = 6

/// The metric rows one INSERT statement writes at most (6 parameters each, plus 3 shared).
let metricRowsPerStatement = 100

/// ``metricInsertSQL(rows:)`` for a full batch, built once.
let fullMetricInsertSQL = metricInsertSQL(rows: metricRowsPerStatement)

/// `INSERT INTO metrics … SELECT ?1, ?2, ?3, column1, …, column5 FROM (VALUES (?, ?, ?, ?, ?, ?), …)
/// ORDER BY column6` for `rows` rows: the run, variant and replication bound once, then
/// (metric, breakdown, value, numerator, denominator, ordinal) per row. The ORDER BY makes
/// the rowids follow the ordinals, which the loader reads the cells back by.
func metricInsertSQL(rows: Int) -> String {
    let values = (0..<rows).map { row in
        "(" + (0..<metricRowWidth).map { "?\(4 + metricRowWidth * row + $0)" }.joined(separator: ", ") + ")"
    }.joined(separator: ", ")
    return """
        INSERT INTO metrics (run_id, variant_index, replication, metric, breakdown, value, numerator, denominator)
        SELECT ?1, ?2, ?3, column1, column2, column3, column4, column5 FROM (VALUES \(values)) ORDER BY column6
        """
}
