import Foundation

/// Report tables as GitHub-flavoured Markdown, for briefs and issues. A row under a figure
/// (depth 1) starts with four non-breaking spaces a level, which Markdown keeps.
public struct MarkdownReport: FormatRenderer {
    /// Creates the renderer.
    public init() {}

    /// The tables of the report's evidence as Markdown sections, then the provenance.
    public func render(_ report: Report) -> String {
        render(EvidenceTables.make(report.evidence), provenance: report.provenance)
    }

    /// The tables as Markdown sections, then the provenance.
    public func render(_ tables: [ReportTable], provenance: Provenance) -> String {
        render(tables, heading: provenance.scenarioName, footer: provenance.line)
    }

    /// The tables as Markdown sections under the heading `heading`, then `footer`
    /// (provenance in words).
    public func render(_ tables: [ReportTable], heading: String, footer: String) -> String {
        var text = "# \(heading)\n\n"
        for table in tables {
            text += "## \(table.title)\n\n"
            text += "| " + table.columns.map(Self.escape).joined(separator: " | ") + " |\n"
            text += "|" + table.columns.indices.map { $0 == 0 ? ":---" : "---:" }.joined(separator: "|") + "|\n"
            for row in table.rows {
                text += "| " + Self.cells(row).joined(separator: " | ") + " |\n"
            }
            if !table.notes.isEmpty {
                text += "\n" + table.notes.map { "_\(Self.escape($0))_" }.joined(separator: "\n") + "\n"
            }
            text += "\n"
        }
        return text + "_\(Self.escape(footer))_\n"
    }

    /// The indentation of one level of depth: four non-breaking spaces.
    static let indent = String(repeating: "\u{00A0}", count: 4)

    /// A row's cells as escaped Markdown, the label indented by its depth.
    static func cells(_ row: ReportRow) -> [String] {
        [String(repeating: indent, count: row.depth) + escape(row.label)]
            + row.cells.map { escape(NumberFormat.text($0)) }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
