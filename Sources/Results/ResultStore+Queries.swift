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

    /// The newest run of a scenario, seed and shard that is not complete (`running` or
    /// `incomplete`), for `--resume`.
    /// - Parameters:
    ///   - sha256: the scenario file's SHA-256.
    ///   - seed: the master seed.
    ///   - shard: the shard (`k/N`), or `nil` for a run of every replication.
    ///   - toolVersion: the tool version the run must have been made with (a resumed run must
    ///     not mix replications of two versions), or `nil` for any.
    /// - Returns: its id, or `nil` if every such run is complete.
    public func latestUnfinishedRun(sha256: String, seed: UInt64, shard: String? = nil,
                                    toolVersion: String? = nil) throws -> Int64? {
        try queue.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT id FROM runs WHERE scenario_sha256 = ? AND seed = ? AND shard IS ?
                    AND (? IS NULL OR tool_version = ?) AND status IN ('running', 'incomplete')
                ORDER BY id DESC LIMIT 1
                """, arguments: [sha256, Int64(bitPattern: seed), shard, toolVersion, toolVersion])
        }
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
            let rows = try Row.fetchCursor(db, sql: "SELECT variant_index, replication FROM replications WHERE run_id = ?",
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
            let replications = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM replications WHERE run_id = ?", arguments: [run]) ?? 0
            let metrics = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM metrics WHERE run_id = ?", arguments: [run]) ?? 0
            let distinct = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT DISTINCT variant_index, replication, metric, breakdown FROM metrics WHERE run_id = ?)
                """, arguments: [run]) ?? 0
            return (replications, metrics, distinct)
        }
    }

    static func fetchRuns(whereClause: String, arguments: StatementArguments, _ db: Database) throws -> [RunRecord] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.*, (SELECT COUNT(*) FROM replications p WHERE p.run_id = r.id) AS done FROM runs r
            \(whereClause) ORDER BY r.id
            """, arguments: arguments)
        return try rows.map { row in
            let id: Int64 = row["id"]
            let variants = try Row.fetchAll(db, sql: "SELECT name, description FROM variants WHERE run_id = ? ORDER BY variant_index",
                                            arguments: [id]).map { StoredVariant(name: $0["name"], description: $0["description"]) }
            let description = RunDescription(
                scenarioName: row["scenario_name"], scenarioPath: row["scenario_path"], scenarioSHA256: row["scenario_sha256"],
                seed: UInt64(bitPattern: row["seed"]), replications: row["replications"], referenceGroup: row["reference_group"],
                toolVersion: row["tool_version"], variants: variants, shard: row["shard"])
            return RunRecord(id: id, description: description, started: row["started"], finished: row["finished"],
                             status: RunStatus(rawValue: row["status"]) ?? .incomplete, replicationsDone: row["done"])
        }
    }
}
