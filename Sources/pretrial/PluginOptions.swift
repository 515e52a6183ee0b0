import ArgumentParser
import Experiments
import Policies
import PolicyKit

/// `--plugin PATH`, repeatable: policy plugins to load before reading a scenario.
struct PluginOptions: ParsableArguments {
    @Option(
        name: .customLong("plugin"),
        help:
            "A policy plugin library (.so) to load, by its path (a name without a slash is a file in the current directory); may be repeated."
    )
    var paths: [String] = []

    @Flag(
        name: .customLong("allow-unsafe-plugin"),
        help: "Load plugin libraries even if others can write them or another user owns them.")
    var allowUnsafe = false

    /// The built-in modules plus those of every plugin.
    func registry() throws -> PolicyRegistry { try load().registry }

    /// The built-in modules plus those of every plugin, and a record of each plugin loaded
    /// (for a run's provenance).
    func load() throws -> (registry: PolicyRegistry, plugins: [RunIdentity.Plugin]) {
        var registry = BuiltInPolicies.registry()
        var plugins: [RunIdentity.Plugin] = []
        for path in paths {
            let (file, modules): (String, [String])
            do {
                (file, modules) = try PluginLoader.load(path, allowUnsafe: allowUnsafe, into: &registry)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            do {
                plugins.append(try RunIdentity.Plugin(loadedFrom: file, modules: modules))
            } catch {
                printError("plugin \(path): loaded, but its file cannot be read to record its sha256 (\(error)).")
                throw ExitCode(1)
            }
        }
        return (registry, plugins)
    }
}
