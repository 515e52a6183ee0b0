import Experiments
import Testing

@Suite("Replication shards")
struct ReplicationShardTests {
    @Test("every replication belongs to exactly one of N shards, and the counts add up")
    func partition() throws {
        for count in 1...7 {
            let shards = try (1...count).map { try ReplicationShard(index: $0, count: count) }
            for total in [0, 1, 5, 13, 100] {
                for replication in 0..<total {
                    #expect(shards.filter { $0.contains(replication: replication) }.count == 1)
                }
                #expect(shards.reduce(0) { $0 + $1.replicationCount(of: total) } == total)
                for shard in shards {
                    #expect(shard.replicationCount(of: total) == (0..<total).filter(shard.contains(replication:)).count)
                }
            }
        }
    }

    @Test("k/N reads back the shard it describes; anything else is no shard")
    func plainText() throws {
        let shard = try ReplicationShard(index: 2, count: 8)
        #expect(shard.description == "2/8")
        #expect(ReplicationShard("2/8") == shard)
        for text in ["3/2", "0/4", "1/0", "two", "auto", "auto/4", "2/8/1", "", "/"] {
            #expect(ReplicationShard(text) == nil, "\(text)")
        }
    }

    @Test(
        "a shard that cannot be says why",
        arguments: [
            (3, 2, "shard 3 of 2 does not exist; shards are numbered 1 to 2"),
            (0, 4, "shard 0 of 4 does not exist"),
            (1, 0, "the number of shards must be at least 1"),
        ])
    func errors(_ index: Int, _ count: Int, _ message: String) {
        #expect {
            _ = try ReplicationShard(index: index, count: count)
        } throws: { error in
            (error as? ReplicationShardError)?.message.contains(message) == true
        }
    }

    @Test("a run's shard list names its shards in order, and the replications they hold")
    func identityShards() throws {
        let identity = RunIdentity(
            scenarioName: "s", scenarioPath: "s.yaml", scenarioSHA256: "x", seed: 1, replications: 10,
            referenceGroup: nil, variants: [], toolVersion: "0", shard: "3/4,1/4")
        let expected = try [ReplicationShard(index: 1, count: 4), ReplicationShard(index: 3, count: 4)]
        #expect(identity.shards == expected)
        // 1/4 holds 0, 4, 8 and 3/4 holds 2, 6.
        #expect(identity.replicationsHeld == 5)
    }
}
