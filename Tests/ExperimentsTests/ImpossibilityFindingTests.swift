import Experiments
import PretrialModel
import SimKernel
import Testing

/// The impossibility finding read on figures made up to have known gaps: Black's base rate, false
/// positive and false negative rates differ from white's while its calibration and positive
/// predictive value do not; Hispanic_and_other equals white in everything.
@Suite("Impossibility finding on known figures")
struct ImpossibilityFindingTests {
    static let cells: [BreakdownCell] = [.overall, .group("Black"), .group("white"), .group("Hispanic_and_other")]

    /// One replication's figures at one point: `black` and `white` (Hispanic_and_other as white),
    /// plus `noise` in every cell, so that the intervals are finite.
    static func metrics(flagged: Double, noise: Double, _ figures: [MetricID: (black: Double, white: Double)])
        -> ReplicationMetrics
    {
        var values: [MetricID: [Double]] = [.riskFlaggedShare: Array(repeating: flagged, count: cells.count)]
        for (metric, pair) in figures {
            values[metric] = [pair.white, pair.black + noise, pair.white + noise / 2, pair.white + noise / 2]
        }
        return ReplicationMetrics(cells: cells, values: values, modelEvents: 0, endTime: 0)
    }

    static func result() throws -> ThresholdSweepResult {
        let scenario = try ShippedScenario.load("scenarios/reforms/risk-tools-compared.yaml")
        let configuration = try #require(scenario.variant(named: "risk-assessment")).configuration
        let sweep = ThresholdSweep(grid: try ThresholdGrid(list: [0.3, 0.6]))
        let plan = ReplicationPlan(
            variants: try sweep.variants(of: configuration, variant: "risk-assessment"), replications: 3, seed: 1)
        var outcomes: [ReplicationOutcome] = []
        for (point, flagged) in [0.6, 0.3].enumerated() {
            for replication in 0..<3 {
                let noise = 0.002 * Double(replication)
                let shift = Double(point) * 0.1
                let figures: [MetricID: (black: Double, white: Double)] = [
                    .riskOutcomeRateTrue: (0.5, 0.35),
                    .riskPositivePredictiveValueTrue: (0.6 + shift, 0.6 + shift),
                    .riskFalsePositiveRateTrue: (0.4 - shift, 0.25 - shift),
                    .riskFalseNegativeRateTrue: (0.2 + shift, 0.3 + shift),
                    .riskOutcomeRateDecile5True: (0.5, 0.5),
                ]
                outcomes.append(
                    ReplicationOutcome(
                        variant: point, replication: replication,
                        metrics: metrics(flagged: flagged, noise: noise, figures), wallSeconds: 0))
            }
        }
        return ThresholdSweepResult(
            sweep: sweep, variant: "risk-assessment", configuration: configuration, plan: plan, outcomes: outcomes,
            referenceGroup: "white")
    }

    @Test("unequal base rates: calibrated and equal PPV at every threshold, error rates unequal at every one")
    func black() throws {
        let finding = try Self.result().finding
        #expect(finding.comparisons.map(\.group) == ["Black", "Hispanic_and_other"])
        let black = try #require(finding.comparisons.first)
        #expect(black.unequalBaseRates)
        #expect(black.points.allSatisfy { $0.calibrated && $0.predictiveParity && !$0.equalErrorRates })
        let gap = try #require(black.points[0].falsePositiveRate).gap
        #expect(abs(gap.mean - 0.151) < 1e-9 && gap.lower > 0)
        let sentences = finding.sentences
        #expect(sentences.contains { $0.contains("gap +0.151") && $0.contains("unequal beyond simulation error") })
        #expect(
            sentences.contains { $0.hasPrefix("Where calibration holds") && $0.contains("at every such threshold") })
        #expect(
            sentences.contains(
                "At no threshold that flags some but not all do calibration (or equal PPV) and "
                    + "equal FPR and FNR hold together within simulation error for Black against white."))
    }

    @Test("equal base rates: the finding says the result need not bind, and that everything holds within error")
    func equalGroups() throws {
        let finding = try Self.result().finding
        let other = try #require(finding.comparisons.last)
        #expect(!other.unequalBaseRates)
        #expect(other.points.allSatisfy { $0.calibrated && $0.predictiveParity && $0.equalErrorRates })
        let sentences = finding.sentences
        #expect(sentences.contains { $0.contains("need not bind for Hispanic_and_other against white") })
        #expect(sentences.contains { $0.hasPrefix("At t=0.3 and t=0.6 calibration") && $0.contains("exact equality") })
    }

    @Test("without fairness figures there is no finding")
    func none() throws {
        var result = try Self.result()
        for index in result.points.indices {
            result.points[index].outcomes = []
            result.points[index].summary = VariantSummary(name: "empty", description: "", outcomes: [])
        }
        #expect(!result.hasFairnessFigures)
        #expect(result.finding.comparisons.isEmpty && result.finding.sentences.isEmpty)
    }
}
