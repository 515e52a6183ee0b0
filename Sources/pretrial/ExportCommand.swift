import ArgumentParser
import Results

/// `pretrial export --store FILE`: the tidy metrics table of a results store, as CSV; with
/// `--series`, its daily series table instead.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a results store's metrics as one tidy CSV table.",
        discussion: """
            One line per run, variant, replication, metric and breakdown: \
            run_id,variant_index,variant,replication,metric,breakdown,value. An empty value \
            is a figure with no denominator. With --series, the daily series instead, one line \
            per run, variant, replication, day, measure and breakdown: \
            run_id,variant_index,variant,replication,day,measure,breakdown,value.
            """
    )

    @Option(help: ArgumentHelp("The results store (SQLite).", valueName: "file"))
    var store: String

    @Option(name: .customLong("run"), help: "Only this run (default: every run).")
    var runID: Int64?

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    @Flag(help: "Export the daily series table (runs that kept series) instead of the metrics.")
    var series = false

    func run() throws {
        let table = try explainingStoreErrors(store) {
            let results = try openExistingStore(store)
            defer { try? results.close() }
            if let runID, try results.run(runID) == nil {
                printError("\(store) holds no run \(runID). `pretrial runs --store \(store)` lists them.")
                throw ExitCode(1)
            }
            return try series ? results.seriesCSV(run: runID) : results.metricsCSV(run: runID)
        }
        try OutputDestination(path: output).write(table)
    }
}
