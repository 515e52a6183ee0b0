import ArgumentParser
import Results

/// `pretrial merge OUT SHARD...`: joins the stores of a sweep's shards into one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Copy every run of the shard stores into one store (runs get new ids).",
        discussion: "OUT is created if it does not exist; its own runs are kept."
    )

    @Argument(help: "The store to write (SQLite).")
    var out: String

    @Argument(help: "The shard stores to copy from.")
    var shards: [String]

    func validate() throws {
        if shards.isEmpty { throw ValidationError("Name at least one shard store to merge.") }
        if shards.contains(out) { throw ValidationError("\(out) cannot be both the output and a shard.") }
    }

    func run() throws {
        // The shards first, so that a missing one leaves no empty output behind.
        for shard in shards { try openExistingStore(shard).close() }
        let runs = try explainingStoreErrors(out) {
            let target = try ResultStore.open(path: out)
            defer { try? target.close() }
            let ids = Set(try target.merge(from: shards).joined())
            return try target.runs().filter { ids.contains($0.id) }
        }
        print(
            "Merged \(shards.count) store\(shards.count == 1 ? "" : "s") into \(out): \(runs.count) run\(runs.count == 1 ? "" : "s")."
        )
        for run in runs {
            let part = run.identity.shard.map { "shards \($0)" } ?? "all replications"
            print(
                "  run \(run.id): \(run.status.rawValue), \(run.replicationsDone)/\(run.replicationsPlanned) replications stored (\(part)) — \(run.identity.scenarioName)"
            )
        }
        for warning in Self.versionWarnings(runs) { printError("warning: \(warning)") }
    }

    /// A warning for each pair of runs that differ only by the version of pretrial that made
    /// them: shards of one sweep run by two versions, which merge as two runs, not one.
    static func versionWarnings(_ runs: [RunRecord]) -> [String] {
        var warnings: [String] = []
        for (index, first) in runs.enumerated() {
            for second in runs[(index + 1)...] where first.identity.toolVersion != second.identity.toolVersion {
                var sameVersion = second.identity
                sameVersion.toolVersion = first.identity.toolVersion
                guard first.identity.isSameRun(as: sameVersion) else { continue }
                warnings.append(
                    "runs \(first.id) and \(second.id) are the same scenario, seed, replications and variants, but were "
                        + "made by pretrial \(first.identity.toolVersion) and \(second.identity.toolVersion), so they were kept as two "
                        + "runs, not joined into one. Run the missing shards again with one version of pretrial to have one run."
                )
            }
        }
        return warnings
    }
}
