import GRDB

extension ResultStore {
    /// Copies every run of each shard store into this one. A run of the same scenario file,
    /// seed, replications, variants, tool version and plugin libraries (by sha256) as one
    /// already here (another shard of
    /// it, from `pretrial run --shard k/N`) is joined to that run: its replications are
    /// added, those already present are skipped, and once every replication is present the
    /// run holds them all (no shard). Other runs are copied with new ids and their start
    /// times. Then, for both, the status follows what is stored: `complete` when every
    /// replication the run is meant to hold (all, or its shards') is there, otherwise
    /// `incomplete`, so merging a store twice changes nothing. Each shard store is copied in
    /// one transaction, so a failed merge leaves no half-copied shard.
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

    /// Copies or joins one run; returns its id here. Either way the run's shards, status and
    /// finish time are then set by one rule, so merging the same store twice changes nothing:
    /// it holds every replication (no shard) or the union of the shards merged; it is
    /// `complete` when every replication of those is stored.
    static func mergeRun(_ run: StoredRun, _ db: Database) throws -> Int64 {
        let incoming = run.record.identity
        let candidates = try fetchRuns(
            whereClause: "WHERE r.scenario_sha256 = ? AND r.seed = ?",
            arguments: [incoming.scenarioSHA256, Int64(bitPattern: incoming.seed)], db)
        let existing = candidates.first { $0.identity.isSameRun(as: incoming) }
        let id: Int64
        var shard: String?
        if let existing {
            id = existing.id
            let present = try pairs(run: id, db)
            for outcome in run.outcomes where !present.contains([outcome.variant, outcome.replication]) {
                try insert(outcome, run: id, db)
            }
            // Shards joined so far; a part of a run started without --shard has none.
            if existing.identity.shard != nil, incoming.shard != nil {
                var joined = existing.identity
                joined.shard = [existing.identity.shard, incoming.shard].compactMap { $0 }.joined(separator: ",")
                var seen = Set<String>()
                shard = joined.shards.map(\.description).filter { seen.insert($0).inserted }.joined(separator: ",")
            }
        } else {
            id = try insertRun(
                incoming, started: run.record.started, finished: run.record.finished,
                status: run.record.status, db)
            for outcome in run.outcomes { try insert(outcome, run: id, db) }
            shard = incoming.shard
        }
        var settled = incoming
        settled.shard = shard
        let stored = try pairs(run: id, db).count
        if stored >= incoming.replications * incoming.variants.count { settled.shard = nil }
        let complete = stored >= settled.replicationsHeld * incoming.variants.count
        let finished = complete ? [existing?.finished, run.record.finished].compactMap { $0 }.max() : nil
        try db.execute(
            sql: "UPDATE runs SET shard = ?, status = ?, started = MIN(started, ?), finished = ? WHERE id = ?",
            arguments: [
                settled.shard, (complete ? RunStatus.complete : RunStatus.incomplete).rawValue,
                run.record.started, finished, id,
            ])
        if complete { try recordSteadyState(run: id, db) }
        return id
    }

    /// The (variant, replication) pairs of `run` stored, inside a transaction.
    static func pairs(run: Int64, _ db: Database) throws -> Set<[Int]> {
        var pairs: Set<[Int]> = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT variant_index, replication FROM replications WHERE run_id = ?",
            arguments: [run])
        while let row = try rows.next() { pairs.insert([row[0], row[1]]) }
        return pairs
    }
}
