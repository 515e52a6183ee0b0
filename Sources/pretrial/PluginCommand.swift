import ArgumentParser

/// `pretrial plugin …`: help for writing policy plugins.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Start a policy plugin, or find the PolicyKit to build one against.",
        subcommands: [PluginNewCommand.self, PluginPolicyKitPathCommand.self]
    )
}
