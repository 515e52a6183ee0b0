import CGSL
import Experiments
import Foundation
import PretrialModel
import SimKernel
import Testing

@Suite("Confidence intervals of the experiment layer")
struct CoverageTests {
    @Test("the 95% CI of a known quantity covers it in about 95% of 200 repetitions")
    func coverage() async throws {
        // R1's share detained past the hearing in group A is known exactly (docs/R1.md).
        let truth = 0.7 * gsl_cdf_ugaussian_P((log(2000) - log(1500)) / (1.64).squareRoot())
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        var plan = ShippedScenario.plan(scenario, replications: 1000, arrestWindowDays: 3)
        plan.seed = 17
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        let samples = outcomes.map { $0.metrics.value(.detainedPastFirstAppearanceShare, .group("A")) }
        // 200 repetitions of a 5-replication experiment, each with its own t interval.
        var covered = 0
        for repetition in 0..<200 {
            let estimate = Estimate(samples: Array(samples[(repetition * 5)..<(repetition * 5 + 5)]))
            if estimate.covers(truth) { covered += 1 }
        }
        // Binomial(200, 0.95): 99.9% of outcomes lie in [180, 198].
        #expect((180...198).contains(covered), "covered \(covered) of 200")
    }
}
