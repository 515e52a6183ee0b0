import PolicyKit
import PretrialModel

/// `pretrial experiment thresholds`: one variant of a scenario run at each threshold of a grid,
/// every threshold with the same seed (common random numbers), so that the same people meet
/// every threshold with the same luck and the differences between thresholds are the
/// threshold's alone.
///
/// At each threshold the sweep changes the threshold in both places that read it: where the
/// release policy decides (a policy that adopts ``RiskThresholdAdjustable``, such as
/// `risk-assessment-release`, is remade at the threshold; any other release policy is run as it
/// is, so detention does not move) and where the fairness figures tell flagged from not flagged.
/// Groups given a ``GroupThreshold`` are judged against their own fixed threshold at every point.
public struct ThresholdSweep: Sendable, Equatable {
    /// The thresholds, increasing.
    public var grid: ThresholdGrid
    /// The groups whose threshold is held fixed.
    public var groupThresholds: [GroupThreshold]

    /// Creates a sweep.
    public init(grid: ThresholdGrid, groupThresholds: [GroupThreshold] = []) {
        self.grid = grid
        self.groupThresholds = groupThresholds
    }

    /// Whether the release policy of `configuration` decides by a threshold the sweep can move.
    public static func releaseMoves(_ configuration: ModelConfiguration) -> Bool {
        configuration.policies.release is any RiskThresholdAdjustable
    }

    /// Each group's threshold (by group index, in `groups`' order) at the sweep's `threshold`.
    public func thresholds(at threshold: Double, groups: [String]) -> [Double] {
        groups.map { group in groupThresholds.first { $0.group == group }?.threshold ?? threshold }
    }

    /// The name of the point at `threshold` in tables, JSON and CSV ("t=0.5").
    public static func name(_ threshold: Double) -> String { "t=\(threshold)" }

    /// One variant per threshold, made from `configuration` (the scenario's variant `variant`).
    /// - Throws: ``ThresholdSweepError`` when the variant has no risk instrument, or a group
    ///   threshold names a group the scenario lacks or names one twice.
    public func variants(of configuration: ModelConfiguration, variant: String) throws(ThresholdSweepError)
        -> [ReplicationPlan.Variant]
    {
        guard configuration.policies.risk != nil else { throw .noRiskInstrument(variant: variant) }
        let groups = configuration.population.groups.map(\.name)
        var seen: Set<String> = []
        for fixed in groupThresholds {
            guard groups.contains(fixed.group) else { throw .unknownGroup(fixed.group, groups: groups) }
            guard seen.insert(fixed.group).inserted else { throw .repeatedGroup(fixed.group) }
        }
        let fixedWords = groupThresholds.map { "\($0.group) at \($0.threshold)" }.joined(separator: ", ")
        return grid.thresholds.map { threshold in
            let byGroup = thresholds(at: threshold, groups: groups)
            var arm = configuration
            // The figures flag at each group's threshold, whatever the scenario's risk_outcome.threshold.
            arm.riskThresholdsByGroup = byGroup
            if let adjustable = configuration.policies.release as? any RiskThresholdAdjustable {
                let release: any ReleasePolicy =
                    groupThresholds.isEmpty
                    ? adjustable.replacingRiskThreshold(threshold)
                    : GroupThresholdRelease(adjustable, thresholds: byGroup)
                arm.policies = configuration.policies.replacing(
                    with: .release(release), module: configuration.policies.moduleNames[.release])
            }
            let description =
                "risk threshold \(threshold)" + (fixedWords.isEmpty ? "" : " (\(fixedWords))")
            return ReplicationPlan.Variant(name: Self.name(threshold), description: description, configuration: arm)
        }
    }
}
