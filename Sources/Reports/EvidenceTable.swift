import Experiments
import PretrialModel
import SimKernel

/// The evidence table of a run as rows and columns of text, before it is written in a
/// format: one row per figure (overall, then by group), one column per variant.
public struct EvidenceTable: Sendable {
    /// One row of the table.
    public struct Row: Sendable {
        /// The metric.
        public var metric: MetricID
        /// The cell (overall or a group).
        public var cell: BreakdownCell
        /// The row's label, e.g. "Share detained past 3 days" or "  group B".
        public var label: String
        /// One estimate per variant.
        public var estimates: [Estimate]
    }

    /// The figures shown by default: those an advocate's brief needs first.
    public static let headline: [MetricID] = [
        .arrests, .detainedPastFirstAppearanceShare, .detainedPast3DaysShare, .moneyBailShare,
        .bailUnaffordableShare, .pretrialDetentionDays, .pretrialDetentionDaysMedian, .pretrialDetentionDaysP90,
        .jailPopulationAverage, .guiltyPleaShareDetained, .guiltyPleaShareReleased, .convictionShare,
        .innocentConvictions, .failureToAppearRate, .newArrestRate, .timeToDispositionDays, .casesTried,
        .trialWaitDays, .custodyLimitReleases, .detainedLongerThanSentence, .costDollars, .modelEvents,
    ]

    /// Column headings: the variant names.
    public var variants: [String]
    /// The rows.
    public var rows: [Row]

    /// Builds the table from the summaries of a run.
    /// - Parameters:
    ///   - summaries: one per variant, baseline first.
    ///   - metrics: the figures to show.
    ///   - byGroup: whether to add a row per group under each figure.
    public init(_ summaries: [VariantSummary], metrics: [MetricID] = EvidenceTable.headline, byGroup: Bool = true) {
        variants = summaries.map(\.name)
        var rows: [Row] = []
        let cells = summaries.first?.cells ?? [.overall]
        for metric in metrics {
            let perCell: [BreakdownCell] = [.overall] + (byGroup && !Self.overallOnly.contains(metric) ? cells.filter {
                if case .group = $0 { return true } else { return false }
            } : [])
            for cell in perCell {
                let estimates = summaries.map { $0.estimate(metric, cell) ?? Estimate(samples: []) }
                let label: String
                if case .group(let name) = cell { label = "  \(name)" } else { label = metric.label }
                rows.append(Row(metric: metric, cell: cell, label: label, estimates: estimates))
            }
        }
        self.rows = rows
    }

    /// Figures that exist only overall.
    static let overallOnly: Set<MetricID> = [.modelEvents, .trialBacklogAtWindowEnd]
}
