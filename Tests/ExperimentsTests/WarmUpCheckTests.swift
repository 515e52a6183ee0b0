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

    @Test("a policy change inside the window ends the search: a reform is not taken for the warm-up")
    func policyChangeEndsTheSearch() async throws {
        let runs = try await outcomes(warmUpDays: 0)
        let whole = try #require(WarmUpCheck(variant: "baseline", outcomes: runs))
        let before = try #require(WarmUpCheck(variant: "baseline", outcomes: runs, policyChangeDay: 100))
        // MSER searches the first half of what it is given: here the 100 days before the change.
        #expect(before.truncationDays.allSatisfy { $0 <= 50 }, "\(before.truncationDays)")
        #expect(before.note.contains("before the policy changes on day 100"), "\(before.note)")
        #expect(!whole.note.contains("policy changes"))
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

/// The warm-up check on the US county baseline started empty (the case: its jail fills
/// for well over a year, as violent felonies are held for months).
@Suite("Warm-up check: the county baseline started empty")
struct CountyWarmUpCheckTests {
    @Test("MSER-5 puts the transient's end after the shipped warm-up, so warm_up_days is too short")
    func countyBaseline() async throws {
        let scenario = try ShippedScenario.load("scenarios/us-county-baseline.yaml")
        var plan = ShippedScenario.plan(scenario, replications: 2, arrestWindowDays: 1825)
        plan.variants = [plan.variants[0]]
        plan.variants[0].configuration.keepsDailySeries = true
        plan.variants[0].configuration.maximumDays = 1825
        let shipped = plan.variants[0].configuration.warmUpDays
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        let check = try #require(WarmUpCheck(variant: "baseline", outcomes: outcomes))
        #expect(check.truncationDays.count == 2)
        #expect(check.unsettled == 0, "\(check.truncationDays)")
        #expect(check.medianDay > shipped, "\(check.truncationDays) against \(shipped)")
        #expect(check.isTooShort)
        // Past the truncation the population is level: the mean of the second half of the kept
        // days is within 2% of the first half's.
        for outcome in outcomes {
            let population = try #require(outcome.metrics.series?.values(.pretrialPopulation))
            let day = Int(try #require(check.truncationDays.first))
            let kept = Array(population[day..<1825])
            let half = kept.count / 2
            let first = kept[..<half].reduce(0, +) / Double(half)
            let second = kept[half...].reduce(0, +) / Double(kept.count - half)
            #expect(abs(second - first) < 0.02 * first, "\(first) then \(second)")
        }
    }
}
