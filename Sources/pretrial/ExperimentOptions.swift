import ArgumentParser
import Experiments
import Foundation
import PretrialModel
import Reports
import Scenarios

/// The options every experiment takes, and the steps of the run they share.
struct ExperimentOptions: ParsableArguments {
    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: "The variant of the scenario the arms are made from (default: the first, the baseline).")
    var variant: String?

    @Option(help: "Replications per arm (overrides the file).")
    var replications: Int?

    @Option(help: "Master seed (overrides the file).")
    var seed: UInt64?

    @Option(help: "Replications run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help:
            "Output format: \(ExperimentReport.formats.map(\.rawValue).joined(separator: ", ")) (thresholds: also html)."
    )
    var format: ReportFormat = .text

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print nothing but the table (no progress).")
    var quiet = false

    @OptionGroup var loading: ScenarioLoadingOptions

    /// Checks the options that need no scenario; `formats` are those the experiment writes.
    func check(formats: [ReportFormat] = ExperimentReport.formats) throws {
        if let replications, replications < 2 {
            throw ValidationError(
                "--replications must be at least 2 for an interval over replications (got \(replications)).")
        }
        if let replications, replications > ScenarioLoader.maximumReplications, !loading.force {
            throw ValidationError(
                "--replications \(replications) is more than the \(NumberFormat.grouped(ScenarioLoader.maximumReplications)) accepted without --force; pass --force if this is intended."
            )
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
        if !formats.contains(format) {
            throw ValidationError(
                "--format \(format.rawValue) is not written by this experiment; use one of "
                    + formats.map(\.rawValue).joined(separator: ", ") + ".")
        }
    }

    /// Loads the scenario (printing its warnings unless quiet) and picks the variant to
    /// experiment on and the replications per arm.
    func prepare() throws -> (
        scenario: Scenario, plugins: [RunIdentity.Plugin], variant: ScenarioVariant, replications: Int
    ) {
        try OutputDestination(path: output).checkWritable()
        let (scenario, plugins) = try loading.loadWithPlugins(file)
        if !quiet {
            for warning in scenario.allWarnings { printError(warning.description) }
        }
        let chosen: ScenarioVariant
        if let variant {
            guard let match = scenario.variants.first(where: { $0.name == variant }) else {
                throw ValidationError(
                    "--variant \(variant): \(file) has no such variant; its variants are "
                        + scenario.variants.map(\.name).joined(separator: ", ") + ".")
            }
            chosen = match
        } else {
            chosen = scenario.variants[0]
        }
        let replications = replications ?? scenario.settings.replications
        guard replications >= 2 else {
            throw ValidationError(
                "\(file) asks for \(replications) replication; an experiment needs at least 2 (pass --replications).")
        }
        return (scenario, plugins, chosen, replications)
    }

    /// Runs `plan` with a progress line; a replication stopped by its guards or by a policy's
    /// decision is an error (exit status 1).
    func execute(_ plan: ReplicationPlan) async throws -> [ReplicationOutcome] {
        let progress = ProgressLine(total: plan.variants.count * plan.replications, enabled: !quiet)
        let outcomes: [ReplicationOutcome]
        do {
            outcomes = try await ReplicationRunner.run(plan, jobs: jobs) { _ in progress.advance() }
        } catch let stopped as ReplicationStopped {
            printError("error: \(stopped)")
            throw ExitCode(1)
        } catch let bad as PolicyDecisionError {
            printError("error: \(bad)")
            throw ExitCode(1)
        }
        progress.finish()
        return outcomes
    }

    /// Loads the scenario, runs `design`'s two arms and writes the report.
    func run(_ design: CausalDesign) async throws {
        let (scenario, plugins, chosen, replications) = try prepare()
        let arms = design.arms(of: chosen.configuration)
        let plan = ReplicationPlan(variants: arms, replications: replications, seed: seed ?? scenario.settings.seed)
        let outcomes = try await execute(plan)
        let result = CausalExperimentResult(
            design: design, variant: chosen.name, arms: arms.map { ($0.name, $0.description) }, outcomes: outcomes)
        let identity = RunIdentity(
            scenarioName: scenario.name, scenarioPath: file, scenarioSHA256: scenario.sha256, seed: plan.seed,
            replications: replications, referenceGroup: scenario.settings.referenceGroup,
            variants: arms.map { .init(name: $0.name, description: $0.description) },
            toolVersion: ToolVersion.current, plugins: plugins)
        let report = ExperimentReport(
            result: result, provenance: Provenance(run: identity, date: Date().ISO8601Format()))
        if result.weakInstrument && !quiet {
            printError(
                "warning: weak first stage (Δ share detained \(NumberFormat.figure(result.firstStage.mean))); "
                    + "the Wald estimates are unreliable: raise --shift.")
        }
        try OutputDestination(path: output).write(try report.render(format))
    }
}

/// `pretrial experiment leniency FILE --shift 0.2`.
struct ExperimentLeniencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leniency",
        abstract: "Judge-leniency analogue: the Wald estimate of detention's effect on case outcomes.",
        discussion: """
            Runs the scenario's release policy made harsher (money bail × (1 + f); a share f of \
            recognizance and conditions become money bail of --converted-bail dollars) and more \
            lenient (money bail × (1 − f); a share f of money bail becomes recognizance), with f \
            = --shift and the same seed, and reports for conviction, guilty plea, custodial \
            sentence and rearrest the difference between the arms and the Wald estimate \
            Δoutcome ÷ Δ(share held more than 3 days), with 95% delta-method intervals over \
            paired replications, and warns when the first stage is weak.
            """
    )

    @OptionGroup var options: ExperimentOptions

    @Option(help: "The fraction f by which bail is made harsher and more lenient, between 0 and 1.")
    var shift = 0.2

    @Option(help: "Money bail (dollars) set in the harsher arm for people released without money (assumed).")
    var convertedBail = 1000.0

    func validate() throws {
        try options.check()
        guard shift > 0 && shift < 1 else {
            throw ValidationError("--shift must be a fraction between 0 and 1, e.g. 0.2 (got \(shift)).")
        }
        guard convertedBail.isFinite && convertedBail > 0 else {
            throw ValidationError("--converted-bail must be a positive amount of dollars (got \(convertedBail)).")
        }
    }

    func run() async throws {
        try await options.run(.leniency(shift: shift, convertedBail: convertedBail))
    }
}

/// `pretrial experiment detention FILE`.
struct ExperimentDetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detention",
        abstract: "Everyone held to disposition against everyone released at first appearance.",
        discussion: """
            Books everyone, then runs everyone held without bail to disposition (any custody \
            time limit removed) against everyone released on recognizance at first appearance, \
            with the same seed, and reports the difference of each outcome with its 95% \
            interval over paired replications, the Wald estimate, and the misdemeanour relative \
            rates (held ÷ released) of guilty plea and custodial sentence.
            """
    )

    @OptionGroup var options: ExperimentOptions

    func validate() throws { try options.check() }

    func run() async throws { try await options.run(.detention) }
}
