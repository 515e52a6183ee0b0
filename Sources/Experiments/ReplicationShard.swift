/// One part of a run's replications, so that a run can be spread over the jobs of a cluster
/// array: shard k of N holds the replications r with r mod N = k − 1, of every variant. A
/// replication's variants stay together, so comparisons are paired within each shard and in
/// the merged run, and the merged figures are those of the whole run.
public struct ReplicationShard: Sendable, Equatable, LosslessStringConvertible {
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

    /// The shard written `k/N` (its ``description``), or `nil` if `text` is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            let shard = try? ReplicationShard(index: index, count: count)
        else { return nil }
        self = shard
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
