import ArgumentParser
import Experiments
import Foundation
import Reports
import Scenarios

/// `pretrial run FILE`: runs a scenario's variants and replications and prints the evidence
/// table.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario's variants and print the evidence table.",
        discussion: """
            Every variant runs the same replications with the same seed, so variants meet the \
            same people with the same luck (common random numbers). Results for a seed are \
            identical whatever --jobs is.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: "Replications per variant (overrides the file).")
    var replications: Int?

    @Option(help: "Master seed (overrides the file).")
    var seed: UInt64?

    @Option(help: "Replications run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print nothing but the table (no progress).")
    var quiet = false

    @OptionGroup var loading: ScenarioLoadingOptions

    func validate() throws {
        if let replications, replications < 1 {
            throw ValidationError("--replications must be at least 1 (got \(replications)).")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
    }

    func run() async throws {
        let scenario = try loading.load(file)
        if !quiet {
            for warning in scenario.allWarnings { printError(warning.description) }
        }
        let plan = ReplicationPlan(
            variants: scenario.variants.map { .init(name: $0.name, description: $0.description, configuration: $0.configuration) },
            replications: replications ?? scenario.settings.replications,
            seed: seed ?? scenario.settings.seed)
        let progress = ProgressLine(total: plan.variants.count * plan.replications, enabled: !quiet)
        let outcomes = try await ReplicationRunner.run(plan, jobs: jobs) { _ in progress.advance() }
        progress.finish()
        let summaries = plan.variants.indices.map { index in
            VariantSummary(name: plan.variants[index].name, description: plan.variants[index].description,
                           outcomes: outcomes.filter { $0.variant == index })
        }
        let provenance = Provenance(
            scenarioName: scenario.name, scenarioPath: file, scenarioSHA256: scenario.sha256, seed: plan.seed,
            replications: plan.replications, toolVersion: ToolVersion.current, date: Date().ISO8601Format())
        let text = switch format {
        case .text: TerminalReport.render(EvidenceTable(summaries), provenance: provenance)
        case .json: try JSONReport.render(summaries, provenance: provenance) + "\n"
        }
        try OutputDestination(path: output).write(text)
    }
}
