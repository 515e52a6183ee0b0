import ArgumentParser
import Experiments
import Foundation
import Reports
import Scenarios

/// `pretrial validate FILE`: checks a scenario, and estimates each variant's trial load by a
/// short pilot run.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file and report every problem at once.",
        discussion: """
            Reports each error with its file, line, column and key, and how to fix it; \
            warnings do not fail validation. Then runs a short pilot of each variant (one \
            replication, a year of counted arrests after the warm-up) and warns when the trial \
            courtrooms are at least 95% busy or the trial backlog grows: such a run has no \
            steady state and its figures depend on its length. Exits with status 1 if there is \
            any error.
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Flag(help: "Skip the pilot run that estimates the trial load.")
    var noPilot = false

    @Option(help: "Pilot runs at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var loading: ScenarioLoadingOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
    }

    func run() async throws {
        let scenario = try loading.load(file)
        for warning in scenario.allWarnings {
            printError(warning.description)
        }
        print(
            "\(file): ok — \"\(scenario.name)\", \(scenario.variants.count) variant(s): "
                + scenario.variants.map(\.name).joined(separator: ", "))
        guard !noPilot else { return }
        let plan = ReplicationPlan(
            variants: scenario.variants.map {
                .init(name: $0.name, description: $0.description, configuration: $0.configuration)
            },
            replications: 1, seed: scenario.settings.seed)
        let pilots: [TrialLoadPilot]
        do {
            pilots = try await TrialLoadPilot.run(plan, jobs: jobs)
        } catch {
            printError("warning: the pilot run that estimates the trial load stopped: \(error)")
            return
        }
        let warmUp = scenario.variants.first.map { Int($0.configuration.warmUpDays.rounded()) } ?? 0
        print(
            "trial load (pilot: one replication, \(Int(TrialLoadPilot.countedDays)) counted days after a "
                + "\(warmUp)-day warm-up):")
        for pilot in pilots {
            print(
                "  \(pilot.variant): trial courtrooms \(NumberFormat.fixed(pilot.utilisation, decimals: 2)) busy, "
                    + "backlog \(Self.count(pilot.backlogGrowthPerYear, signed: true)) cases a year, "
                    + "\(Self.count(pilot.trialsStarted)) trials"
                    + (pilot.isOverloaded ? " — not in a steady state" : ""))
        }
        for pilot in pilots {
            if let check = pilot.warmUp { print("  " + check.note) }
        }
        for pilot in pilots where pilot.isOverloaded {
            printError(
                "warning: \(file): variant '\(pilot.variant)': the trial courtrooms are "
                    + "\(NumberFormat.fixed(pilot.utilisation, decimals: 2)) busy and the trial backlog grew by "
                    + "\(Self.count(pilot.backlogGrowthPerYear)) cases a year in the pilot (to "
                    + "\(Self.count(pilot.backlogAtEnd)) waiting): the trial queue has little or no steady "
                    + "state, so trial waits, detention and jail figures grow with the run's length (transient).\n"
                    + "  fix: give the courts a documented response to load, cut the trial load, or say TRANSIENT in "
                    + "the file's header; if the overload is intended (as in r1-overload.yaml), ignore this warning")
        }
    }

    /// A count in words: whole, grouped ("1,126"), with its sign if `signed`; "–" when unknown.
    static func count(_ value: Double, signed: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        let whole = Int(max(-1e15, min(1e15, value)).rounded())
        let sign = whole < 0 ? "−" : signed ? "+" : ""
        return sign + NumberFormat.grouped(abs(whole))
    }
}
