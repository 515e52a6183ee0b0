/// Report tables as aligned plain text for a terminal.
public enum TerminalReport {
    /// The tables, each with its title and notes, then the provenance.
    public static func render(_ tables: [ReportTable], provenance: Provenance) -> String {
        var text = ""
        for table in tables {
            text += table.title + "\n\n"
            let lines = [table.columns] + table.rows
            let widths = table.columns.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
            for (index, cells) in lines.enumerated() {
                let padded = cells.enumerated().map { column, value in
                    column == 0 || index == 0 ? pad(value, widths[column]) : padLeft(value, widths[column])
                }
                text += padded.joined(separator: "  ").trailingSpacesRemoved + "\n"
                if index == 0 { text += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
            }
            for note in table.notes { text += note + "\n" }
            text += "\n"
        }
        return text + provenance.line + "\n"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
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
