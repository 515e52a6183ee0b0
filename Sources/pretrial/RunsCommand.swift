import ArgumentParser
import Results

/// `pretrial runs --store FILE`: lists the runs a results store holds.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the runs in a results store: id, status, replications stored, shard, seed, scenario."
    )

    @Option(help: ArgumentHelp("The results store (SQLite).", valueName: "file"))
    var store: String

    func run() throws {
        let runs = try explainingStoreErrors(store) {
            let results = try openExistingStore(store)
            defer { try? results.close() }
            return try results.runs()
        }
        var rows = [["id", "status", "replications", "shard", "seed", "started", "scenario"]]
        for run in runs {
            rows.append([
                "\(run.id)", run.status.rawValue, "\(run.replicationsDone)/\(run.replicationsPlanned)",
                run.identity.shard ?? "all", "\(run.identity.seed)", run.started,
                "\(run.identity.scenarioName) (\(run.identity.scenarioPath))",
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            print(padded.joined(separator: "  "))
        }
    }
}
