import PolicyKit

/// A release policy judged against a different risk threshold for each group: the scenario's
/// own policy remade at each group's threshold (``RiskThresholdAdjustable``), the one for the
/// defendant's group deciding. Used by `pretrial experiment thresholds --group-threshold`.
public struct GroupThresholdRelease: ReleasePolicy {
    /// The policy for each group, by group index.
    public let byGroup: [any ReleasePolicy]
    /// The threshold of each group, by group index.
    public let thresholds: [Double]

    /// Remakes `base` at each of `thresholds` (one per group, by group index).
    public init(_ base: any RiskThresholdAdjustable, thresholds: [Double]) {
        byGroup = thresholds.map { base.replacingRiskThreshold($0) }
        self.thresholds = thresholds
    }

    /// The decision of the policy made for the defendant's group.
    public func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        byGroup[defendant.group].decide(defendant, random: random)
    }
}
