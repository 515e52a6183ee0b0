import SimKernel

/// A run's evidence as one tidy CSV table for spreadsheets and pandas: one line per
/// ``TidyRow`` (section, variant, metric, breakdown) with the mean and its 95% interval.
///
/// Sections: `estimate` (every figure of every variant and cell), `difference_vs_baseline`,
/// `ratio_vs_baseline`, `disparity_ratio`, `disparity_difference`, `relative_rate_index`,
/// and last `provenance` (the key in `metric`, its value in `label`: scenario, scenario_path,
/// scenario_sha256, seed, replications, tool_version, date, and shard and notes if any).
/// `unit` is the unit of the figure in `metric` (share, days, people, dollars, count, events;
/// a ratio row's value is a ratio of two such; empty for `rri`). Empty cells mean no value.
/// For an estimate of a rate or mean, `numerator_total` and `denominator_total` are its counts
/// summed over the replications (their quotient is the pooled rate). Fields are quoted per
/// RFC 4180 where needed.
public struct CSVReport: FormatRenderer {
    /// The header row.
    public static let header = [
        "section", "variant", "metric", "label", "breakdown", "mean", "ci95_low", "ci95_high",
        "replications", "note", "unit", "numerator_total", "denominator_total",
    ]

    /// Creates the renderer.
    public init() {}

    /// The CSV text, header first, lines ending in "\n".
    public func render(_ report: Report) -> String {
        var lines: [[String]] = [Self.header]
        lines += TidyRow.rows(of: report.evidence).map(Self.line)
        for note in report.evidence.notes {
            lines.append(["provenance", "", "note", note] + Array(repeating: "", count: Self.header.count - 4))
        }
        for field in report.provenance.fields {
            lines.append(
                ["provenance", "", field.key, field.value] + Array(repeating: "", count: Self.header.count - 4))
        }
        return lines.map { $0.map(Self.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// One tidy row's fields, in the order of ``header``.
    static func line(_ row: TidyRow) -> [String] {
        let estimate = row.estimate
        let finite = estimate.halfWidth.isFinite
        return [
            row.section.rawValue, row.variant, row.metricKey, row.label, row.breakdown.key, number(estimate.mean),
            finite ? number(estimate.lower) : "", finite ? number(estimate.upper) : "", "\(estimate.count)", row.note,
            row.unit?.rawValue ?? "", row.pooledCounts.map { number($0.numerator) } ?? "",
            row.pooledCounts.map { number($0.denominator) } ?? "",
        ]
    }

    /// Full precision (the shortest text that reads back as the same Double); empty for NaN.
    static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "" }

    /// A field quoted if it holds a comma, a quote or a line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
