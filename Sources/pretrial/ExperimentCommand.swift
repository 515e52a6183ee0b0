import ArgumentParser

/// `pretrial experiment leniency|detention|thresholds FILE`: causal experiments built in, so the
/// model's effects of detention can be held against the studies that measured them, and the
/// risk-threshold sweep, so the trade-offs of a risk tool can be read on a scenario's numbers.
struct ExperimentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiment",
        abstract: "Estimate detention's causal effect, or sweep a risk threshold, under common random numbers.",
        discussion: """
            Two arms of one variant of the scenario that differ only in how many people are \
            detained, run with the same seed, so the same people meet both arms with the same \
            luck. `leniency` makes the scenario's release decisions harsher and more lenient by \
            --shift (the judge-leniency design) and reports the Wald estimate Δoutcome ÷ \
            Δdetention; `detention` holds everyone against releasing everyone. `thresholds` runs \
            one variant at each risk threshold of a grid and reports detention, rearrest among the \
            released and the fairness figures by group at each.
            """,
        subcommands: [
            ExperimentLeniencyCommand.self, ExperimentDetentionCommand.self, ExperimentThresholdsCommand.self,
        ]
    )
}
