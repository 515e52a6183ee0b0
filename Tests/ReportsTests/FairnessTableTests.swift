import Experiments
import PretrialModel
import Reports
import Testing

/// The risk instrument's tables: shown when a variant scored anyone, with only the figures some
/// variant has; absent from runs without an instrument.
@Suite("Fairness tables")
struct FairnessTableTests {
    /// `SampleEvidence.standard` with the risk figures NaN except those `kept`.
    static func evidence(keeping kept: Set<MetricID>) -> Evidence {
        let outcomes = (0..<2).flatMap { variant in
            (0..<4).map { replication in
                var outcome = SampleEvidence.outcome(variant: variant, replication: replication)
                for metric in MetricID.allCases where metric.rawValue.hasPrefix("risk_") && !kept.contains(metric) {
                    outcome.metrics.values[metric] = SampleEvidence.cells.map { _ in .nan }
                }
                return outcome
            }
        }
        return Evidence(variants: [("baseline", ""), ("first", "")], outcomes: outcomes, referenceGroup: "A")
    }

    @Test("without an instrument there is no risk table")
    func absentWithoutInstrument() {
        let titles = EvidenceTables.make(Self.evidence(keeping: [])).map(\.title)
        #expect(!titles.contains { $0.hasPrefix("Risk instrument") }, "\(titles)")
    }

    @Test("with an instrument, the figures some variant has, overall and by group")
    func shownWithInstrument() throws {
        let kept: Set<MetricID> = [.riskFlaggedShare, .riskFalsePositiveRateTrue, .riskOutcomeRateDecile3True]
        let tables = EvidenceTables.make(Self.evidence(keeping: kept))
        let rates = try #require(tables.first { $0.title.hasPrefix("Risk instrument: error rates") })
        let labels = rates.rows.filter { $0.depth == 0 }.map(\.label)
        #expect(labels == [MetricID.riskFlaggedShare.label, MetricID.riskFalsePositiveRateTrue.label])
        #expect(rates.rows.count == 2 * 3, "each figure overall, then groups A and B")
        let calibration = try #require(tables.first { $0.title.hasPrefix("Risk instrument: outcome rate by score") })
        #expect(calibration.rows.filter { $0.depth == 0 }.map(\.label) == [MetricID.riskOutcomeRateDecile3True.label])
    }
}
