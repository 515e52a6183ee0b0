import CGSL
import Experiments
import Foundation
import PretrialModel
import SimKernel
import Testing

@Suite("Shipped R1 scenarios against R1.md's analytic values")
struct R1ScenarioTests {
    /// P(detained past the hearing | group) = 0.7 × P(LN(ln m, 1) < LN(ln 2000, 0.8)).
    static func expectedDetainedShare(medianAbility: Double) -> Double {
        0.7 * gsl_cdf_ugaussian_P((log(2000) - log(medianAbility)) / (1 + 0.64).squareRoot())
    }

    @Test("r1-benchmark.yaml: shares detained past the hearing lie within the 95% CIs over 100 replications")
    func stableShares() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        // A 60-day arrest window keeps the debug build fast; the shares do not depend on it.
        let plan = ShippedScenario.plan(scenario, replications: 100, arrestWindowDays: 60)
        let evidence = await ShippedScenario.evidence(plan, referenceGroup: "A")
        let summary = evidence.summaries[0]
        let a = try #require(summary.estimate(.detainedPastFirstAppearanceShare, .group("A")))
        let b = try #require(summary.estimate(.detainedPastFirstAppearanceShare, .group("B")))
        #expect(a.count == 100)
        #expect(a.covers(Self.expectedDetainedShare(medianAbility: 1500)), "A: \(a.mean) ± \(a.halfWidth)")
        #expect(b.covers(Self.expectedDetainedShare(medianAbility: 800)), "B: \(b.mean) ± \(b.halfWidth)")
        // P(trial) from the acceptance rates: detained accept 0.6, released 0.4.
        let detained = try #require(summary.estimate(.detainedPastFirstAppearanceShare)).mean
        let tried = try #require(summary.estimate(.casesTried)).mean / (try #require(summary.estimate(.arrests)).mean)
        #expect(abs(tried - (detained * 0.4 + (1 - detained) * 0.6)) < 0.01)
    }

    @Test("r1-overload.yaml: the backlog grows and the run still drains every case")
    func overload() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-overload.yaml")
        #expect(!scenario.baseline.warnings.isEmpty, "the unstable queue must be flagged")
        let plan = ShippedScenario.plan(scenario, replications: 2, arrestWindowDays: 60)
        let outcomes = await ReplicationRunner.run(plan, jobs: 2) { _ in }
        for outcome in outcomes {
            #expect(outcome.metrics.overall(.openCasesAtEnd) == 0)
            #expect(outcome.metrics.overall(.trialBacklogAtWindowEnd) > 1000)
            #expect(outcome.metrics.endTime > 200)
        }
    }
}
