import Experiments
import PretrialModel
import SimKernel

/// A small run made by hand: three variants (baseline, first, second) of four replications,
/// two groups (A, the reference, and B), two charge classes and five income quintiles.
enum SampleEvidence {
    static let cells: [BreakdownCell] =
        [
            .overall, .group("A"), .group("B"), .chargeClass("felony"),
            .chargeClass("misdemeanor"),
        ] + (1...5).map { .incomeQuintile($0) }

    /// Replication `replication` of `variant`: every value is `variant * 10 + cell + replication / 10`,
    /// except that variant 1 has no failure-to-appear rate for group A (nobody released). Every
    /// rate rests on 100 cases a cell, but for `smallMetric`, which rests on 5.
    static func outcome(variant: Int, replication: Int, smallMetric: MetricID? = nil) -> ReplicationOutcome {
        var values: [MetricID: [Double]] = [:]
        var numerators: [MetricID: [Double]] = [:]
        var denominators: [MetricID: [Double]] = [:]
        for metric in MetricID.allCases {
            values[metric] = cells.indices.map { cell in
                if variant == 1 && metric == .failureToAppearRate && cell == 1 { return .nan }
                return Double(variant * 10 + cell) + Double(replication) / 10
            }
            guard metric.definition.formula.parts != nil else { continue }
            let base = metric == smallMetric ? 5.0 : 100.0
            denominators[metric] = cells.map { _ in base }
            numerators[metric] = zip(values[metric] ?? [], denominators[metric] ?? []).map { $0 * $1 }
        }
        let metrics = ReplicationMetrics(
            cells: cells, values: values, numerators: numerators, denominators: denominators,
            modelEvents: 100, endTime: 365)
        return ReplicationOutcome(variant: variant, replication: replication, metrics: metrics, wallSeconds: 0.1)
    }

    /// The evidence of the three variants; `smallMetric`'s rate rests on few cases.
    static func evidence(smallMetric: MetricID? = nil) -> Evidence {
        Evidence(
            variants: [("baseline", ""), ("first", ""), ("second", "")],
            outcomes: (0..<3).flatMap { variant in
                (0..<4).map { outcome(variant: variant, replication: $0, smallMetric: smallMetric) }
            },
            referenceGroup: "A")
    }

    static let standard = evidence()
}
