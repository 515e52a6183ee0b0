import ArgumentParser
import Experiments
import Foundation
import Results
import Scenarios
import Synchronization

/// The first error of the store's background writes, kept until the run asks for it.
private final class FirstWriteError: Sendable {
    private let error = Mutex<(any Error)?>(nil)

    func keep(_ new: any Error) { error.withLock { if $0 == nil { $0 = new } } }

    func check() throws { if let error = error.withLock({ $0 }) { throw error } }
}

/// The results store of one `pretrial run`: the run's row, the replications already stored
/// (when resuming), and a handler that marks the run unfinished on Ctrl-C or SIGTERM.
final class RunRecording {
    /// The store.
    let store: ResultStore
    /// Its path, for messages.
    let path: String
    /// The run being written.
    let runID: Int64
    /// Whether this run resumes one started earlier.
    let resumed: Bool
    /// Replications per variant planned.
    let replications: Int
    /// (variant, replication) pairs already stored, not to be run again.
    let done: Set<[Int]>
    private var interrupts: InterruptHandler?
    private let writeError = FirstWriteError()

    /// Opens the store and begins a new run, or with `--resume` reopens the latest unfinished
    /// run of the same scenario file and seed.
    /// - Parameters:
    ///   - requestedReplications: `--replications`, if given (it overrides a resumed run's).
    ///   - shard: the part of the replications this run holds (`--shard`), if not all.
    static func start(path: String, resume: Bool, file: String, scenario: Scenario, plan: ReplicationPlan,
                      requestedReplications: Int?, shard: ReplicationShard?, quiet: Bool) throws -> RunRecording {
        let store: ResultStore
        do {
            store = try ResultStore.open(path: path)
        } catch {
            printError("cannot open the results store \(path): \(error). Check that its folder exists and is writable, or pass --no-store.")
            throw ExitCode(1)
        }
        let unfinished = try store.latestUnfinishedRun(sha256: scenario.sha256, seed: plan.seed, shard: shard?.description,
                                                       toolVersion: ToolVersion.current)
        if resume {
            guard let id = unfinished, let record = try store.run(id) else {
                printError("\(path) holds no unfinished run of \(file) with seed \(plan.seed)\(shard.map { " and shard \($0)" } ?? "") "
                           + "made by pretrial \(ToolVersion.current); nothing to resume. Run it without --resume.")
                throw ExitCode(1)
            }
            let replications = requestedReplications ?? record.description.replications
            try store.reopen(run: id, replications: replications)
            let done = try store.completedPairs(run: id)
            let planned = (shard?.replicationCount(of: replications) ?? replications) * plan.variants.count
            if !quiet { printError("Resuming run \(id) in \(path): \(done.count) of \(planned) replications already stored.") }
            return RunRecording(store: store, path: path, runID: id, resumed: true, replications: replications, done: done)
        }
        if let unfinished, !quiet {
            printError("note: run \(unfinished) of this scenario and seed in \(path) is unfinished; --resume would finish it. Starting a new run.")
        }
        let description = RunDescription(
            scenarioName: scenario.name, scenarioPath: file, scenarioSHA256: scenario.sha256, seed: plan.seed,
            replications: plan.replications, referenceGroup: scenario.settings.referenceGroup, toolVersion: ToolVersion.current,
            variants: plan.variants.map { StoredVariant(name: $0.name, description: $0.description) },
            shard: shard?.description)
        let id = try store.beginRun(description)
        return RunRecording(store: store, path: path, runID: id, resumed: false, replications: plan.replications, done: [])
    }

    private init(store: ResultStore, path: String, runID: Int64, resumed: Bool, replications: Int, done: Set<[Int]>) {
        self.store = store
        self.path = path
        self.runID = runID
        self.resumed = resumed
        self.replications = replications
        self.done = done
        let resumeCommand = Self.resumeCommand()
        interrupts = InterruptHandler { [store, runID, path] number in
            try? store.interrupt(run: runID)
            let stored = (try? store.rowCounts(run: runID).replications) ?? 0
            printError("\nInterrupted (signal \(number)): run \(runID) is incomplete; its \(stored) finished replications are kept in \(path).\n"
                       + "Finish it with: \(resumeCommand)")
        }
    }

    /// Writes one finished replication in the background (the next replication need not
    /// wait for the disk); fails if an earlier write failed.
    func record(_ outcome: ReplicationOutcome) throws {
        try writeError.check()
        store.recordInBackground(outcome, run: runID) { [writeError] error in
            if let error { writeError.keep(error) }
        }
    }

    /// Marks the run complete (or incomplete after an error) and stops catching signals.
    /// - Parameter replications: replications per variant actually run.
    func finish(_ status: RunStatus, replications: Int) throws {
        interrupts?.remove()
        interrupts = nil
        // Waits for the background writes, which come first on the store's queue.
        try store.finish(run: runID, status: status, replications: replications)
        try writeError.check()
    }

    /// Reads the whole run back (for a resumed run's table), then closes the store.
    func loadAndClose() throws -> StoredRun? {
        defer { try? store.close() }
        return try store.loadRun(runID)
    }

    /// This command line with `--resume` added.
    private static func resumeCommand() -> String {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if !arguments.contains("--resume") { arguments.append("--resume") }
        let quoted = arguments.map { $0.contains(where: { $0 == " " || $0 == "'" }) ? "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" : $0 }
        return (["pretrial"] + quoted).joined(separator: " ")
    }
}
