import ArgumentParser
import Foundation
import PretrialModel
import Scenarios

/// `pretrial census FILE`: runs one replication of a scenario's variant and writes the people
/// held and the cases pending on a day (by default the end of the warm-up) as a census file,
/// which a scenario's `census.file` reads to start from that state.
struct CensusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "census",
        abstract: "Write the jail and backlog a run reaches on a day as a census file (CSV).",
        discussion: """
            Runs one replication of the variant (the baseline by default) up to --day (by \
            default the scenario's warm_up_days) and writes one row per person with an open \
            case then: held or at liberty, group, charge class, how they are held, days held, \
            days since arrest and court dates held. A scenario whose census.file names the \
            output starts from that state, so that warm_up_days: 0 is reasonable ("start from \
            the steady state"). The file is model-generated: it says so in its header.
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: "The day of the census (default: the variant's warm-up days).")
    var day: Double?

    @Option(help: "The variant whose run is taken (default: the baseline).")
    var variant: String?

    @Option(help: "The replication number whose run is taken.")
    var replication: Int = 0

    @Option(help: "Write the census to this file instead of standard output.")
    var output: String?

    @OptionGroup var loading: ScenarioLoadingOptions

    func validate() throws {
        if let day, !(day >= 0 && day.isFinite) { throw ValidationError("--day must be 0 or more (got \(day)).") }
        if replication < 0 { throw ValidationError("--replication must be 0 or more (got \(replication)).") }
    }

    func run() throws {
        let scenario = try loading.load(file)
        let chosen =
            try variant.map { name in
                guard let found = scenario.variant(named: name) else {
                    let names = scenario.variants.map(\.name).joined(separator: ", ")
                    throw ValidationError("\(file) has no variant '\(name)'; its variants are: \(names).")
                }
                return found
            } ?? scenario.baseline
        let configuration = chosen.configuration
        let day = self.day ?? configuration.warmUpDays
        let snapshot = try PretrialSimulation.takeCensus(
            configuration, seed: scenario.settings.seed, replication: replication, days: [day])
        guard let census = snapshot.first else { return }
        let comment = [
            "Model-generated census, not observed: the state of a run of \(scenario.name) (variant \(chosen.name),",
            "seed \(scenario.settings.seed), replication \(replication)) on day \(NumberFormatter.day(day)), made by pretrial \(ToolVersion.current).",
            "\(census.peopleInJail) people held, \(census.census.peopleAtLiberty) at liberty with a pending case, trial backlog \(census.trialBacklog).",
        ]
        try OutputDestination(path: output).write(
            CensusFile.text(census.census, info: configuration.population.info, comment: comment))
    }
}

extension NumberFormatter {
    /// A day as written in a census file's header: whole days without decimals.
    fileprivate static func day(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
