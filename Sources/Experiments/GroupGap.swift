import PretrialModel
import SimKernel

/// One group's figure against the reference group's at one point of a threshold sweep: the
/// difference group − reference, taken replication by replication (both groups live in the same
/// replications, so the difference is paired), with its 95% interval over replications.
public struct GroupGap: Sendable, Equatable {
    /// The figure.
    public var metric: MetricID
    /// The group.
    public var group: String
    /// The group it is compared with.
    public var reference: String
    /// Group − reference, paired by replication.
    public var gap: Estimate

    /// The gap of `metric` between `group` and `reference` over `outcomes` (one variant's
    /// replications); `nil` when fewer than two replications have the figure for both groups.
    public init?(metric: MetricID, group: String, reference: String, outcomes: [ReplicationOutcome]) {
        let differences = outcomes.compactMap { outcome -> Double? in
            let a = outcome.metrics.value(metric, .group(group)), b = outcome.metrics.value(metric, .group(reference))
            return a.isFinite && b.isFinite ? a - b : nil
        }
        guard differences.count >= 2 else { return nil }
        self.metric = metric
        self.group = group
        self.reference = reference
        gap = Estimate(samples: differences)
    }

    /// Whether the gap's 95% interval includes zero: the two groups' figures cannot be told apart
    /// from simulation error alone (they may still differ by less than the interval's half-width).
    public var withinSimulationError: Bool {
        gap.mean == 0 || (gap.halfWidth.isFinite && gap.covers(0))
    }
}
