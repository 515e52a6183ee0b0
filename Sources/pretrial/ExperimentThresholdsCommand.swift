import ArgumentParser
import Experiments
import Foundation
import Reports

/// `pretrial experiment thresholds FILE`: the risk instrument's threshold swept over a grid.
struct ExperimentThresholdsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thresholds",
        abstract: "Sweep the risk threshold: detention, rearrest among the released and the fairness figures by group.",
        discussion: """
            Runs one variant of the scenario (it needs a risk instrument) at each risk threshold of \
            a grid, every threshold with the same seed, and reports per threshold the share \
            detained past first appearance, new arrests and failures to appear per person \
            released, the share flagged high risk, and the fairness figures by group (false-positive \
            and false-negative rates, positive predictive value, AUC, calibration by score decile, \
            each on the observed and on the true outcomes) with 95% intervals; then the \
            impossibility result on these numbers: the base rates by group, the thresholds at which \
            calibration within groups holds, the error-rate gaps there and where they are smallest. \
            The threshold moves where the release policy decides (risk-assessment-release) and \
            where the figures read it. The grid is --thresholds 0.3,0.5,0.7, or --from/--to/--step \
            (defaults 0.1, 1.0, 0.1: the deciles of a score in [0, 1]). --group-threshold GROUP=VALUE \
            (repeatable) holds one group's threshold fixed while the others' sweep. --format html \
            writes a page with charts of the frontier and of the error rates by group.
            """
    )

    @OptionGroup var options: ExperimentOptions

    @Option(help: "The lowest threshold of the grid (default 0.1).")
    var from: Double?

    @Option(help: "The highest threshold of the grid (default 1.0).")
    var to: Double?

    @Option(help: "The step between thresholds of the grid (default 0.1).")
    var step: Double?

    @Option(help: "The thresholds to run, separated by commas (instead of --from/--to/--step), e.g. 0.3,0.5,0.7.")
    var thresholds: String?

    @Option(
        name: .customLong("group-threshold"),
        help: "GROUP=VALUE: hold this group's threshold at VALUE while the others' sweep (repeatable).")
    var groupThresholds: [String] = []

    /// The grid the options give.
    func grid() throws -> ThresholdGrid {
        do {
            if let thresholds {
                guard from == nil, to == nil, step == nil else {
                    throw ValidationError("give either --thresholds or --from/--to/--step, not both.")
                }
                return try ThresholdGrid(parsing: thresholds)
            }
            if from == nil, to == nil, step == nil { return ThresholdGrid.deciles }
            return try ThresholdGrid(from: from ?? 0.1, to: to ?? 1.0, step: step ?? 0.1)
        } catch let problem as ThresholdGrid.Problem {
            throw ValidationError(problem.description)
        }
    }

    /// The sweep the options give.
    func sweep() throws -> ThresholdSweep {
        let fixed: [GroupThreshold]
        do {
            fixed = try groupThresholds.map { try GroupThreshold(parsing: $0) }
        } catch let problem as ThresholdGrid.Problem {
            throw ValidationError(problem.description)
        }
        return ThresholdSweep(grid: try grid(), groupThresholds: fixed)
    }

    func validate() throws {
        try options.check(formats: ThresholdReport.formats)
        _ = try sweep()
    }

    func run() async throws {
        let sweep = try sweep()
        let (scenario, plugins, chosen, replications) = try options.prepare()
        let variants: [ReplicationPlan.Variant]
        do {
            variants = try sweep.variants(of: chosen.configuration, variant: chosen.name)
        } catch {
            throw ValidationError("\(options.file): \(error.description).")
        }
        let plan = ReplicationPlan(
            variants: variants, replications: replications, seed: options.seed ?? scenario.settings.seed)
        if !options.quiet && !ThresholdSweep.releaseMoves(chosen.configuration) {
            printError(
                "warning: the release policy of variant \"\(chosen.name)\" does not decide by a risk threshold; "
                    + "detention will not move with the threshold (only the fairness figures' threshold does).")
        }
        let outcomes = try await options.execute(plan)
        let result = ThresholdSweepResult(
            sweep: sweep, variant: chosen.name, configuration: chosen.configuration, plan: plan, outcomes: outcomes,
            referenceGroup: scenario.settings.referenceGroup)
        let identity = RunIdentity(
            scenarioName: scenario.name, scenarioPath: options.file, scenarioSHA256: scenario.sha256, seed: plan.seed,
            replications: replications, referenceGroup: scenario.settings.referenceGroup,
            variants: variants.map { .init(name: $0.name, description: $0.description) },
            toolVersion: ToolVersion.current, plugins: plugins)
        let report = ThresholdReport(
            result: result, provenance: Provenance(run: identity, date: Date().ISO8601Format()))
        try OutputDestination(path: options.output).write(try report.render(options.format))
    }
}
