import ArgumentParser
import Results

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
        try OutputDestination(path: output).write(try ReportRenderer.render(stored.evidence(), provenance: stored.provenance, format: format))
    }
}
