import ArgumentParser
import Experiments
import Policies
import Results
import Scenarios

/// `pretrial report --store FILE`: renders a stored run's tables again, as `run` printed them.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a run stored in a results store, in any format.",
        discussion: "The figures are computed from the stored replications exactly as `pretrial run` computes them."
    )

    @Option(help: ArgumentHelp("The results store (SQLite).", valueName: "file"))
    var store: String

    @Option(
        name: .customLong("run"), help: "The run's id (default: the latest complete run; `pretrial runs` lists them).")
    var runID: Int64?

    @Option(help: "Output format: \(RunCommand.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RunCommand.Format = .text

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let stored = try explainingStoreErrors(store) {
            let results = try openExistingStore(store)
            defer { try? results.close() }
            return try loadStoredRun(results, path: store, id: runID)
        }
        let record = stored.record
        if let shard = record.identity.shard {
            printError(
                "note: run \(record.id) holds shard \(shard) of its replications; `pretrial merge` the other shards' stores for the whole run."
            )
        }
        if record.status != .complete {
            printError(
                "note: run \(record.id) is \(record.status.rawValue): \(record.replicationsDone) of "
                    + "\(record.replicationsPlanned) replications stored; the tables cover those.")
        }
        try OutputDestination(path: output).write(
            try ReportRenderer.render(
                stored.evidence(), provenance: stored.provenance, format: format,
                assumptions: format == .html ? try assumptions(record.identity) : []))
    }

    /// The stored run's scenario settings in words, read again from its file if the file is
    /// still there unchanged (same sha256); otherwise a line that says why they are missing.
    func assumptions(_ run: RunIdentity) throws -> [String] {
        let registry = try plugins.registry()
        let missing = "so its settings are not listed; the figures above come from the stored replications."
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: run.scenarioPath, registry: registry, force: true)
        } catch {
            return [
                "The scenario file \(run.scenarioPath) could not be read again (\(error.issues.first?.description ?? "\(error)")), "
                    + "\(missing) Policies from a plugin need --plugin here too."
            ]
        }
        guard scenario.sha256 == run.scenarioSHA256 else {
            return [
                "The scenario file \(run.scenarioPath) has changed since the run (sha256 \(scenario.sha256), "
                    + "not \(run.scenarioSHA256)), \(missing)"
            ]
        }
        return ScenarioAssumptions.lines(scenario)
    }
}
