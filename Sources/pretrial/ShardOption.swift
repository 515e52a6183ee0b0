import Experiments

/// `--shard`'s value: `k/N`; `auto`, read from a Slurm job array (`SLURM_ARRAY_TASK_ID` −
/// `SLURM_ARRAY_TASK_MIN` + 1 of `SLURM_ARRAY_TASK_COUNT`); or `auto/N`, read from a
/// Kubernetes indexed job (`JOB_COMPLETION_INDEX` + 1 of N).
enum ShardOption {
    /// The shard `text` names, reading the job array's variables from `environment` for `auto`.
    /// - Throws: ``ShardOptionError`` naming what is wrong and the fix.
    static func parse(_ text: String, environment: [String: String]) throws(ShardOptionError) -> ReplicationShard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts == ["auto"] { return try fromSlurm(environment) }
        if parts.count == 2, parts[0] == "auto" {
            guard let count = Int(parts[1]) else {
                throw ShardOptionError("'\(text)': the number after auto/ must be a whole number")
            }
            guard let value = environment["JOB_COMPLETION_INDEX"], let index = Int(value) else {
                throw ShardOptionError(
                    "--shard auto/\(parts[1]) reads JOB_COMPLETION_INDEX (a Kubernetes indexed job), which is not set; use --shard k/N"
                )
            }
            return try shard(index: index + 1, count: count)
        }
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardOptionError(
                "'\(text)' is not a shard; write k/N (e.g. 2/8 for the second of eight), auto (Slurm array) or auto/N (Kubernetes indexed job)"
            )
        }
        return try shard(index: index, count: count)
    }

    /// The shard of this task of a Slurm job array.
    static func fromSlurm(_ environment: [String: String]) throws(ShardOptionError) -> ReplicationShard {
        func number(_ name: String) -> Int? { environment[name].flatMap { Int($0) } }
        guard let id = number("SLURM_ARRAY_TASK_ID"), let count = number("SLURM_ARRAY_TASK_COUNT") else {
            throw ShardOptionError(
                "--shard auto reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (a Slurm job array), which are not set; use --shard k/N, or auto/N in a Kubernetes indexed job"
            )
        }
        if let step = number("SLURM_ARRAY_TASK_STEP"), step != 1 {
            throw ShardOptionError(
                "--shard auto needs a Slurm array with step 1 (got step \(step)), e.g. --array=1-\(count)")
        }
        return try shard(index: id - (number("SLURM_ARRAY_TASK_MIN") ?? 0) + 1, count: count)
    }

    /// Shard `index` of `count`, with the model's reason when there is no such shard.
    private static func shard(index: Int, count: Int) throws(ShardOptionError) -> ReplicationShard {
        do {
            return try ReplicationShard(index: index, count: count)
        } catch {
            throw ShardOptionError(error.message)
        }
    }
}
