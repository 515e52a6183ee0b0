/// One part of a run's replications, so that a run can be spread over the jobs of a cluster
/// array: shard k of N holds the replications r with r mod N = k − 1, of every variant. A
/// replication's variants stay together, so comparisons are paired within each shard and in
/// the merged run, and the merged figures are those of the whole run.
public struct ReplicationShard: Sendable, Equatable, CustomStringConvertible {
    /// This shard's number, 1…``count``.
    public let index: Int
    /// How many shards the run is cut into.
    public let count: Int

    /// Shard `index` of `count`.
    /// - Throws: ``ReplicationShardError`` unless 1 ≤ `index` ≤ `count`.
    public init(index: Int, count: Int) throws(ReplicationShardError) {
        guard count >= 1 else { throw ReplicationShardError("the number of shards must be at least 1 (got \(count))") }
        guard (1...count).contains(index) else {
            throw ReplicationShardError("shard \(index) of \(count) does not exist; shards are numbered 1 to \(count)")
        }
        self.index = index
        self.count = count
    }

    /// The shard named on a command line: `k/N`; `auto`, read from a Slurm job array
    /// (`SLURM_ARRAY_TASK_ID` − `SLURM_ARRAY_TASK_MIN` + 1 of `SLURM_ARRAY_TASK_COUNT`); or
    /// `auto/N`, read from a Kubernetes indexed job (`JOB_COMPLETION_INDEX` + 1 of N).
    /// - Throws: ``ReplicationShardError`` naming what is wrong and the fix.
    public static func parse(_ text: String, environment: [String: String]) throws(ReplicationShardError) -> ReplicationShard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts == ["auto"] { return try fromSlurm(environment) }
        if parts.count == 2, parts[0] == "auto" {
            guard let count = Int(parts[1]) else { throw ReplicationShardError("'\(text)': the number after auto/ must be a whole number") }
            guard let value = environment["JOB_COMPLETION_INDEX"], let index = Int(value) else {
                throw ReplicationShardError("--shard auto/\(parts[1]) reads JOB_COMPLETION_INDEX (a Kubernetes indexed job), which is not set; use --shard k/N")
            }
            return try ReplicationShard(index: index + 1, count: count)
        }
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ReplicationShardError("'\(text)' is not a shard; write k/N (e.g. 2/8 for the second of eight), auto (Slurm array) or auto/N (Kubernetes indexed job)")
        }
        return try ReplicationShard(index: index, count: count)
    }

    /// The shard of this task of a Slurm job array.
    static func fromSlurm(_ environment: [String: String]) throws(ReplicationShardError) -> ReplicationShard {
        func number(_ name: String) -> Int? { environment[name].flatMap { Int($0) } }
        guard let id = number("SLURM_ARRAY_TASK_ID"), let count = number("SLURM_ARRAY_TASK_COUNT") else {
            throw ReplicationShardError("--shard auto reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (a Slurm job array), which are not set; use --shard k/N, or auto/N in a Kubernetes indexed job")
        }
        if let step = number("SLURM_ARRAY_TASK_STEP"), step != 1 {
            throw ReplicationShardError("--shard auto needs a Slurm array with step 1 (got step \(step)), e.g. --array=1-\(count)")
        }
        return try ReplicationShard(index: id - (number("SLURM_ARRAY_TASK_MIN") ?? 0) + 1, count: count)
    }

    /// Whether replication `replication` (numbered from 0) is this shard's.
    public func contains(replication: Int) -> Bool { replication % count == index - 1 }

    /// How many of replications 0..<`total` are this shard's.
    public func replicationCount(of total: Int) -> Int {
        total >= index ? (total - index) / count + 1 : 0
    }

    /// "k/N".
    public var description: String { "\(index)/\(count)" }
}
