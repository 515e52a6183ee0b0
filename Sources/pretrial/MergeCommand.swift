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
        let target: ResultStore
        do {
            target = try ResultStore.open(path: out)
        } catch let error as ResultStoreError {
            printError("cannot use the results store: \(error).")
            throw ExitCode(1)
        } catch {
            printError("cannot open the results store \(out): \(error). Check that its folder exists and is writable.")
            throw ExitCode(1)
        }
        let ids = Set(try target.merge(from: shards).joined())
        let runs = try target.runs().filter { ids.contains($0.id) }
        try target.close()
        print("Merged \(shards.count) store\(shards.count == 1 ? "" : "s") into \(out): \(runs.count) run\(runs.count == 1 ? "" : "s").")
        for run in runs {
            let part = run.identity.shard.map { "shards \($0)" } ?? "all replications"
            print("  run \(run.id): \(run.status.rawValue), \(run.replicationsDone)/\(run.replicationsPlanned) replications stored (\(part)) — \(run.identity.scenarioName)")
        }
    }
}
