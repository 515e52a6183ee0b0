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

    /// P(detained past the hearing | income quintile `k`) = 0.7 × P(bail > ability | ability
    /// in the quintile): the groups' lognormal densities times the lognormal tail of bail,
    /// integrated over the quintile by Simpson's rule in log dollars, over its share 0.2.
    static func expectedDetainedShare(quintile k: Int, bounds: [Double]) -> Double {
        let groups: [(share: Double, mu: Double)] = [(0.6, log(1500)), (0.4, log(800))]
        let lower = k == 0 ? log(800) - 12 : log(bounds[k - 1])
        let upper = k == 4 ? log(1500) + 12 : log(bounds[k])
        func integrand(_ y: Double) -> Double {
            let bailAbove = gsl_cdf_ugaussian_Q((y - log(2000)) / 0.8)
            return groups.reduce(0) { $0 + $1.share * gsl_ran_ugaussian_pdf(y - $1.mu) } * bailAbove
        }
        let steps = 4_000
        let h = (upper - lower) / Double(steps)
        var sum = integrand(lower) + integrand(upper)
        for i in 1..<steps { sum += (i % 2 == 1 ? 4 : 2) * integrand(lower + Double(i) * h) }
        return 0.7 * sum * h / 3 / 0.2
    }

    @Test("r1-benchmark.yaml: shares detained past the hearing lie within the 95% CIs over 100 replications")
    func stableShares() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        // R1 as docs/R1.md defines it: a year of arrests, 100 replications of the file's seed.
        let plan = ShippedScenario.plan(scenario, replications: 100)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: "A")
        let summary = evidence.summaries[0]
        let a = try #require(summary.estimate(.detainedPastFirstAppearanceShare, .group("A")))
        let b = try #require(summary.estimate(.detainedPastFirstAppearanceShare, .group("B")))
        #expect(a.count == 100)
        #expect(a.covers(Self.expectedDetainedShare(medianAbility: 1500)), "A: \(a.mean) ± \(a.halfWidth)")
        #expect(b.covers(Self.expectedDetainedShare(medianAbility: 800)), "B: \(b.mean) ± \(b.halfWidth)")
        // By income quintile: five intervals at once, simultaneous at 99.5% (Bonferroni, each
        // at 99.9%), so that chance fails the five together once in 200 seeds while a bias
        // of one percentage point (about five standard errors here) still fails for certain.
        let bounds = IncomeQuintiles(scenario.baseline.configuration.population).upperBounds
        let widening = gsl_cdf_tdist_Pinv(0.9995, 99) / gsl_cdf_tdist_Pinv(0.975, 99)
        var expectedShares: [Double] = []
        for k in 0..<5 {
            let estimate = try #require(summary.estimate(.detainedPastFirstAppearanceShare, .incomeQuintile(k + 1)))
            let expected = Self.expectedDetainedShare(quintile: k, bounds: bounds)
            expectedShares.append(expected)
            #expect(
                abs(estimate.mean - expected) <= estimate.halfWidth * widening,
                "quintile \(k + 1): \(estimate.mean) ± \(estimate.halfWidth) vs \(expected)")
        }
        // The quintiles' shares average to the overall share (each holds a fifth).
        let overall =
            0.6 * Self.expectedDetainedShare(medianAbility: 1500) + 0.4 * Self.expectedDetainedShare(medianAbility: 800)
        #expect(abs(expectedShares.reduce(0, +) / 5 - overall) < 1e-6, "\(expectedShares) vs \(overall)")
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
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        for outcome in outcomes {
            #expect(outcome.metrics.overall(.openCasesAtEnd) == 0)
            #expect(outcome.metrics.overall(.trialBacklogAtWindowEnd) > 1000)
            #expect(outcome.metrics.endTime > 200)
        }
    }
}
