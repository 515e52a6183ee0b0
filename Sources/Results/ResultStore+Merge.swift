import GRDB

extension ResultStore {
    /// Copies every run of each shard store into this one. A run of the same scenario file,
    /// seed, replications, variants and tool version as one already here (another shard of
    /// it, from `pretrial run --shard k/N`) is joined to that run: its replications are
    /// added, those already present are skipped, and once every planned replication is
    /// present the run holds them all (no shard) and is `complete`. Other runs are copied
    /// with new ids, their statuses and times unchanged. Each shard store is copied in one
    /// transaction, so a failed merge leaves no half-copied shard.
    /// - Parameter paths: the shard files (e.g. one per `--shard k/N` job).
    /// - Returns: for each shard store, in order, the ids its runs were copied or joined to.
    /// - Throws: if a shard cannot be read; shards before it stay merged.
    public func merge(from paths: [String]) throws -> [[Int64]] {
        try paths.map { path in
            let shard = try ResultStore.open(path: path, readOnly: true)
            let runs = try shard.runs().compactMap { try shard.loadRun($0.id) }
            try shard.close()
            return try queue.write { db in
                try runs.map { stored in try Self.mergeRun(stored, db) }
            }
        }
    }

    /// Copies or joins one run; returns its id here.
    static func mergeRun(_ run: StoredRun, _ db: Database) throws -> Int64 {
        let description = run.record.description
        let candidates = try fetchRuns(whereClause: "WHERE r.scenario_sha256 = ? AND r.seed = ?",
                                       arguments: [description.scenarioSHA256, Int64(bitPattern: description.seed)], db)
        guard let existing = candidates.first(where: { $0.description.isSameRun(as: description) }) else {
            let id = try insertRun(description, started: run.record.started, finished: run.record.finished,
                                   status: run.record.status, db)
            for outcome in run.outcomes { try insert(outcome, run: id, db) }
            return id
        }
        let present = try pairs(run: existing.id, db)
        for outcome in run.outcomes where !present.contains([outcome.variant, outcome.replication]) {
            try insert(outcome, run: existing.id, db)
        }
        let whole = try pairs(run: existing.id, db).count >= existing.replicationsPlanned
        // Shards joined so far, e.g. "1/4,3/4"; a part of a run started without --shard has none.
        var shard: String?
        if !whole, let mine = existing.description.shard, let theirs = description.shard {
            shard = Set((mine + "," + theirs).split(separator: ",").map(String.init)).sorted().joined(separator: ",")
        }
        let finished = whole ? [existing.finished, run.record.finished].compactMap { $0 }.max() : nil
        try db.execute(
            sql: "UPDATE runs SET shard = ?, status = ?, started = MIN(started, ?), finished = ? WHERE id = ?",
            arguments: [shard, (whole ? RunStatus.complete : RunStatus.incomplete).rawValue, run.record.started,
                        finished, existing.id])
        return existing.id
    }

    /// The (variant, replication) pairs of `run` stored, inside a transaction.
    static func pairs(run: Int64, _ db: Database) throws -> Set<[Int]> {
        var pairs: Set<[Int]> = []
        let rows = try Row.fetchCursor(db, sql: "SELECT variant_index, replication FROM replications WHERE run_id = ?",
                                       arguments: [run])
        while let row = try rows.next() { pairs.insert([row[0], row[1]]) }
        return pairs
    }
}
