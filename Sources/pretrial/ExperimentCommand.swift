import ArgumentParser

/// `pretrial experiment leniency|detention FILE`: causal experiments built in, so the model's
/// effects of detention can be held against the studies that measured them.
struct ExperimentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiment",
        abstract: "Estimate detention's causal effect on case outcomes under common random numbers.",
        discussion: """
            Two arms of one variant of the scenario that differ only in how many people are \
            detained, run with the same seed, so the same people meet both arms with the same \
            luck. `leniency` makes the scenario's release decisions harsher and more lenient by \
            --shift (the judge-leniency design) and reports the Wald estimate Δoutcome ÷ \
            Δdetention; `detention` holds everyone against releasing everyone.
            """,
        subcommands: [ExperimentLeniencyCommand.self, ExperimentDetentionCommand.self]
    )
}
