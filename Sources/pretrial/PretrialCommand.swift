import ArgumentParser

/// The `pretrial` command line tool.
@main
struct PretrialCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pretrial",
        abstract: "Discrete-event simulation of pre-trial detention policy.",
        discussion: """
            Runs scenario files that describe a county's arrests, bail decisions, plea offers \
            and trial queues, and compares policy reforms by their effect on detention and \
            on disparities between groups.
            """,
        version: ToolVersion.current,
        subcommands: [
            RunCommand.self, ValidateCommand.self, ExperimentCommand.self, PoliciesCommand.self, SelfCheckCommand.self,
            ReportCommand.self, RunsCommand.self, MergeCommand.self, ExportCommand.self, MetricsCommand.self,
            PluginCommand.self, CompareCommand.self, CensusCommand.self, CheckCommand.self,
        ]
    )
}
