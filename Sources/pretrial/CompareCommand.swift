import ArgumentParser
import Experiments
import Foundation
import PretrialModel
import Reports
import Scenarios

/// `pretrial compare A.yaml B.yaml …`: runs each scenario's baseline (with a common reform, if
/// given) and prints the figures side by side, totals per 100,000 arrests.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run several scenarios' baselines and print their figures side by side, per 100,000 arrests.",
        discussion: """
            Each file's baseline runs its own replications (the file's, or --replications) with \
            its own seed (or --seed). Columns are the scenarios' names. Totals (people, bed-days, \
            dollars) are per 100,000 arrests and populations at a time (the jail, the trial \
            backlog) per 100,000 arrests a year, each replication scaled by its own arrests, so \
            that jurisdictions of different sizes compare; shares and means are as they are. \
            The figures are the arrests counted and those the catalog compares between variants \
            (`pretrial metrics`). --reform FILE applies one reform to every baseline: FILE is a \
            partial scenario (the keys it changes, e.g. `policies: {counsel: {module: …}}`) \
            merged over each scenario as a file that `extends` it would be: mappings key by key, \
            and a list, a policy or a distribution in place of the scenario's.
            """
    )

    @Argument(help: "The scenario files (YAML).")
    var files: [String]

    @Option(help: "A partial scenario merged over every scenario's baseline before it runs (as `extends` merges).")
    var reform: String?

    @Option(help: "Replications per scenario (overrides the files).")
    var replications: Int?

    @Option(help: "Master seed for every scenario (overrides the files).")
    var seed: UInt64?

    @Option(help: "Replications run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the table to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print nothing but the table (no progress).")
    var quiet = false

    @OptionGroup var loading: ScenarioLoadingOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one scenario file to compare.") }
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
        let overlay = try reform.map(Self.readReform)
        var columns: [ScenarioComparison.Column] = []
        var provenances: [Provenance] = []
        for file in files {
            let (scenario, plugins) = try load(file, overlay: overlay)
            if !quiet {
                for warning in scenario.baseline.warnings { printError(warning.description) }
            }
            let plan = ReplicationPlan(
                variants: [
                    .init(
                        name: scenario.baseline.name, description: scenario.baseline.description,
                        configuration: scenario.baseline.configuration)
                ],
                replications: replications ?? scenario.settings.replications, seed: seed ?? scenario.settings.seed)
            let outcomes = try await runBaseline(plan, file: file)
            let taken = columns.map(\.name)
            let name = taken.contains(scenario.name) ? "\(scenario.name) (\(file))" : scenario.name
            columns.append(ScenarioComparison.Column(name: name, outcomes: outcomes))
            let identity = RunIdentity(
                scenarioName: scenario.name, scenarioPath: file, scenarioSHA256: scenario.sha256, seed: plan.seed,
                replications: plan.replications, referenceGroup: scenario.settings.referenceGroup,
                variants: [.init(name: "baseline", description: scenario.baseline.description)],
                toolVersion: ToolVersion.current, plugins: plugins)
            provenances.append(Provenance(run: identity, date: Date().ISO8601Format()))
        }
        let report = ComparisonReport(
            comparison: ScenarioComparison(columns: columns), provenances: provenances, reform: reform)
        try OutputDestination(path: output).write(try report.render(format))
    }

    /// The reform file's text.
    static func readReform(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            printError("error: cannot read the reform file \(path): no such readable UTF-8 file; nothing was run.")
            throw ExitCode(1)
        }
        let topLevelExtends = text.split(separator: "\n").contains { $0.hasPrefix("extends:") }
        if topLevelExtends {
            printError(
                "error: \(path): the reform cannot extend a file (compare merges it over each scenario); "
                    + "remove its 'extends' key. Nothing was run.")
            throw ExitCode(1)
        }
        return text
    }

    /// Loads `file`, with the reform's text merged over it if there is one: the reform then
    /// reads as a file that extends `file`, so its issues name the reform file and its lines.
    func load(_ file: String, overlay: String?) throws -> (Scenario, [RunIdentity.Plugin]) {
        guard let overlay, let reform else { return try loading.loadWithPlugins(file) }
        let (registry, loaded) = try loading.plugins.load()
        let base = URL(fileURLWithPath: file).standardizedFileURL.path
        let text = overlay + "\nextends: '\(base.replacingOccurrences(of: "'", with: "''"))'\n"
        do {
            return (
                try ScenarioLoader.load(text: text, fileName: reform, registry: registry, force: loading.force), loaded
            )
        } catch {
            printError(error.description)
            let count = error.issues.filter { $0.severity == .error }.count
            printError("\(file) with the reform \(reform): \(count) error\(count == 1 ? "" : "s"); nothing was run.")
            throw ExitCode(1)
        }
    }

    /// Runs the plan's replications; a runaway replication or a bad policy decision stops the
    /// command with its message.
    func runBaseline(_ plan: ReplicationPlan, file: String) async throws -> [ReplicationOutcome] {
        let progress = ProgressLine(total: plan.replications, enabled: !quiet)
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
