import Experiments
import GRDB
import PretrialModel

extension ResultStore {
    /// Reads a run back: its row, its variants and every stored replication with all its
    /// figures (NULL read back as NaN, cells in the order they were written).
    /// - Parameter id: the run.
    /// - Returns: the run, or `nil` if the store has no run `id`.
    public func loadRun(_ id: Int64) throws -> StoredRun? {
        try queue.read { db in
            guard let record = try Self.fetchRuns(whereClause: "WHERE r.id = ?", arguments: [id], db).first else {
                return nil
            }
            return StoredRun(record: record, outcomes: try Self.fetchOutcomes(run: id, db))
        }
    }

    /// One replication's metric rows as they are gathered.
    private struct PendingMetrics {
        var cellKeys: [String] = []
        var cellIndex: [String: Int] = [:]
        var values: [MetricID: [Double]] = [:]
        var numerators: [MetricID: [Double]] = [:]
        var denominators: [MetricID: [Double]] = [:]

        mutating func add(metric: MetricID, key: String, value: Double?, numerator: Double?, denominator: Double?) {
            let index: Int
            if let known = cellIndex[key] {
                index = known
            } else {
                index = cellKeys.count
                cellIndex[key] = index
                cellKeys.append(key)
                for metric in values.keys { values[metric]?.append(.nan) }
                for metric in numerators.keys { numerators[metric]?.append(.nan) }
                for metric in denominators.keys { denominators[metric]?.append(.nan) }
            }
            Self.set(&values, metric, index, value, cells: cellKeys.count)
            if numerator != nil || denominator != nil || metric.definition.formula.parts != nil {
                Self.set(&numerators, metric, index, numerator, cells: cellKeys.count)
                Self.set(&denominators, metric, index, denominator, cells: cellKeys.count)
            }
        }

        /// Puts `value` (NaN for NULL) in `metric`'s column at `index`.
        private static func set(
            _ columns: inout [MetricID: [Double]], _ metric: MetricID, _ index: Int, _ value: Double?,
            cells: Int
        ) {
            var column = columns[metric] ?? Array(repeating: .nan, count: cells)
            column[index] = value ?? .nan
            columns[metric] = column
        }
    }

    static func fetchOutcomes(run: Int64, _ db: Database) throws -> [ReplicationOutcome] {
        var pending: [[Int]: PendingMetrics] = [:]
        // A store opened read-only is not migrated: one from before schema v5 has no counts.
        let hasCounts = try db.columns(in: "metrics").contains { $0.name == "numerator" }
        let counts = hasCounts ? "numerator, denominator" : "NULL, NULL"
        let metricRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT variant_index, replication, metric, breakdown, value, \(counts) FROM metrics
                WHERE run_id = ? ORDER BY rowid
                """, arguments: [run])
        while let row = try metricRows.next() {
            // A metric this version does not know (written by a newer one) is skipped.
            guard let metric = MetricID(rawValue: row[2]) else { continue }
            pending[[row[0], row[1]], default: PendingMetrics()].add(
                metric: metric, key: row[3], value: row[4], numerator: row[5],
                denominator: row[6])
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT variant_index, replication, model_events, wall_seconds, end_time FROM replications
                WHERE run_id = ? ORDER BY variant_index, replication
                """, arguments: [run])
        let series = try fetchSeries(run: run, db)
        return rows.map { row in
            let variant: Int = row[0], replication: Int = row[1]
            let gathered = pending[[variant, replication]] ?? PendingMetrics()
            let metrics = ReplicationMetrics(
                cells: gathered.cellKeys.map { BreakdownCell(key: $0) ?? .overall },
                values: gathered.values, numerators: gathered.numerators,
                denominators: gathered.denominators, modelEvents: row[2], endTime: row[4],
                series: series[[variant, replication]])
            return ReplicationOutcome(variant: variant, replication: replication, metrics: metrics, wallSeconds: row[3])
        }
    }
}
