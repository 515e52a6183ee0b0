import ArgumentParser
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

    @Option(name: .customLong("run"), help: "The run's id (default: the latest complete run; `pretrial runs` lists them).")
    var runID: Int64?

    @Option(help: "Output format: \(RunCommand.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RunCommand.Format = .text

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    func run() throws {
        let results = try openExistingStore(store)
        let stored = try loadStoredRun(results, path: store, id: runID)
        try results.close()
        let record = stored.record
        if record.status != .complete {
            printError("note: run \(record.id) is \(record.status.rawValue): \(record.replicationsDone) of "
                       + "\(record.replicationsPlanned) replications stored; the tables cover those.")
        }
        try OutputDestination(path: output).write(try ReportRenderer.render(
            stored.evidence(), provenance: stored.provenance, format: format,
            assumptions: format == .html ? assumptions(record.description) : []))
    }

    /// The stored run's scenario settings in words, read again from its file if the file is
    /// still there unchanged (same sha256).
    func assumptions(_ run: RunDescription) -> [String] {
        if let scenario = try? ScenarioLoader.load(path: run.scenarioPath, registry: BuiltInPolicies.registry()),
           scenario.sha256 == run.scenarioSHA256 {
            return ScenarioAssumptions.lines(scenario)
        }
        return ["The scenario file \(run.scenarioPath) is not here unchanged (sha256 \(run.scenarioSHA256)), "
                + "so its settings are not listed; the figures above come from the stored replications."]
    }
}
