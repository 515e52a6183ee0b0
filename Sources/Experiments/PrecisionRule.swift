import PretrialModel
import SimKernel

/// The stopping rule of `--precision`: the headline figures' 95% CI half-width relative to
/// their mean.
public enum PrecisionRule {
    /// The headline figures the rule watches, overall, in every variant.
    public static let headline: [MetricID] = [.detainedPastFirstAppearanceShare, .pretrialDetentionDays, .jailPopulationAverage]

    /// The largest relative half-width among the headline figures of all variants (∞ with
    /// fewer than two replications).
    public static func widestRelativeHalfWidth(_ outcomes: [ReplicationOutcome], variants: Int) -> Double {
        var widest = 0.0
        for variant in 0..<variants {
            let mine = outcomes.filter { $0.variant == variant }
            for metric in headline {
                let estimate = Estimate(samples: mine.map { $0.metrics.overall(metric) }.filter(\.isFinite))
                guard estimate.count >= 2 else { return .infinity }
                guard estimate.mean != 0 else { continue }
                widest = max(widest, estimate.halfWidth / abs(estimate.mean))
            }
        }
        return widest
    }
}
