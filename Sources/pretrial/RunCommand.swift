import ArgumentParser
import Experiments
import Foundation
import PretrialModel
import Reports
import Results
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
            identical whatever --jobs is. Each replication is written to a results store \
            (SQLite) as it finishes; an interrupted run keeps them and --resume finishes it. \
            With --shard k/N only every N-th replication runs (of every variant), so N jobs of \
            a cluster array can share a run; `pretrial merge` joins their stores into one run.
            """
    )

    /// Output formats (defined in `Reports`; `--format` takes their raw values).
    typealias Format = ReportFormat

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: "Replications per variant (overrides the file).")
    var replications: Int?

    @Option(
        help: ArgumentHelp(
            "Add replications until the 95% CI half-width of the headline figures is below this share of their mean (e.g. 0.02).",
            discussion: "Replications are added in batches of 10, so the result does not depend on --jobs."))
    var precision: Double?

    @Option(help: "Most replications per variant when --precision is given.")
    var maxReplications = 1000

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

    @Option(
        help: ArgumentHelp(
            "Write each replication's daily series to this file (.csv or .json).",
            discussion:
                "Pre-trial population overall, by group and by charge class, admissions, releases and the trial backlog, one value a day (scenarios/FORMAT.md, 'Daily series').",
            valueName: "file"))
    var series: String?

    @Flag(
        help: ArgumentHelp(
            "Keep each replication's daily series: in the results store (table series) and for the warm-up check in the notes.",
            discussion:
                "--series FILE, --format html and a scenario's run.series: true keep them too. A series has a row per day to the run's end for each measure and breakdown, many more than the figures, so a store holds them only when asked."
        ))
    var keepSeries = false

    @Option(
        help: ArgumentHelp(
            "Run only shard k of N: replications k-1, k-1+N, k-1+2N, … of every variant (k/N, auto or auto/N).",
            discussion:
                "auto reads a Slurm job array (SLURM_ARRAY_TASK_ID, _MIN, _COUNT); auto/N a Kubernetes indexed job (JOB_COMPLETION_INDEX). Merge the shards' stores with `pretrial merge`."
        ))
    var shard: String?

    @OptionGroup var storing: StoreOptions

    @OptionGroup var loading: ScenarioLoadingOptions

    func validate() throws {
        if let replications, replications < 1 {
            throw ValidationError("--replications must be at least 1 (got \(replications)).")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
        if let precision, !(precision > 0 && precision < 1) {
            throw ValidationError("--precision must be a share between 0 and 1, e.g. 0.02 for ±2% (got \(precision)).")
        }
        let limit = ScenarioLoader.maximumReplications
        if !loading.force {
            if let replications, replications > limit {
                throw ValidationError(
                    "--replications \(replications) is more than the \(NumberFormat.grouped(limit)) accepted without --force; pass --force if this is intended."
                )
            }
            if precision != nil && maxReplications > limit {
                throw ValidationError(
                    "--max-replications \(maxReplications) is more than the \(NumberFormat.grouped(limit)) accepted without --force; pass --force if this is intended."
                )
            }
        }
        if maxReplications < 1 {
            throw ValidationError("--max-replications must be at least 1 (got \(maxReplications)).")
        }
        if precision != nil && storing.resume {
            throw ValidationError("--resume cannot be combined with --precision; resume with a fixed --replications.")
        }
        if shard != nil && precision != nil {
            throw ValidationError("--shard cannot be combined with --precision: shards need a fixed --replications.")
        }
        _ = try replicationShard()
        if let series, SeriesFile.Format(path: series) == nil {
            throw ValidationError("--series \(series): name a .csv or .json file.")
        }
    }

    /// Whether the run keeps daily series: asked by --keep-series, needed by a series file or
    /// HTML output (its chart), or asked by the scenario (`run.series: true`). A store alone
    /// does not: a series has tens of times the rows of the figures.
    func keepsSeries(_ scenario: Scenario) -> Bool {
        keepSeries || series != nil || format == .html
            || scenario.variants.contains { $0.configuration.keepsDailySeries }
    }

    /// The shard named by --shard, if any.
    func replicationShard() throws -> ReplicationShard? {
        guard let shard else { return nil }
        do {
            return try ShardOption.parse(shard, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("--shard: \(error.message).")
        }
    }

    func run() async throws {
        try OutputDestination(path: output).checkWritable()
        if let series { try OutputDestination(path: series).checkWritable() }
        let (scenario, plugins) = try loading.loadWithPlugins(file)
        if !quiet {
            for warning in scenario.allWarnings { printError(warning.description) }
        }
        var plan = ReplicationPlan(
            variants: scenario.variants.map {
                var configuration = $0.configuration
                configuration.keepsDailySeries = keepsSeries(scenario)
                return .init(name: $0.name, description: $0.description, configuration: configuration)
            },
            replications: replications ?? scenario.settings.replications,
            seed: seed ?? scenario.settings.seed)
        let shard = try replicationShard()
        if let shard, shard.replicationCount(of: plan.replications) == 0 {
            throw ValidationError(
                "--shard \(shard) holds no replications of \(plan.replications); "
                    + "cut a run of \(plan.replications) replications into at most \(plan.replications) shards.")
        }
        var identity = RunIdentity(
            scenarioName: scenario.name, scenarioPath: file, scenarioSHA256: scenario.sha256, seed: plan.seed,
            replications: plan.replications, referenceGroup: scenario.settings.referenceGroup,
            variants: plan.variants.map { .init(name: $0.name, description: $0.description) },
            toolVersion: ToolVersion.current, shard: shard?.description, plugins: plugins)
        let recording = try storing.path(forScenario: file).map {
            try RunRecording.start(
                path: $0, resume: storing.resume, run: identity, requestedReplications: replications,
                quiet: quiet)
        }
        if let recording, recording.alreadyComplete, let stored = try recording.loadAndClose() {
            try write(stored.evidence(), stored.provenance, scenario, outcomes: stored.outcomes)
            return
        }
        if let recording { plan.replications = recording.replications }
        let (outcomes, replicationsRun, precisionNote): ([ReplicationOutcome], Int, String?)
        do {
            (outcomes, replicationsRun, precisionNote) = try await runReplications(
                plan, shard: shard, recording: recording)
            try recording?.finish(.complete, replications: replicationsRun)
        } catch let stopped as ReplicationStopped {
            // A runaway replication (its guards name the cause and the parameters to change).
            try? recording?.finish(.incomplete, replications: plan.replications)
            printError("error: \(stopped)" + (recording == nil ? "" : " The replications stored so far are kept."))
            throw ExitCode(1)
        } catch var bad as PolicyDecisionError {
            // A policy's decision the process cannot carry out: name the plugin it came from.
            try? recording?.finish(.incomplete, replications: plan.replications)
            bad.pluginPath = plugins.first { plugin in bad.module.map(plugin.modules.contains) ?? false }?.path
            printError("error: \(bad)" + (recording == nil ? "" : " The replications stored so far are kept."))
            throw ExitCode(1)
        } catch {
            try? recording?.finish(.incomplete, replications: plan.replications)
            printError(
                "cannot write the results store: \(StoreErrorWords.describe(error, path: recording?.path ?? "")). "
                    + "The replications stored so far are kept.")
            throw ExitCode(1)
        }
        if let recording, recording.resumed, let stored = try recording.loadAndClose() {
            try write(stored.evidence(), stored.provenance, scenario, outcomes: stored.outcomes)
            return
        }
        try recording?.store.close()
        var finalPlan = plan
        finalPlan.replications = replicationsRun
        identity.replications = replicationsRun
        let evidence = Evidence(plan: finalPlan, outcomes: outcomes, referenceGroup: scenario.settings.referenceGroup)
        try write(
            evidence, Provenance(run: identity, date: Date().ISO8601Format(), notes: precisionNote.map { [$0] } ?? []),
            scenario, outcomes: outcomes)
    }

    /// Writes the tables of `evidence` in --format to --output (or standard output), and the
    /// daily series of `outcomes` to --series, if given.
    func write(
        _ evidence: Evidence, _ provenance: Provenance, _ scenario: Scenario, outcomes: [ReplicationOutcome]
    ) throws {
        if let series, let format = SeriesFile.Format(path: series) {
            try OutputDestination(path: series).write(
                SeriesFile.render(outcomes, variants: evidence.summaries.map(\.name), format: format))
        }
        try OutputDestination(path: output).write(
            try ReportRenderer.render(
                evidence, provenance: provenance, format: format, assumptions: ScenarioAssumptions.lines(scenario)))
    }

    /// Runs the plan's replications, or with --precision keeps adding batches until the
    /// headline figures are precise enough (``PrecisionRun``).
    /// Every finished replication is written to `recording`, if there is one, before the
    /// next starts.
    /// - Returns: the outcomes, the replications per variant, and a note for the provenance
    ///   when --precision stopped at --max-replications short of its target.
    func runReplications(
        _ plan: ReplicationPlan, shard: ReplicationShard?,
        recording: RunRecording?
    ) async throws -> ([ReplicationOutcome], Int, String?) {
        guard let precision else {
            var skip = recording?.done ?? []
            if let shard {
                for replication in 0..<plan.replications where !shard.contains(replication: replication) {
                    for variant in plan.variants.indices { skip.insert([variant, replication]) }
                }
            }
            let progress = ProgressLine(total: plan.variants.count * plan.replications - skip.count, enabled: !quiet)
            let outcomes = try await ReplicationRunner.run(plan, jobs: jobs, skipping: skip) { outcome in
                try recording?.record(outcome)
                progress.advance()
            }
            progress.finish()
            return (outcomes, plan.replications, nil)
        }
        let run = try await PrecisionRun.run(
            plan, target: precision, maxReplications: maxReplications, jobs: jobs,
            onOutcome: { try recording?.record($0) },
            onBatch: { done, widest in
                if !quiet {
                    printError("\(done) replications: widest relative CI half-width \(NumberFormat.figure(widest))")
                }
            })
        var note: String?
        if run.missedTarget {
            let missed =
                "--precision \(NumberFormat.figure(precision)) was not reached: at the cap of \(run.replications) replications "
                + "(--max-replications) the widest relative 95% CI half-width of the headline figures is "
                + "\(NumberFormat.figure(run.widestRelativeHalfWidth)); raise --max-replications for the precision asked for."
            if !quiet { printError("warning: \(missed)") }
            note = missed
        }
        return (run.outcomes, run.replications, note)
    }
}
