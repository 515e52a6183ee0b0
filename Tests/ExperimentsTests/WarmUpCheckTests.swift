import Experiments
import PretrialModel
import Testing

/// The MSER-5 warm-up diagnostic on runs started empty.
@Suite("Warm-up check: MSER-5 on the daily pre-trial population")
struct WarmUpCheckTests {
    /// R1's replications with their daily series, for a warm-up of `warmUpDays`.
    private func outcomes(warmUpDays: Double, replications: Int = 4) async throws -> [ReplicationOutcome] {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        var plan = ShippedScenario.plan(
            scenario, replications: replications, arrestWindowDays: 500, warmUpDays: warmUpDays)
        for index in plan.variants.indices { plan.variants[index].configuration.keepsDailySeries = true }
        return try await ReplicationRunner.run(plan, jobs: 2) { _ in }
    }

    @Test("R1 started empty: the transient's end is found after day 0, and no warm-up is too short")
    func emptyStartIsFound() async throws {
        let check = try #require(WarmUpCheck(variant: "baseline", outcomes: try await outcomes(warmUpDays: 0)))
        #expect(check.truncationDays.count == 4)
        #expect(check.unsettled == 0)
        #expect(check.medianDay >= 10 && check.medianDay <= 250, "\(check.truncationDays)")
        #expect(check.isTooShort)
        #expect(check.note.contains("warm_up_days 0 is too short"), "\(check.note)")
    }

    @Test("the same run with a warm-up past the transient is long enough; the truncation does not move")
    func longWarmUpIsEnough() async throws {
        let short = try #require(WarmUpCheck(variant: "baseline", outcomes: try await outcomes(warmUpDays: 0)))
        let long = try #require(WarmUpCheck(variant: "baseline", outcomes: try await outcomes(warmUpDays: 250)))
        // The warm-up decides only what is counted: the same people, the same jail.
        #expect(long.truncationDays == short.truncationDays)
        #expect(!long.isTooShort)
        #expect(long.note.contains("warm_up_days 250 is long enough"), "\(long.note)")
    }

    @Test("the check is in the evidence's notes, and absent without a series")
    func inTheNotes() async throws {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 2, arrestWindowDays: 200, warmUpDays: 0)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: nil)
        #expect(evidence.warmUp.allSatisfy { $0 == nil })
        #expect(!evidence.notes.contains { $0.hasPrefix("Warm-up") })
        let withSeries = Evidence(plan: plan, outcomes: try await outcomes(warmUpDays: 0), referenceGroup: nil)
        #expect(withSeries.notes.contains { $0.hasPrefix("Warm-up (baseline): MSER-5") })
    }
}
