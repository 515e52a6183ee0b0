import PretrialModel
import SimKernel

/// The stopping rule of `--precision`: the headline figures' 95% CI half-width relative to
/// their mean.
public enum PrecisionRule {
    /// The figures the rule watches, overall, in every variant: those the catalog marks
    /// ``MetricRoles/precision``.
    public static var watched: [MetricID] { MetricID.withRole(.precision) }

    /// The largest relative half-width among the watched figures of all variants (∞ with
    /// fewer than two replications).
    public static func widestRelativeHalfWidth(_ outcomes: [ReplicationOutcome], variants: Int) -> Double {
        var widest = 0.0
        for variant in 0..<variants {
            let mine = outcomes.filter { $0.variant == variant }
            for metric in watched {
                let estimate = Estimate(samples: mine.map { $0.metrics.overall(metric) }.filter(\.isFinite))
                guard estimate.count >= 2 else { return .infinity }
                guard estimate.mean != 0 else { continue }
                widest = max(widest, estimate.halfWidth / abs(estimate.mean))
            }
        }
        return widest
    }
}
