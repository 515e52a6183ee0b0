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

    @Test("k/N, a Slurm array (auto) and a Kubernetes indexed job (auto/N)")
    func parsing() throws {
        #expect(try ReplicationShard.parse("2/8", environment: [:]) == ReplicationShard(index: 2, count: 8))
        let slurm = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "4", "SLURM_ARRAY_TASK_COUNT": "3"]
        #expect(try ReplicationShard.parse("auto", environment: slurm) == ReplicationShard(index: 2, count: 3))
        #expect(try ReplicationShard.parse("auto/4", environment: ["JOB_COMPLETION_INDEX": "3"]) == ReplicationShard(index: 4, count: 4))
        #expect(try ReplicationShard.parse("2/8", environment: [:]).description == "2/8")
    }

    @Test("shards that cannot be say why and how to write one", arguments: [
        ("3/2", "shard 3 of 2 does not exist; shards are numbered 1 to 2"),
        ("0/4", "shard 0 of 4 does not exist"),
        ("1/0", "the number of shards must be at least 1"),
        ("two", "'two' is not a shard; write k/N"),
        ("auto", "--shard auto reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT"),
        ("auto/4", "--shard auto/4 reads JOB_COMPLETION_INDEX"),
    ])
    func errors(_ text: String, _ message: String) {
        #expect {
            _ = try ReplicationShard.parse(text, environment: [:])
        } throws: { error in
            (error as? ReplicationShardError)?.message.contains(message) == true
        }
    }

    @Test("a Slurm array with a step other than 1 is refused")
    func slurmStep() {
        let slurm = ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_STEP": "2"]
        #expect(throws: ReplicationShardError.self) { try ReplicationShard.parse("auto", environment: slurm) }
    }
}
