import Experiments
import GRDB

extension ResultStore {
    /// Every run in the store, oldest first, with how many replications each holds.
    public func runs() throws -> [RunRecord] {
        try queue.read { db in try Self.fetchRuns(whereClause: "", arguments: [], db) }
    }

    /// The run with id `id`, or `nil` if there is none.
    public func run(_ id: Int64) throws -> RunRecord? {
        try queue.read { db in try Self.fetchRuns(whereClause: "WHERE r.id = ?", arguments: [id], db).first }
    }

    /// The newest run that a command starting `identity` may continue (`--resume`): of the
    /// same scenario file, seed, shard, tool version and plugin libraries (see
    /// ``RunIdentity/canBeResumed(as:)``).
    /// - Parameters:
    ///   - identity: what the command would run.
    ///   - complete: `false` for the newest unfinished run (`running` or `incomplete`), which
    ///     `--resume` finishes; `true` for the newest complete one, which it has nothing to add to.
    /// - Returns: the run, or `nil` if there is none.
    public func latestRun(resumableAs identity: RunIdentity, complete: Bool = false) throws -> RunRecord? {
        try queue.read { db in
            try Self.fetchRuns(
                whereClause: "WHERE r.scenario_sha256 = ? AND r.seed = ?",
                arguments: [identity.scenarioSHA256, Int64(bitPattern: identity.seed)], db)
        }.last { ($0.status == .complete) == complete && $0.identity.canBeResumed(as: identity) }
    }

    /// The newest complete run, or `nil` if none is complete.
    public func latestCompleteRun() throws -> Int64? {
        try queue.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1")
        }
    }

    /// The (variant, replication) pairs of `run` already stored, in the form
    /// `ReplicationRunner.run(_:jobs:skipping:onOutcome:)` skips.
    public func completedPairs(run: Int64) throws -> Set<[Int]> {
        try queue.read { db in
            var pairs: Set<[Int]> = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT variant_index, replication FROM replications WHERE run_id = ?",
                arguments: [run])
            while let row = try rows.next() { pairs.insert([row[0], row[1]]) }
            return pairs
        }
    }

    /// Rows stored for `run`: replications, metric rows, and distinct (variant,
    /// replication, metric, breakdown) keys among the metric rows (equal when nothing is
    /// duplicated).
    public func rowCounts(run: Int64) throws -> (replications: Int, metrics: Int, distinctMetrics: Int) {
        try queue.read { db in
            let replications =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM replications WHERE run_id = ?", arguments: [run]) ?? 0
            let metrics =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM metrics WHERE run_id = ?", arguments: [run]) ?? 0
            let distinct =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM (SELECT DISTINCT variant_index, replication, metric, breakdown FROM metrics WHERE run_id = ?)
                        """, arguments: [run]) ?? 0
            return (replications, metrics, distinct)
        }
    }

    static func fetchRuns(whereClause: String, arguments: StatementArguments, _ db: Database) throws -> [RunRecord] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.*, (SELECT COUNT(*) FROM replications p WHERE p.run_id = r.id) AS done FROM runs r
                \(whereClause) ORDER BY r.id
                """, arguments: arguments)
        return try rows.map { row in
            let id: Int64 = row["id"]
            let variants = try Row.fetchAll(
                db, sql: "SELECT name, description FROM variants WHERE run_id = ? ORDER BY variant_index",
                arguments: [id]
            ).map { RunIdentity.Variant(name: $0["name"], description: $0["description"]) }
            let identity = RunIdentity(
                scenarioName: row["scenario_name"], scenarioPath: row["scenario_path"],
                scenarioSHA256: row["scenario_sha256"],
                seed: UInt64(bitPattern: row["seed"]), replications: row["replications"],
                referenceGroup: row["reference_group"],
                variants: variants, toolVersion: row["tool_version"], shard: row["shard"],
                // A store opened read-only is not migrated: one older than v4 has no column.
                plugins: try (row["plugins"] as String?).map(PluginColumn.plugins) ?? [])
            return RunRecord(
                id: id, identity: identity, started: row["started"], finished: row["finished"],
                status: RunStatus(rawValue: row["status"]) ?? .incomplete, replicationsDone: row["done"])
        }
    }
}
