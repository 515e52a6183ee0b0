/// Report tables as aligned plain text for a terminal: labels left-aligned and indented two
/// spaces a level of depth, figures right-aligned.
public struct TerminalReport: FormatRenderer {
    /// Creates the renderer.
    public init() {}

    /// The tables of the report's evidence, then the provenance.
    public func render(_ report: Report) -> String {
        render(EvidenceTables.make(report.evidence), provenance: report.provenance)
    }

    /// The tables, each with its title and notes, then the provenance.
    public func render(_ tables: [ReportTable], provenance: Provenance) -> String {
        render(tables, footer: provenance.line)
    }

    /// The tables, each with its title and notes, then `footer` (provenance in words).
    public func render(_ tables: [ReportTable], footer: String) -> String {
        var text = ""
        for table in tables {
            text += table.title + "\n\n"
            let lines = [table.columns] + table.rows.map(Self.cells)
            let widths = table.columns.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
            for (index, cells) in lines.enumerated() {
                let padded = cells.enumerated().map { column, value in
                    column == 0 || index == 0 ? pad(value, widths[column]) : padLeft(value, widths[column])
                }
                text += padded.joined(separator: "  ").trailingSpacesRemoved + "\n"
                if index == 0 {
                    text += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
                }
            }
            for note in table.notes { text += note + "\n" }
            text += "\n"
        }
        return text + footer + "\n"
    }

    /// A row as the text of its columns: the label indented two spaces a level, then each cell.
    static func cells(_ row: ReportRow) -> [String] {
        [String(repeating: "  ", count: row.depth) + row.label] + row.cells.map(NumberFormat.text)
    }

    func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    /// The string without spaces at its end.
    var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
