import ArgumentParser
import Policies
import PolicyKit

/// `--plugin PATH`, repeatable: policy plugins to load before reading a scenario.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin"), help: "A policy plugin library (.so) to load; may be repeated.")
    var paths: [String] = []

    /// The built-in modules plus those of every plugin.
    func registry() throws -> PolicyRegistry {
        var registry = BuiltInPolicies.registry()
        for path in paths {
            do {
                _ = try PluginLoader.load(path, into: &registry)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        return registry
    }
}
