import ArgumentParser
import Experiments
import Policies
import PolicyKit

/// `--plugin PATH`, repeatable: policy plugins to load before reading a scenario.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin"), help: "A policy plugin library (.so) to load; may be repeated.")
    var paths: [String] = []

    /// The built-in modules plus those of every plugin.
    func registry() throws -> PolicyRegistry { try load().registry }

    /// The built-in modules plus those of every plugin, and a record of each plugin loaded
    /// (for a run's provenance).
    func load() throws -> (registry: PolicyRegistry, plugins: [RunIdentity.Plugin]) {
        var registry = BuiltInPolicies.registry()
        var plugins: [RunIdentity.Plugin] = []
        for path in paths {
            let modules: [String]
            do {
                modules = try PluginLoader.load(path, into: &registry)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            do {
                plugins.append(try RunIdentity.Plugin(loadedFrom: path, modules: modules))
            } catch {
                printError("plugin \(path): loaded, but its file cannot be read to record its sha256 (\(error)).")
                throw ExitCode(1)
            }
        }
        return (registry, plugins)
    }
}
