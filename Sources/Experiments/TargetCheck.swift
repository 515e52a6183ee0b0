import PretrialModel
import SimKernel

/// A run set against a targets file (`pretrial check`): for each target, the model's estimate
/// of the same figure in the same cell and variant (or change between variants), its distance
/// from the observed value and whether that is within the target's tolerance; and how many
/// targets of each role pass.
///
/// The estimate's interval is the simulation's (Monte Carlo) error only: it says how precisely
/// the replications pin down the model's figure, not how uncertain the observed figure or the
/// model's assumptions are.
public struct TargetCheck: Sendable {
    /// The rows, in the targets' order.
    public var rows: [TargetCheckRow]

    /// Checks `targets` against a run.
    /// - Parameters:
    ///   - targets: The targets.
    ///   - summaries: The run's variants, by variant index (baseline first).
    ///   - outcomes: The run's replications (any order; ``ReplicationOutcome/variant`` indexes
    ///     `summaries`), for the paired comparisons of change targets.
    public init(targets: [Target], summaries: [VariantSummary], outcomes: [ReplicationOutcome]) {
        let names = summaries.map(\.name)
        func replications(_ variant: String) -> [ReplicationOutcome]? {
            names.firstIndex(of: variant).map { index in outcomes.filter { $0.variant == index } }
        }
        rows = targets.map { target in
            guard let metric = target.metric else { return TargetCheckRow(target: target, finding: .noSuchFigure) }
            switch target.quantity {
            case .level(let variant):
                guard let summary = summaries.first(where: { $0.name == variant }) else {
                    return TargetCheckRow(target: target, finding: .noSuchVariant(variant))
                }
                guard let estimate = summary.estimate(metric, target.cell), estimate.mean.isFinite else {
                    return TargetCheckRow(target: target, finding: .notInCell)
                }
                return TargetCheckRow(target: target, finding: .estimated(estimate))
            case .relativeChange(let from, let to), .difference(let from, let to):
                guard let fromRuns = replications(from) else {
                    return TargetCheckRow(target: target, finding: .noSuchVariant(from))
                }
                guard let toRuns = replications(to) else {
                    return TargetCheckRow(target: target, finding: .noSuchVariant(to))
                }
                guard
                    let paired = PairedComparison(
                        metric: metric, cell: target.cell, variant: toRuns, baseline: fromRuns)
                else { return TargetCheckRow(target: target, finding: .notInCell) }
                let estimate: Estimate
                if case .relativeChange = target.quantity {
                    // (to − from) / from = to/from − 1: the paired ratio's delta-method interval.
                    estimate = Estimate(
                        mean: paired.ratio.mean - 1, halfWidth: paired.ratio.halfWidth, count: paired.ratio.count,
                        level: paired.ratio.level)
                } else {
                    estimate = paired.difference
                }
                guard estimate.mean.isFinite else { return TargetCheckRow(target: target, finding: .notInCell) }
                return TargetCheckRow(target: target, finding: .estimated(estimate))
            }
        }
    }

    /// How the targets of `role` fared.
    public func tally(_ role: Target.Role) -> TargetTally {
        let ofRole = rows.filter { $0.target.role == role }
        return TargetTally(
            role: role, total: ofRole.count, compared: ofRole.filter { $0.estimate != nil }.count,
            withinTolerance: ofRole.filter { $0.isWithinTolerance == true }.count)
    }
}
