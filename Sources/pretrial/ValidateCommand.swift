import ArgumentParser
import Scenarios

/// `pretrial validate FILE`: checks a scenario without running it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file and report every problem at once.",
        discussion: """
            Reports each error with its file, line, column and key, and how to fix it; \
            warnings (such as a trial queue that cannot keep up) do not fail validation. \
            Exits with status 1 if there is any error.
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @OptionGroup var loading: ScenarioLoadingOptions

    func run() throws {
        let scenario = try loading.load(file)
        for warning in scenario.allWarnings {
            printError(warning.description)
        }
        print(
            "\(file): ok — \"\(scenario.name)\", \(scenario.variants.count) variant(s): "
                + scenario.variants.map(\.name).joined(separator: ", "))
    }
}
