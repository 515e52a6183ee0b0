import PretrialModel
import SimKernel

/// A variant against the baseline on one figure: the paired difference and ratio across
/// replications, each with a 95% confidence interval.
///
/// Variants run the same replications with the same seeds, so replication *r* of the variant
/// and of the baseline meet the same people with the same luck (common random numbers); the
/// difference is taken replication by replication, which removes the noise the two share.
public struct PairedComparison: Sendable {
    /// The figure.
    public var metric: MetricID
    /// The breakdown cell.
    public var cell: BreakdownCell
    /// Variant minus baseline, paired by replication.
    public var difference: Estimate
    /// Variant ÷ baseline, as the ratio of the two means with a delta-method interval from
    /// the paired replications.
    public var ratio: Estimate
    /// The unpaired (Welch) interval of the difference, for comparison: what the interval
    /// would be without common random numbers.
    public var unpairedHalfWidth: Double

    /// Compares `variant` with `baseline` on `metric` in `cell`; `nil` when either has no
    /// values (a rate without a denominator).
    public init?(metric: MetricID, cell: BreakdownCell, variant: [ReplicationOutcome], baseline: [ReplicationOutcome]) {
        let pairs = Self.pairs(metric, cell, variant, baseline)
        guard pairs.count >= 2 else { return nil }
        self.metric = metric
        self.cell = cell
        difference = Estimate(samples: pairs.map { $0.variant - $0.baseline })
        let n = Double(pairs.count)
        let meanV = pairs.reduce(0) { $0 + $1.variant } / n
        let meanB = pairs.reduce(0) { $0 + $1.baseline } / n
        let ratioMean = meanB != 0 ? meanV / meanB : .nan
        // Delta method: the ratio of means R = V̄/B̄ has variance ≈ var(V − R·B) / (n B̄²),
        // using the paired residuals V_r − R·B_r.
        let residuals = pairs.map { $0.variant - ratioMean * $0.baseline }
        let spread = Estimate(samples: residuals)
        let halfWidth = meanB != 0 ? spread.halfWidth / abs(meanB) : .nan
        ratio = Estimate(mean: ratioMean, halfWidth: halfWidth, count: pairs.count)
        let v = Estimate(samples: pairs.map(\.variant)), b = Estimate(samples: pairs.map(\.baseline))
        unpairedHalfWidth = (v.halfWidth * v.halfWidth + b.halfWidth * b.halfWidth).squareRoot()
    }

    /// The (variant, baseline) values of the replications both have.
    static func pairs(
        _ metric: MetricID, _ cell: BreakdownCell, _ variant: [ReplicationOutcome],
        _ baseline: [ReplicationOutcome]
    ) -> [(variant: Double, baseline: Double)] {
        var byReplication: [Int: Double] = [:]
        for outcome in baseline {
            if let value = outcome.metrics.value(metric, cell).finite { byReplication[outcome.replication] = value }
        }
        return variant.compactMap { outcome in
            guard let value = outcome.metrics.value(metric, cell).finite, let base = byReplication[outcome.replication]
            else { return nil }
            return (value, base)
        }
    }
}

extension Double {
    /// The value, or `nil` when it is NaN or infinite.
    var finite: Double? { isFinite ? self : nil }
}
