import PretrialModel
import SimKernel

/// How a group fares against the reference group on one rate, within one variant: the ratio
/// and difference of the rates, each with a 95% confidence interval across replications.
public struct Disparity: Sendable {
    /// The rate compared.
    public var metric: MetricID
    /// The group.
    public var group: String
    /// The reference group.
    public var reference: String
    /// Group rate ÷ reference rate (replication by replication).
    public var ratio: Estimate
    /// Group rate − reference rate.
    public var difference: Estimate
    /// Whether the group's or the reference's counts behind the rate are too small to trust
    /// (fewer than ``smallNumberThreshold`` people a replication on average).
    public var smallNumbers: Bool

    /// Cells with fewer people than this a replication get a small-numbers warning.
    public static let smallNumberThreshold = 30.0

    /// The rates compared between groups by default.
    public static let rates: [MetricID] = [
        .detainedPastFirstAppearanceShare, .detainedPast3DaysShare, .moneyBailShare, .bailUnaffordableShare,
        .pretrialDetentionDays, .guiltyPleaShareDetained, .convictionShare,
    ]

    /// Compares `group` with `reference` on `metric` over the outcomes of one variant; `nil`
    /// when there are fewer than two replications with both rates.
    public init?(metric: MetricID, group: String, reference: String, outcomes: [ReplicationOutcome]) {
        var ratios: [Double] = [], differences: [Double] = [], sizes: [Double] = []
        for outcome in outcomes {
            let g = outcome.metrics.value(metric, .group(group)), r = outcome.metrics.value(metric, .group(reference))
            guard g.isFinite, r.isFinite else { continue }
            differences.append(g - r)
            if r != 0 { ratios.append(g / r) }
            sizes.append(min(outcome.metrics.value(.arrests, .group(group)), outcome.metrics.value(.arrests, .group(reference))))
        }
        guard differences.count >= 2 else { return nil }
        self.metric = metric
        self.group = group
        self.reference = reference
        ratio = Estimate(samples: ratios)
        difference = Estimate(samples: differences)
        smallNumbers = sizes.reduce(0, +) / Double(sizes.count) < Self.smallNumberThreshold
    }
}
