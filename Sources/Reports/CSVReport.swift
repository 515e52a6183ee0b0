import Experiments
import PretrialModel
import SimKernel

/// A run's evidence as one tidy CSV table for spreadsheets and pandas: one row per
/// (section, variant, metric, breakdown) with the mean and its 95% interval.
///
/// Sections: `estimate` (every figure of every variant and cell), `difference_vs_baseline`,
/// `ratio_vs_baseline`, `disparity_ratio`, `disparity_difference`, `relative_rate_index`,
/// and last `provenance` (the key in `metric`, its value in `label`: scenario, scenario_path,
/// scenario_sha256, seed, replications, tool_version, date, and shard and notes if any).
/// Empty cells mean no value. Fields are quoted per RFC 4180 where needed.
public enum CSVReport {
    /// The header row.
    public static let header = ["section", "variant", "metric", "label", "breakdown", "mean", "ci95_low", "ci95_high", "replications", "note"]

    /// The CSV text, header first, lines ending in "\n".
    public static func render(_ evidence: Evidence, provenance: Provenance) -> String {
        var rows: [[String]] = [header]
        for summary in evidence.summaries {
            for metric in MetricID.allCases {
                for cell in summary.cells {
                    guard let estimate = summary.estimate(metric, cell), estimate.count > 0 else { continue }
                    rows.append(row("estimate", summary.name, metric.rawValue, metric.label, cell.key, estimate))
                }
            }
        }
        for (summary, comparisons) in zip(evidence.summaries.dropFirst(), evidence.comparisons) {
            for c in comparisons {
                rows.append(row("difference_vs_baseline", summary.name, c.metric.rawValue, c.metric.label, c.cell.key, c.difference))
                rows.append(row("ratio_vs_baseline", summary.name, c.metric.rawValue, c.metric.label, c.cell.key, c.ratio))
            }
        }
        for (summary, disparities) in zip(evidence.summaries, evidence.disparities) {
            for d in disparities {
                let cell = "group:\(d.group) vs group:\(d.reference)"
                let note = d.smallNumbers ? "small numbers" : ""
                rows.append(row("disparity_ratio", summary.name, d.metric.rawValue, d.metric.label, cell, d.ratio, note))
                rows.append(row("disparity_difference", summary.name, d.metric.rawValue, d.metric.label, cell, d.difference, note))
            }
        }
        for (summary, indices) in zip(evidence.summaries, evidence.relativeRates) {
            for index in indices {
                for stage in index.stages {
                    rows.append(row("relative_rate_index", summary.name, "rri", stage.name,
                                    "group:\(index.group) vs group:\(index.reference)", stage.index,
                                    stage.smallNumbers ? "small numbers" : ""))
                }
            }
        }
        for field in provenance.fields {
            rows.append(["provenance", "", field.key, field.value, "", "", "", "", "", ""])
        }
        return rows.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func row(_ section: String, _ variant: String, _ metric: String, _ label: String, _ cell: String,
                    _ estimate: Estimate, _ note: String = "") -> [String] {
        let finite = estimate.halfWidth.isFinite
        return [section, variant, metric, label, cell, number(estimate.mean),
                finite ? number(estimate.lower) : "", finite ? number(estimate.upper) : "", "\(estimate.count)", note]
    }

    /// Full precision (the shortest text that reads back as the same Double); empty for NaN.
    static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "" }

    /// A field quoted if it holds a comma, a quote or a line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
