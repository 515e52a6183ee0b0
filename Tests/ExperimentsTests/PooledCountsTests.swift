import Experiments
import PretrialModel
import Testing

/// A variant's summary keeps each rate's counts, summed over replications, so the rate can be
/// pooled (every plea offer counted once) as well as averaged replication by replication.
@Suite("Pooled counts of rates in a variant's summary")
struct PooledCountsTests {
    @Test("numerator and denominator totals are the replications' sums, and their quotient is the pooled rate")
    func totalsAreSums() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 3, arrestWindowDays: 60)
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        let summary = VariantSummary(name: "baseline", description: "", outcomes: outcomes)
        for cell in [BreakdownCell.overall, .group("A"), .incomeQuintile(1)] {
            let pooled = try #require(summary.pooledCounts(.guiltyPleaShareDetained, cell))
            #expect(
                pooled.numerator == outcomes.map { $0.metrics.numerator(.guiltyPleaShareDetained, cell) }.reduce(0, +))
            #expect(
                pooled.denominator
                    == outcomes.map { $0.metrics.denominator(.guiltyPleaShareDetained, cell) }.reduce(0, +))
            #expect(pooled.denominator > 100)
            // Each replication's rate is its own numerator over its denominator.
            for outcome in outcomes {
                let m = outcome.metrics
                #expect(
                    m.value(.guiltyPleaShareDetained, cell)
                        == m.numerator(.guiltyPleaShareDetained, cell) / m.denominator(.guiltyPleaShareDetained, cell))
            }
            let mean = try #require(summary.estimate(.guiltyPleaShareDetained, cell)).mean
            #expect(abs(pooled.numerator / pooled.denominator - mean) < 0.01)
        }
        #expect(summary.pooledCounts(.arrests) == nil, "a count has no numerator and denominator")
    }
}
