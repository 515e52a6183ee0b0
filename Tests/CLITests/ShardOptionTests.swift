import Experiments
@testable import pretrial
import Testing

/// `--shard`'s value: k/N, a Slurm job array (auto) or a Kubernetes indexed job (auto/N),
/// read from the environment the tool is given.
@Suite("The --shard option")
struct ShardOptionTests {
    @Test("k/N, a Slurm array (auto) and a Kubernetes indexed job (auto/N)")
    func parsing() throws {
        #expect(try ShardOption.parse("2/8", environment: [:]) == ReplicationShard(index: 2, count: 8))
        let slurm = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "4", "SLURM_ARRAY_TASK_COUNT": "3"]
        #expect(try ShardOption.parse("auto", environment: slurm) == ReplicationShard(index: 2, count: 3))
        #expect(
            try ShardOption.parse("auto/4", environment: ["JOB_COMPLETION_INDEX": "3"])
                == ReplicationShard(index: 4, count: 4))
    }

    @Test(
        "values that name no shard say why and how to write one",
        arguments: [
            ("3/2", "shard 3 of 2 does not exist; shards are numbered 1 to 2"),
            ("0/4", "shard 0 of 4 does not exist"),
            ("1/0", "the number of shards must be at least 1"),
            ("two", "'two' is not a shard; write k/N"),
            ("auto", "--shard auto reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT"),
            ("auto/4", "--shard auto/4 reads JOB_COMPLETION_INDEX"),
            ("auto/x", "the number after auto/ must be a whole number"),
        ])
    func errors(_ text: String, _ message: String) {
        #expect {
            _ = try ShardOption.parse(text, environment: [:])
        } throws: { error in
            (error as? ShardOptionError)?.message.contains(message) == true
        }
    }

    @Test("a Slurm array with a step other than 1, or an index past its count, is refused")
    func slurmStep() {
        let stepped = [
            "SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4",
            "SLURM_ARRAY_TASK_STEP": "2",
        ]
        #expect(throws: ShardOptionError("--shard auto needs a Slurm array with step 1 (got step 2), e.g. --array=1-4"))
        {
            try ShardOption.parse("auto", environment: stepped)
        }
        let past = ["SLURM_ARRAY_TASK_ID": "9", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4"]
        #expect(throws: ShardOptionError("shard 9 of 4 does not exist; shards are numbered 1 to 4")) {
            try ShardOption.parse("auto", environment: past)
        }
    }
}
