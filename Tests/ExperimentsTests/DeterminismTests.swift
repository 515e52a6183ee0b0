import Experiments
import Policies
import PretrialModel
import Testing

@Suite("Replications: determinism and common random numbers")
struct DeterminismTests {
    @Test("results for a seed are identical with 1 and 2 jobs")
    func jobsDoNotMatter() async throws {
        let scenario = try ShippedScenario.load("scenarios/reforms/detained-first-scheduling.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 3, arrestWindowDays: 40, warmUpDays: 10)
        let one = try await ReplicationRunner.run(plan, jobs: 1) { _ in }
        let two = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        #expect(one.count == 9)
        #expect(one.map(\.metrics.bits) == two.map(\.metrics.bits))
    }

    @Test("two variants that differ only in a policy that never fires give identical results")
    func commonRandomNumbers() async throws {
        let scenario = try ShippedScenario.load("scenarios/us-county-baseline.yaml")
        let registry = BuiltInPolicies.registry()
        var never = scenario.baseline.configuration
        // A custody limit of 10,000 days never expires in a 60-day run, but the policy is
        // consulted at every booking.
        let limit = try registry.module(named: "speedy-trial-limit")!
            .instantiate(["limit_days": .number(10_000)], population: never.population.info)
        never.policies = never.policies.replacing(with: limit)
        var base = scenario.baseline.configuration
        base.arrestWindowDays = 60
        base.warmUpDays = 10
        never.arrestWindowDays = 60
        never.warmUpDays = 10
        let plan = ReplicationPlan(
            variants: [
                .init(name: "baseline", description: "", configuration: base),
                .init(name: "never-fires", description: "", configuration: never),
            ],
            replications: 2, seed: 99)
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        for replication in 0..<2 {
            let pair = outcomes.filter { $0.replication == replication }
            #expect(pair[0].metrics.bits == pair[1].metrics.bits)
        }
    }
}

extension ReplicationMetrics {
    /// Every figure as raw bits (NaN equals NaN), ordered by metric.
    var bits: [[UInt64]] {
        MetricID.allCases.map { (values[$0] ?? []).map(\.bitPattern) }
    }
}
