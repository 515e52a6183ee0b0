import ArgumentParser
import Experiments
import Policies
import PolicyKit
import Scenarios

/// Options shared by every command that reads a scenario.
struct ScenarioLoadingOptions: ParsableArguments {
    @Flag(help: "Accept sizes that look like mistakes (e.g. more than 50 million arrests per replication).")
    var force = false

    @OptionGroup var plugins: PluginOptions

    /// Loads and validates `path`, printing every issue to standard error on failure.
    func load(_ path: String) throws -> Scenario { try loadWithPlugins(path).scenario }

    /// Loads and validates `path` like ``load(_:)``, and tells which plugins were loaded for it.
    func loadWithPlugins(_ path: String) throws -> (scenario: Scenario, plugins: [RunIdentity.Plugin]) {
        let (registry, loaded) = try plugins.load()
        do {
            return (try ScenarioLoader.load(path: path, registry: registry, force: force), loaded)
        } catch {
            printError(error.description)
            let count = error.issues.filter { $0.severity == .error }.count
            printError("\(path): \(count) error\(count == 1 ? "" : "s"); nothing was run.")
            throw ExitCode(1)
        }
    }
}

extension Scenario {
    /// The warnings of every variant, once each.
    var allWarnings: [ScenarioIssue] {
        var seen: [String] = []
        var result: [ScenarioIssue] = []
        for issue in variants.flatMap(\.warnings) where !seen.contains(issue.description) {
            seen.append(issue.description)
            result.append(issue)
        }
        return result
    }
}
