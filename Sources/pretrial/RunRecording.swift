import ArgumentParser
import Experiments
import Foundation
import Results
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
    /// Whether the run `--resume` asked for is already complete: nothing is to be run or
    /// written, and its stored tables are the command's output.
    let alreadyComplete: Bool
    /// Replications per variant planned.
    let replications: Int
    /// (variant, replication) pairs already stored, not to be run again.
    let done: Set<[Int]>
    private var interrupts: InterruptHandler?
    /// The lock on the run while this process writes it (none for a complete run, only read).
    private var lock: RunLock?
    private let writeError = FirstWriteError()

    /// Opens the store and begins a new run, or with `--resume` reopens the latest unfinished
    /// run that `run` may continue (same scenario file, seed, shard, tool version and plugins).
    /// With `--resume` and no such unfinished run but a complete one, the recording is
    /// ``alreadyComplete`` (a retried or requeued job re-runs the same command).
    /// - Parameters:
    ///   - run: what the command runs; its shard is the part of the replications it holds.
    ///   - requestedReplications: `--replications`, if given: it may raise a resumed run's count,
    ///     never lower it (the variants would end up with different replications).
    static func start(
        path: String, resume: Bool, run: RunIdentity, requestedReplications: Int?,
        quiet: Bool
    ) throws -> RunRecording {
        do {
            return try begin(
                path: path, resume: resume, run: run, requestedReplications: requestedReplications, quiet: quiet)
        } catch let error where StoreErrorWords.isStoreError(error) {
            printError("error: \(StoreErrorWords.describe(error, path: path)).")
            throw ExitCode(1)
        }
    }

    /// ``start(path:resume:run:requestedReplications:quiet:)`` with the store's errors thrown as they are.
    private static func begin(
        path: String, resume: Bool, run: RunIdentity, requestedReplications: Int?,
        quiet: Bool
    ) throws -> RunRecording {
        if resume && !FileManager.default.fileExists(atPath: path) {
            printError(
                "no results store at \(path), so nothing to resume. Run without --resume (or name the store with --store)."
            )
            throw ExitCode(1)
        }
        let store = try ResultStore.open(path: path)
        let unfinished = try store.latestRun(resumableAs: run)
        if resume {
            guard let record = unfinished else {
                if let complete = try store.latestRun(resumableAs: run, complete: true),
                    requestedReplications == nil || requestedReplications == complete.identity.replications
                {
                    let planned = complete.identity.replications
                    if !quiet {
                        printError(
                            "run \(complete.id) in \(path) is already complete (\(planned) replications per variant); nothing to do."
                        )
                    }
                    return RunRecording(
                        store: store, path: path, runID: complete.id, resumed: true, alreadyComplete: true,
                        replications: planned, done: try store.completedPairs(run: complete.id))
                }
                printError(
                    try nothingToResume(store, path: path, run: run, requestedReplications: requestedReplications))
                throw ExitCode(1)
            }
            let id = record.id
            // Before anything is written: a run another process still writes is left alone.
            let lock = try Self.lock(run: id, path: path)
            let planned = record.identity.replications
            if let requested = requestedReplications, requested < planned {
                printError(
                    "run \(id) in \(path) was started with \(planned) replications per variant; resuming it with "
                        + "--replications \(requested) would leave its variants with different replications. "
                        + "Resume without --replications (or with at least \(planned)).")
                throw ExitCode(1)
            }
            let replications = requestedReplications ?? planned
            try store.reopen(run: id, replications: replications)
            let done = try store.completedPairs(run: id)
            let total = (run.shards.first?.replicationCount(of: replications) ?? replications) * run.variants.count
            if !quiet {
                printError("Resuming run \(id) in \(path): \(done.count) of \(total) replications already stored.")
            }
            return RunRecording(
                store: store, path: path, runID: id, resumed: true, alreadyComplete: false,
                replications: replications, done: done, lock: lock)
        }
        if let unfinished, !quiet {
            printError(
                "note: run \(unfinished.id) of this scenario and seed in \(path) is unfinished; --resume would finish it. Starting a new run."
            )
        }
        let id = try store.beginRun(run)
        return RunRecording(
            store: store, path: path, runID: id, resumed: false, alreadyComplete: false,
            replications: run.replications, done: [], lock: try Self.lock(run: id, path: path))
    }

    /// The lock on run `id` of the store at `path`, or the reason it cannot be had, printed.
    private static func lock(run id: Int64, path: String) throws -> RunLock {
        do {
            return try RunLock(storePath: path, run: id)
        } catch .held(let process) {
            printError(
                "run \(id) in \(path) is still being written by "
                    + (process.map { "process \($0)" } ?? "another process")
                    + "; wait for it to finish (or stop it), then resume. Nothing was written.")
            throw ExitCode(1)
        } catch .unavailable(let reason) {
            printError(
                "cannot lock run \(id) of the results store (\(reason)). Check that the store's folder is writable, "
                    + "or pass --no-store.")
            throw ExitCode(1)
        }
    }

    /// Why `--resume` found nothing to run: the closest run, if any, and what differs.
    private static func nothingToResume(
        _ store: ResultStore, path: String, run: RunIdentity,
        requestedReplications: Int?
    ) throws -> String {
        let shard = run.shard
        let wanted =
            "unfinished run of \(run.scenarioPath) with seed \(run.seed)\(shard.map { " and shard \($0)" } ?? "") "
            + "made by pretrial \(ToolVersion.current)"
        if let complete = try store.latestRun(resumableAs: run, complete: true), let requested = requestedReplications {
            return
                "run \(complete.id) in \(path) is complete with \(complete.identity.replications) replications per variant, "
                + "not the --replications \(requested) asked for; nothing to resume. Run without --resume to start a new run "
                + "of \(requested) replications."
        }
        // The run most like this one: unfinished, of the same file if possible; or else a
        // complete run of the same file.
        let runs = try store.runs()
        let unfinished = runs.filter { $0.status.isResumable }
        let samePath = { (record: RunRecord) in record.identity.scenarioPath == run.scenarioPath }
        guard let near = unfinished.last(where: samePath) ?? unfinished.last ?? runs.last(where: samePath) else {
            return "\(path) holds no unfinished run; nothing to resume. Run it without --resume."
        }
        var differences: [String] = []
        let stored = near.identity
        if stored.scenarioSHA256 != run.scenarioSHA256 {
            differences.append(
                "the scenario has changed since (sha256 \(stored.scenarioSHA256.prefix(12))… then, "
                    + "\(run.scenarioSHA256.prefix(12))… now; restore the file to resume it)")
        }
        if stored.seed != run.seed {
            differences.append("its seed is \(stored.seed), not \(run.seed) (pass --seed \(stored.seed))")
        }
        if stored.shard != shard {
            differences.append("its shard is \(stored.shard ?? "all"), not \(shard ?? "all")")
        }
        if stored.toolVersion != run.toolVersion {
            differences.append("it was made by pretrial \(stored.toolVersion), this is \(run.toolVersion)")
        }
        if stored.pluginDigests != run.pluginDigests {
            func list(_ plugins: [RunIdentity.Plugin]) -> String {
                plugins.isEmpty
                    ? "none" : plugins.map { "\($0.path) (sha256 \($0.sha256.prefix(12))…)" }.joined(separator: ", ")
            }
            differences.append(
                "it was made with plugins \(list(stored.plugins)), this run loads \(list(run.plugins)) "
                    + "(pass the same --plugin libraries, unchanged)")
        }
        let which =
            near.status.isResumable ? "The latest unfinished run there" : "The latest run of this file there (complete)"
        return "\(path) holds no \(wanted); nothing to resume. \(which), run \(near.id) "
            + "(\(stored.scenarioPath)), differs: " + differences.joined(separator: "; ")
            + ". Run without --resume to start a new run."
    }

    private init(
        store: ResultStore, path: String, runID: Int64, resumed: Bool, alreadyComplete: Bool, replications: Int,
        done: Set<[Int]>, lock: RunLock? = nil
    ) {
        self.store = store
        self.lock = lock
        self.path = path
        self.runID = runID
        self.resumed = resumed
        self.alreadyComplete = alreadyComplete
        self.replications = replications
        self.done = done
        // A complete run is only read: nothing to mark unfinished on a signal.
        guard !alreadyComplete else { return }
        interrupts = InterruptHandler { [store, runID, path, replications] number in
            try? store.interrupt(run: runID)
            // Every finished replication into the .sqlite file itself: a user who copies only
            // that file copies them too.
            try? store.checkpoint()
            let stored = (try? store.rowCounts(run: runID).replications) ?? 0
            // A --precision run cannot be resumed as such: its hint fixes the replications at
            // the next whole batch above those stored.
            let highest = (try? store.completedPairs(run: runID).map { $0[1] }.max()).flatMap { $0 } ?? -1
            let batch = PrecisionRun.batchSize
            let command = Self.resumeCommand(
                replicationsForPrecisionRun: max(replications, (highest / batch + 1) * batch))
            printError(
                "\nInterrupted (signal \(number)): run \(runID) is incomplete; its \(stored) finished replications are kept in \(path).\n"
                    + "Finish it with: \(command)")
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

    /// Marks the run complete (or incomplete after an error), folds the write-ahead log into
    /// the `.sqlite` file and stops catching signals.
    /// - Parameter replications: replications per variant actually run.
    func finish(_ status: RunStatus, replications: Int) throws {
        interrupts?.remove()
        interrupts = nil
        // Waits for the background writes, which come first on the store's queue.
        try store.finish(run: runID, status: status, replications: replications)
        try writeError.check()
        try store.checkpoint()
    }

    /// Reads the whole run back (for a resumed or already complete run's table), then closes
    /// the store.
    func loadAndClose() throws -> StoredRun? {
        defer { try? store.close() }
        return try store.loadRun(runID)
    }

    /// This command line with `--resume` added; for a `--precision` run, with `--precision`
    /// and `--max-replications` replaced by `--replications` (which `--resume` accepts).
    static func resumeCommand(
        arguments given: [String] = Array(CommandLine.arguments.dropFirst()),
        replicationsForPrecisionRun: Int
    ) -> String {
        func name(_ argument: String) -> Substring { argument.prefix { $0 != "=" } }
        var arguments = given
        if given.contains(where: { name($0) == "--precision" }) {
            // Drops each of these options with its value (the next argument unless written
            // as --name=value).
            let dropped: Set<Substring> = ["--precision", "--max-replications", "--replications"]
            arguments = []
            var index = 0
            while index < given.count {
                if dropped.contains(name(given[index])) {
                    if !given[index].contains("=") { index += 1 }
                } else {
                    arguments.append(given[index])
                }
                index += 1
            }
            arguments += ["--replications", String(replicationsForPrecisionRun)]
        }
        if !arguments.contains("--resume") { arguments.append("--resume") }
        let quoted = arguments.map {
            $0.contains(where: { $0 == " " || $0 == "'" })
                ? "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" : $0
        }
        return (["pretrial"] + quoted).joined(separator: " ")
    }
}
