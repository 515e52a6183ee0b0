/// The formats a report can be written in; the raw values are the CLI's `--format` values.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for a terminal.
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// One tidy CSV table.
    case csv
    /// JSON for scripts.
    case json
    /// LaTeX tables (booktabs).
    case latex
    /// One self-contained HTML page with charts.
    case html

    /// The renderer that writes this format.
    public var renderer: any FormatRenderer {
        switch self {
        case .text: TerminalReport()
        case .markdown: MarkdownReport()
        case .csv: CSVReport()
        case .json: JSONReport()
        case .latex: LaTeXReport()
        case .html: HTMLReport()
        }
    }
}
