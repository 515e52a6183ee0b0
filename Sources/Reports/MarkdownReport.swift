import Foundation

/// Report tables as GitHub-flavoured Markdown, for briefs and issues.
public enum MarkdownReport {
    /// The tables as Markdown sections, then the provenance.
    public static func render(_ tables: [ReportTable], provenance: Provenance) -> String {
        var text = "# \(provenance.scenarioName)\n\n"
        for table in tables {
            text += "## \(table.title)\n\n"
            text += "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
            text += "|" + table.columns.indices.map { $0 == 0 ? ":---" : "---:" }.joined(separator: "|") + "|\n"
            for row in table.rows {
                text += "| " + row.map { escape($0.replacingLeadingSpaces) }.joined(separator: " | ") + " |\n"
            }
            if !table.notes.isEmpty { text += "\n" + table.notes.map { "_\(escape($0))_" }.joined(separator: "\n") + "\n" }
            text += "\n"
        }
        return text + "_\(escape(provenance.line))_\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}

extension String {
    /// Leading spaces (indentation of group rows) as non-breaking spaces, which Markdown keeps.
    var replacingLeadingSpaces: String {
        let spaces = prefix { $0 == " " }.count
        return String(repeating: "\u{00A0}", count: spaces * 2) + dropFirst(spaces)
    }
}
