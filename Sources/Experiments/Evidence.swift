import PretrialModel
import SimKernel

/// Everything a run's tables show: per-variant estimates, comparisons with the baseline,
/// and disparities between groups — computed once, rendered in any format.
public struct Evidence: Sendable {
    /// One summary per variant, baseline first.
    public var summaries: [VariantSummary]
    /// For each variant after the baseline, its comparisons with the baseline (same order as
    /// ``summaries`` minus the first): every compared metric overall and by group, then those
    /// the catalog marks ``MetricRoles/comparedByBreakdown`` by charge class and income
    /// quintile. A comparison is left
    /// out where either side has no values, so look them up by metric and cell.
    public var comparisons: [[PairedComparison]]
    /// The reference group for disparities, if the scenario names one.
    public var referenceGroup: String?
    /// For each variant, the disparities of each other group against the reference group.
    public var disparities: [[Disparity]]
    /// For each variant, the relative rate index of each other group.
    public var relativeRates: [[RelativeRateIndex]]
    /// For each variant, whether its run was in a steady state (`nil` where the run lacks the
    /// figures to tell).
    public var steadyState: [SteadyStateCheck?]
    /// For each variant, whether its warm-up was long enough (``WarmUpCheck``; `nil` where the
    /// run kept no daily series).
    public var warmUp: [WarmUpCheck?]
    /// For each variant, its daily pre-trial population over the replications (`nil` where
    /// the run kept no daily series), for the series chart.
    public var populationSeries: [SeriesBand?]
    /// Days on which the chart of the series draws a vertical line (e.g. the days a policy
    /// changes); none unless the caller sets them.
    public var seriesMarkerDays: [Double] = []

    /// What a reader must know about the figures, in words, for every format: that they are
    /// illustrative, what the intervals measure, and each variant that was not in a steady
    /// state.
    public var notes: [String] {
        var notes = [Self.illustrativeNote, Self.intervalNote(replications: summaries.map(\.replications).max() ?? 0)]
        notes += steadyState.compactMap { $0 }.flatMap(\.notes)
        notes += warmUp.compactMap { $0?.note }
        return notes
    }

    /// No scenario is yet checked against observed outcomes (a targets file and `pretrial
    /// check`), so every run says its figures are illustrative.
    public static let illustrativeNote =
        "Illustrative: these figures have not been checked against observed court data; they show what the "
        + "scenario's stated assumptions imply (each parameter's source or \"assumed\" is in the scenario file), "
        + "not a forecast of what a policy would do."

    /// What the intervals are: simulation error only.
    public static func intervalNote(replications: Int) -> String {
        "Intervals are 95% confidence intervals of simulation (Monte Carlo) error over \(replications) "
            + "replications only: they say how precisely the model's figures were computed, not how uncertain "
            + "the scenario's assumptions are, and they do not include parameter uncertainty."
    }

    /// Builds the evidence from a run's outcomes.
    /// - Parameters:
    ///   - plan: the plan that was run (variant names and descriptions).
    ///   - outcomes: the replications, any order.
    ///   - referenceGroup: the group others are compared with; the first group if `nil`.
    ///   - metrics: the figures to compare across variants (by default those the catalog marks
    ///     ``MetricRoles/compared``).
    public init(
        plan: ReplicationPlan, outcomes: [ReplicationOutcome], referenceGroup: String?,
        metrics: [MetricID] = MetricID.withRole(.compared)
    ) {
        self.init(
            variants: plan.variants.map { (name: $0.name, description: $0.description) }, outcomes: outcomes,
            referenceGroup: referenceGroup, metrics: metrics)
        // A vertical line on the series chart at every day a variant's policy changes.
        seriesMarkerDays = Array(Set(plan.variants.flatMap(\.configuration.policyChangeDays))).sorted()
        // The warm-up check looks only at the days before a variant's policy first changes.
        warmUp = plan.variants.indices.map { index in
            WarmUpCheck(
                variant: plan.variants[index].name, outcomes: outcomes.filter { $0.variant == index },
                policyChangeDay: plan.variants[index].configuration.policyChangeDays.filter { $0 > 0 }.min())
        }
    }

    /// Builds the evidence from a run's outcomes when only the variants' names are at hand
    /// (e.g. a run read back from a results store).
    /// - Parameters:
    ///   - variants: each variant's name and description, baseline first, by variant index.
    ///   - outcomes: the replications, any order.
    ///   - referenceGroup: the group others are compared with; the first group if `nil`.
    ///   - metrics: the figures to compare across variants (by default those the catalog marks
    ///     ``MetricRoles/compared``).
    public init(
        variants: [(name: String, description: String)], outcomes: [ReplicationOutcome],
        referenceGroup: String?, metrics: [MetricID] = MetricID.withRole(.compared)
    ) {
        let byVariant = variants.indices.map { index in outcomes.filter { $0.variant == index } }
        summaries = variants.indices.map {
            VariantSummary(name: variants[$0].name, description: variants[$0].description, outcomes: byVariant[$0])
        }
        let cells = summaries.first?.cells ?? [.overall]
        let groups = cells.compactMap { cell -> String? in
            if case .group(let name) = cell { return name } else { return nil }
        }
        let finerCells = cells.filter(\.isFiner)
        let finerMetrics = MetricID.withRole(.comparedByBreakdown).filter(metrics.contains)
        comparisons = byVariant.dropFirst().map { variant in
            let coarse = metrics.flatMap { metric in
                ([BreakdownCell.overall] + groups.map { .group($0) }).compactMap {
                    PairedComparison(metric: metric, cell: $0, variant: variant, baseline: byVariant[0])
                }
            }
            let finer = finerMetrics.flatMap { metric in
                finerCells.compactMap {
                    PairedComparison(metric: metric, cell: $0, variant: variant, baseline: byVariant[0])
                }
            }
            return coarse + finer
        }
        let reference = referenceGroup ?? groups.first
        self.referenceGroup = reference
        let others = groups.filter { $0 != reference }
        disparities = byVariant.map { outcomes in
            guard let reference else { return [] }
            return MetricID.withRole(.disparity).flatMap { metric in
                others.compactMap { Disparity(metric: metric, group: $0, reference: reference, outcomes: outcomes) }
            }
        }
        steadyState = summaries.map(SteadyStateCheck.init)
        warmUp = variants.indices.map { WarmUpCheck(variant: variants[$0].name, outcomes: byVariant[$0]) }
        populationSeries = variants.indices.map { SeriesBand(variant: variants[$0].name, outcomes: byVariant[$0]) }
        relativeRates = byVariant.map { outcomes in
            guard let reference else { return [] }
            return others.map { RelativeRateIndex(group: $0, reference: reference, outcomes: outcomes) }
        }
    }
}
