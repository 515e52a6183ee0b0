import Experiments
import PretrialModel
import Testing

/// The shipped county baseline against the published figures its case processing is
/// calibrated to (sources in the file's header): time from arrest to disposition of felony
/// cases (FDLUC 2004, table 18: median 74 days for non-violent felonies weighted by defendants,
/// 130 for violent ones), rearrest before disposition of released felony defendants (Reaves
/// 2013: 16%), and the split of outcomes (Reaves: about two thirds convicted, a quarter
/// dismissed). Each within ±25% of its target, on a shortened run (two replications).
@Suite("US county baseline: time to disposition, rearrest and outcomes as published")
struct CountyOutcomeTargetTests {
    static func runs() throws -> [ReplicationMetrics] {
        var configuration = try ShippedScenario.load("scenarios/us-county-baseline.yaml").baseline.configuration
        configuration.arrestWindowDays = 700
        configuration.warmUpDays = 300
        return try (0..<2).map { try PretrialSimulation.run(configuration, seed: 2026, replication: $0) }
    }

    /// The pooled rate of `metric` over `runs` in `cells`: summed numerators over summed
    /// denominators.
    static func pooled(_ runs: [ReplicationMetrics], _ metric: MetricID, _ cells: [BreakdownCell]) -> Double {
        var numerator = 0.0
        var denominator = 0.0
        for run in runs {
            for cell in cells {
                numerator += run.numerator(metric, cell)
                denominator += run.denominator(metric, cell)
            }
        }
        return numerator / denominator
    }

    static let felonies: [BreakdownCell] = [.chargeClass("nonviolent_felony"), .chargeClass("violent_felony")]

    @Test("median days to disposition: non-violent felonies near 74, violent near 130, misdemeanours faster")
    func timeToDisposition() throws {
        let runs = try Self.runs()
        func median(_ name: String) -> Double {
            runs.map { $0.value(.timeToDispositionDaysMedian, .chargeClass(name)) }.reduce(0, +) / Double(runs.count)
        }
        let nonviolent = median("nonviolent_felony")
        let violent = median("violent_felony")
        #expect(abs(nonviolent / 74 - 1) <= 0.25, "non-violent felonies: median \(nonviolent) days")
        #expect(abs(violent / 130 - 1) <= 0.25, "violent felonies: median \(violent) days")
        #expect(median("misdemeanor") < nonviolent && nonviolent < violent)
        // Rearrest before disposition of released felony defendants (per released case).
        let rearrest = Self.pooled(runs, .newArrestRate, Self.felonies)
        #expect(abs(rearrest / 0.16 - 1) <= 0.25, "rearrest of released felony defendants \(rearrest)")
        // Outcomes of felony cases.
        let convicted = Self.pooled(runs, .convictionShare, Self.felonies)
        let dismissed = Self.pooled(runs, .dismissalShare, Self.felonies)
        #expect(abs(convicted / (2.0 / 3) - 1) <= 0.25, "felony conviction share \(convicted)")
        #expect(abs(dismissed / 0.25 - 1) <= 0.25, "felony dismissal share \(dismissed)")
        #expect(Self.pooled(runs, .diversionShare, Self.felonies) > 0)
    }
}
