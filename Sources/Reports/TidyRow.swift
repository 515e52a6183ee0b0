import Experiments
import PretrialModel
import SimKernel

/// One figure of a run in long ("tidy") form. CSV writes each as a line; JSON nests the same
/// rows by variant, figure and cell; ``rows(of:)`` builds the list once for both.
public struct TidyRow: Sendable, Equatable {
    /// Rows are equal when every field is, pooled counts included.
    public static func == (a: TidyRow, b: TidyRow) -> Bool {
        a.section == b.section && a.variantIndex == b.variantIndex && a.variant == b.variant && a.metric == b.metric
            && a.label == b.label && a.breakdown == b.breakdown && a.estimate == b.estimate
            && a.pooledCounts?.numerator == b.pooledCounts?.numerator
            && a.pooledCounts?.denominator == b.pooledCounts?.denominator && a.smallNumbers == b.smallNumbers
            && a.unpairedHalfWidth == b.unpairedHalfWidth
    }

    /// What kind of figure a row holds; the raw value is CSV's `section`.
    public enum Section: String, Sendable, CaseIterable {
        /// A figure of a variant in one cell.
        case estimate
        /// A variant minus the baseline, paired by replication.
        case differenceVsBaseline = "difference_vs_baseline"
        /// A variant over the baseline.
        case ratioVsBaseline = "ratio_vs_baseline"
        /// A group's rate over the reference group's.
        case disparityRatio = "disparity_ratio"
        /// A group's rate minus the reference group's.
        case disparityDifference = "disparity_difference"
        /// The relative rate index of a group at one stage.
        case relativeRateIndex = "relative_rate_index"
    }

    /// Where a row's figure was measured.
    public enum Breakdown: Sendable, Equatable {
        /// One breakdown cell.
        case cell(BreakdownCell)
        /// A group against the reference group.
        case versus(group: String, reference: String)

        /// The cell's ``BreakdownCell/key``, or "group:<group> vs group:<reference>".
        public var key: String {
            switch self {
            case .cell(let cell): cell.key
            case .versus(let group, let reference):
                "\(BreakdownCell.group(group).key) vs \(BreakdownCell.group(reference).key)"
            }
        }
    }

    /// The kind of figure.
    public var section: Section
    /// The variant's position in the run, baseline first.
    public var variantIndex: Int
    /// The variant's name.
    public var variant: String
    /// The figure; `nil` for a relative rate index (CSV's metric `rri`).
    public var metric: MetricID?
    /// The figure's label, or the stage's name for a relative rate index.
    public var label: String
    /// The cell, or the pair of groups, it was measured in.
    public var breakdown: Breakdown
    /// The value with its 95% interval over replications.
    public var estimate: Estimate
    /// Whether the counts behind a disparity or a stage are too small to trust.
    public var smallNumbers: Bool
    /// For an estimate of a rate or mean, its numerator and denominator summed over the
    /// replications (their quotient is the pooled rate); `nil` for other rows.
    public var pooledCounts: (numerator: Double, denominator: Double)?
    /// For a difference from the baseline, the half-width its interval would have without
    /// common random numbers (`nil` for other rows, or where it is not finite).
    public var unpairedHalfWidth: Double?

    /// The unit of the figure ``metric`` names (a ratio row's value is the ratio of two such
    /// figures); `nil` for a relative rate index.
    public var unit: MetricUnit? { metric?.definition.unit }

    /// The metric's id, or `rri`, as CSV writes it.
    public var metricKey: String { metric?.rawValue ?? "rri" }

    /// "small numbers" for a row whose counts are too small to trust, "" otherwise.
    public var note: String { smallNumbers ? "small numbers" : "" }

    /// Creates a row.
    public init(
        section: Section, variantIndex: Int, variant: String, metric: MetricID?, label: String,
        breakdown: Breakdown, estimate: Estimate, pooledCounts: (numerator: Double, denominator: Double)? = nil,
        smallNumbers: Bool = false, unpairedHalfWidth: Double? = nil
    ) {
        self.pooledCounts = pooledCounts
        self.section = section
        self.variantIndex = variantIndex
        self.variant = variant
        self.metric = metric
        self.label = label
        self.breakdown = breakdown
        self.estimate = estimate
        self.smallNumbers = smallNumbers
        self.unpairedHalfWidth = unpairedHalfWidth
    }

    /// Every figure of `evidence`, in this order: each variant's estimates (every figure of
    /// the catalog in every cell that has a value), the comparisons with the baseline
    /// (difference then ratio), the disparities (ratio then difference), the relative rate
    /// indices.
    public static func rows(of evidence: Evidence) -> [TidyRow] {
        let summaries = evidence.summaries
        var rows: [TidyRow] = []
        for (index, summary) in summaries.enumerated() {
            for metric in MetricID.allCases {
                for cell in summary.cells {
                    guard let estimate = summary.estimate(metric, cell), estimate.count > 0 else { continue }
                    rows.append(
                        TidyRow(
                            section: .estimate, variantIndex: index, variant: summary.name, metric: metric,
                            label: metric.label, breakdown: .cell(cell), estimate: estimate,
                            pooledCounts: summary.pooledCounts(metric, cell)))
                }
            }
        }
        for (offset, comparisons) in evidence.comparisons.enumerated() where offset + 1 < summaries.count {
            let (index, name) = (offset + 1, summaries[offset + 1].name)
            for c in comparisons {
                rows.append(
                    TidyRow(
                        section: .differenceVsBaseline, variantIndex: index, variant: name, metric: c.metric,
                        label: c.metric.label, breakdown: .cell(c.cell), estimate: c.difference,
                        unpairedHalfWidth: c.unpairedHalfWidth.isFinite ? c.unpairedHalfWidth : nil))
                rows.append(
                    TidyRow(
                        section: .ratioVsBaseline, variantIndex: index, variant: name, metric: c.metric,
                        label: c.metric.label, breakdown: .cell(c.cell), estimate: c.ratio))
            }
        }
        for (index, disparities) in evidence.disparities.enumerated() where index < summaries.count {
            for d in disparities {
                let versus = Breakdown.versus(group: d.group, reference: d.reference)
                for (section, estimate) in [(Section.disparityRatio, d.ratio), (.disparityDifference, d.difference)] {
                    rows.append(
                        TidyRow(
                            section: section, variantIndex: index, variant: summaries[index].name, metric: d.metric,
                            label: d.metric.label, breakdown: versus, estimate: estimate,
                            smallNumbers: d.smallNumbers))
                }
            }
        }
        for (index, indices) in evidence.relativeRates.enumerated() where index < summaries.count {
            for rri in indices {
                for stage in rri.stages {
                    rows.append(
                        TidyRow(
                            section: .relativeRateIndex, variantIndex: index, variant: summaries[index].name,
                            metric: nil, label: stage.name,
                            breakdown: .versus(group: rri.group, reference: rri.reference),
                            estimate: stage.index, smallNumbers: stage.smallNumbers))
                }
            }
        }
        return rows
    }
}
