import GRDB

extension ResultStore {
    /// Copies every run of each shard store into this one, with new run ids; statuses,
    /// times and every replication come along unchanged. Each shard is copied in one
    /// transaction, so a failed merge leaves no half-copied shard.
    /// - Parameter paths: the shard files (e.g. one per `--shard k/N` job).
    /// - Returns: for each shard, in order, the new ids of its runs.
    /// - Throws: if a shard cannot be read; shards before it stay merged.
    public func merge(from paths: [String]) throws -> [[Int64]] {
        try paths.map { path in
            let shard = try ResultStore.open(path: path, readOnly: true)
            let runs = try shard.runs().compactMap { try shard.loadRun($0.id) }
            try shard.close()
            return try queue.write { db in
                try runs.map { stored in
                    let id = try Self.insertRun(stored.record.description, started: stored.record.started,
                                                finished: stored.record.finished, status: stored.record.status, db)
                    for outcome in stored.outcomes { try Self.insert(outcome, run: id, db) }
                    return id
                }
            }
        }
    }
}
