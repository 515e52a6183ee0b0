import PretrialModel
import SimKernel

/// One cell of a report row, as a value rather than as text: each format decides how to
/// write it (``NumberFormat/text(_:)`` gives the digits and words the human formats share).
public enum ReportCell: Sendable, Equatable {
    /// A figure with its 95% interval over replications, in the figure's unit (`nil` for a
    /// pure number): "0.1234 ± 0.0050".
    case estimate(Estimate, unit: MetricUnit?)
    /// One thing against another (a variant against the baseline, a group against the
    /// reference group): the difference, the ratio, or both, each with its 95% interval;
    /// `unit` is the compared figure's. "+0.0500 [0.0400, 0.0600]; ×1.250" with both,
    /// "+0.0500 [0.0400, 0.0600]" or "1.250 [1.100, 1.400]" with one.
    case comparison(difference: Estimate?, ratio: Estimate?, unit: MetricUnit?)
    /// One number without an interval (e.g. a mean over replications shown beside a ratio).
    case value(Double, unit: MetricUnit?)
    /// Words (a group's or a stage's name, a warning).
    case text(String)
    /// No value where one belongs (a variant without that comparison): written "–".
    case missing
    /// Nothing: the cells of a heading row.
    case empty
}
