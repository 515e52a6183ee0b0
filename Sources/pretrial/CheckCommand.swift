import ArgumentParser
import Experiments
import Foundation
import PretrialModel
import Reports
import Scenarios

/// `pretrial check SCENARIO --targets FILE`: runs a scenario and sets its figures against a
/// targets file's observed ones, target by target.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run a scenario and compare its figures with the observed figures of a targets file.",
        discussion: """
            Prints one row per target: its source, the observed value, the model's mean with its \
            95% CI over replications (simulation error only), the difference and whether it is \
            within the target's tolerance; then how many calibration and validation targets pass. \
            A target naming a figure the catalog does not have shows as 'no such figure'. The \
            exit status is 0 whether or not targets pass (it is a report), and 1 for a bad \
            scenario or targets file (scenarios/FORMAT.md, "Targets files").
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: "The targets file (YAML).")
    var targets: String

    @Option(help: "Replications per variant (overrides the file).")
    var replications: Int?

    @Option(help: "Master seed (overrides the file).")
    var seed: UInt64?

    @Option(help: "Replications run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print nothing but the table (no progress, no warnings).")
    var quiet = false

    @OptionGroup var loading: ScenarioLoadingOptions

    func validate() throws {
        if let replications, replications < 1 {
            throw ValidationError("--replications must be at least 1 (got \(replications)).")
        }
        if let replications, !loading.force, replications > ScenarioLoader.maximumReplications {
            throw ValidationError(
                "--replications \(replications) is more than the \(NumberFormat.grouped(ScenarioLoader.maximumReplications)) accepted without --force; pass --force if this is intended."
            )
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
    }

    func run() async throws {
        try OutputDestination(path: output).checkWritable()
        let targetsFile = try loadTargets()
        let (scenario, plugins) = try loading.loadWithPlugins(file)
        if !quiet {
            for warning in targetsFile.warnings + scenario.allWarnings { printError(warning.description) }
        }
        let plan = ReplicationPlan(
            variants: scenario.variants.map {
                .init(name: $0.name, description: $0.description, configuration: $0.configuration)
            },
            replications: replications ?? scenario.settings.replications, seed: seed ?? scenario.settings.seed)
        let outcomes = try await runReplications(plan)
        let evidence = Evidence(plan: plan, outcomes: outcomes, referenceGroup: scenario.settings.referenceGroup)
        let check = TargetCheck(targets: targetsFile.targets, summaries: evidence.summaries, outcomes: outcomes)
        let identity = RunIdentity(
            scenarioName: scenario.name, scenarioPath: file, scenarioSHA256: scenario.sha256, seed: plan.seed,
            replications: plan.replications, referenceGroup: scenario.settings.referenceGroup,
            variants: plan.variants.map { .init(name: $0.name, description: $0.description) },
            toolVersion: ToolVersion.current, plugins: plugins)
        let report = TargetCheckReport(
            check: check, jurisdiction: targetsFile.jurisdiction, targetsPath: targets,
            provenance: Provenance(run: identity, date: Date().ISO8601Format()))
        try OutputDestination(path: output).write(try report.render(format))
    }

    /// The targets file, validated; every issue printed and exit status 1 if it has errors.
    func loadTargets() throws -> TargetsFile {
        do {
            return try TargetsLoader.load(path: targets)
        } catch {
            printError(error.description)
            let count = error.errors.count
            printError("\(targets): \(count) error\(count == 1 ? "" : "s"); nothing was run.")
            throw ExitCode(1)
        }
    }

    /// Runs the plan's replications; a runaway replication or a bad policy decision stops the
    /// command with its message.
    func runReplications(_ plan: ReplicationPlan) async throws -> [ReplicationOutcome] {
        let progress = ProgressLine(total: plan.variants.count * plan.replications, enabled: !quiet)
        defer { progress.finish() }
        do {
            return try await ReplicationRunner.run(plan, jobs: jobs) { _ in progress.advance() }
        } catch let stopped as ReplicationStopped {
            printError("error: \(file): \(stopped)")
            throw ExitCode(1)
        } catch let bad as PolicyDecisionError {
            printError("error: \(file): \(bad)")
            throw ExitCode(1)
        }
    }
}
