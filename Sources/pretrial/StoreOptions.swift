import ArgumentParser
import Foundation

/// `pretrial run`'s results-store options.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "SQLite file each replication is written to as it finishes (default: <scenario file name>.sqlite in the current folder).",
            valueName: "file"))
    var store: String?

    @Flag(help: "Write no results store.")
    var noStore = false

    @Flag(
        help: ArgumentHelp(
            "Finish the latest unfinished run of this scenario and seed in the store, running only the replications it lacks.",
            discussion: "The table then covers every stored replication of that run."))
    var resume = false

    func validate() throws {
        if noStore && (store != nil || resume) {
            throw ValidationError("--no-store cannot be combined with --store or --resume.")
        }
    }

    /// The store's path for scenario file `file`, or `nil` with `--no-store`.
    func path(forScenario file: String) -> String? {
        if noStore { return nil }
        return store ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".sqlite"
    }
}
