import Experiments
import SimKernel

/// The evidence table as aligned plain text for a terminal.
public enum TerminalReport {
    /// The table: figures as "mean ± half-width of the 95% CI", variants as columns, then
    /// the provenance.
    public static func render(_ table: EvidenceTable, provenance: Provenance) -> String {
        var lines: [[String]] = [["Figure (mean ± 95% CI)"] + table.variants]
        for row in table.rows {
            lines.append([row.label] + row.estimates.map(cell))
        }
        let widths = (0..<lines[0].count).map { column in lines.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for (index, cells) in lines.enumerated() {
            let padded = cells.enumerated().map { column, value in
                column == 0 ? pad(value, widths[column]) : padLeft(value, widths[column])
            }
            text += padded.joined(separator: "  ") + "\n"
            if index == 0 { text += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        text += "\n" + provenance.line + "\n"
        return text
    }

    static func cell(_ estimate: Estimate) -> String {
        guard estimate.count > 0, estimate.mean.isFinite else { return "–" }
        guard estimate.halfWidth.isFinite else { return NumberFormat.figure(estimate.mean) }
        return "\(NumberFormat.figure(estimate.mean)) ± \(NumberFormat.figure(estimate.halfWidth))"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
