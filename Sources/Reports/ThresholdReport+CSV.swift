import Experiments
import PretrialModel
import SimKernel

extension ThresholdReport {
    /// The CSV header.
    public static let csvHeader = [
        "section", "threshold", "metric", "label", "breakdown", "mean", "ci95_low", "ci95_high", "replications",
        "unit",
    ]

    /// One tidy CSV table: a `figure` row for each point, figure (``pointMetrics``) and cell
    /// (overall, then `group:<name>`); a `gap` row for each point, figure and compared group
    /// (group − reference group, the breakdown naming the group); then `finding` rows (each
    /// sentence in `label`) and `provenance` rows (key in `metric`, value in `label`, and each
    /// note).
    public func csv() -> String {
        let r = result
        var lines: [[String]] = [Self.csvHeader]
        func line(_ section: String, _ threshold: Double, _ metric: MetricID, _ cell: String, _ e: Estimate) {
            let finite = e.halfWidth.isFinite && e.mean.isFinite
            lines.append([
                section, CSVReport.number(threshold), metric.rawValue, metric.label, cell, CSVReport.number(e.mean),
                finite ? CSVReport.number(e.lower) : "", finite ? CSVReport.number(e.upper) : "", "\(e.count)",
                metric.definition.unit.rawValue,
            ])
        }
        for point in r.points {
            for metric in Self.pointMetrics {
                line("figure", point.threshold, metric, "overall", point.estimate(metric))
                for group in r.groups {
                    line(
                        "figure", point.threshold, metric, BreakdownCell.group(group).key,
                        point.estimate(metric, .group(group)))
                }
            }
            for metric in Self.pointMetrics {
                for group in r.comparedGroups {
                    if let gap = point.gap(metric, group: group, reference: r.referenceGroup) {
                        line("gap", point.threshold, metric, BreakdownCell.group(group).key, gap.gap)
                    }
                }
            }
        }
        let blank = Array(repeating: "", count: Self.csvHeader.count - 4)
        for sentence in r.finding.sentences { lines.append(["finding", "", "sentence", sentence] + blank) }
        for note in r.notes { lines.append(["provenance", "", "note", note] + blank) }
        for field in provenance.fields { lines.append(["provenance", "", field.key, field.value] + blank) }
        return lines.map { $0.map(CSVReport.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
