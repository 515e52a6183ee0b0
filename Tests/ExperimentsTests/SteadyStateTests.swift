import Experiments
import Foundation
import Policies
import PretrialModel
import Scenarios
import SimKernel
import Testing

/// The steady-state flag: on for a court that cannot keep up, off for one that can, and said in
/// words where the figures are shown.
@Suite("Steady-state check: backlog growth and Little's law")
struct SteadyStateTests {
    @Test("R1 overload: the backlog grows, the run is flagged transient, and the note says by how much")
    func overloadIsFlagged() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-overload.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 3, arrestWindowDays: 91)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: nil)
        let check = try #require(evidence.steadyState[0])
        #expect(check.backlogGrows)
        #expect(!check.isSteady)
        #expect(check.backlogGrowthPerYear.lower > 1000, "\(check.backlogGrowthPerYear.mean)")
        #expect(check.countedDays == 91)
        let note = try #require(evidence.notes.first { $0.contains("trial backlog grew") })
        #expect(note.contains("transient") && note.contains("91 counted days"), "\(note)")
    }

    @Test("R1 with a long warm-up: courts keep up and Little's law holds, so nothing is flagged")
    func stableWithWarmUpIsSteady() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 4, arrestWindowDays: 400, warmUpDays: 200)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: nil)
        let check = try #require(evidence.steadyState[0])
        #expect(check.isSteady, "\(check.notes)")
        #expect(abs(check.littlesLawRatio.mean - 1) < SteadyStateCheck.littlesLawTolerance)
        #expect(evidence.notes.count == 2, "only the notes on what the figures and intervals are: \(evidence.notes)")
        #expect(evidence.notes[0].hasPrefix("Illustrative:"))
        #expect(evidence.notes[1].contains("simulation (Monte Carlo) error"))
    }

    @Test("R1 started empty with no warm-up: the jail is still filling, and Little's law says so")
    func noWarmUpFailsLittlesLaw() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 3, arrestWindowDays: 120, warmUpDays: 0)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: nil)
        let check = try #require(evidence.steadyState[0])
        #expect(check.littlesLawFails, "ratio \(check.littlesLawRatio.mean)")
        #expect(check.littlesLawRatio.upper < 1)
        #expect(evidence.notes.contains { $0.contains("Little's law") && $0.contains("warm_up_days") })
    }
}

/// The steady-state check reads each court tier's backlog (`courts.tiers`).
@Suite("Steady-state check by court tier")
struct TierSteadyStateTests {
    @Test("an overloaded higher court is flagged by name")
    func overloadedHigherCourtIsFlagged() async throws {
        let url = ShippedScenario.root.appendingPathComponent("scenarios/r1-benchmark.yaml")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: "  courtrooms: 12\n  trial_duration: {gamma: {shape: 2, scale: 0.1}}\n",
            with: """
                  tiers:
                    - name: lower
                      classes: [any]
                      courtrooms: 12
                      trial_duration: {gamma: {shape: 2, scale: 0.1}}
                      sent_up: {any: {share: 1, delay: 5}}
                    - {name: higher, classes: [], courtrooms: 1, trial_duration: {gamma: {shape: 2, scale: 0.1}}}

                """)
        #expect(text.contains("tiers:"))
        let scenario = try ScenarioLoader.load(
            text: text, fileName: "tiers.yaml", registry: BuiltInPolicies.registry(), force: false)
        let plan = ShippedScenario.plan(scenario, replications: 3, arrestWindowDays: 91)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: nil)
        let check = try #require(evidence.steadyState[0])
        #expect(check.backlogGrows)
        #expect(check.tiersGrowing == ["higher court"])
        #expect(evidence.notes.contains { $0.contains("grew in the higher court") })
    }
}
