/// Writes a report in one format. The human formats (``TerminalReport``, ``MarkdownReport``,
/// ``LaTeXReport``, ``HTMLReport``) write the typed tables of ``EvidenceTables``; the data
/// formats (``CSVReport``, ``JSONReport``) serialise the one list of ``TidyRow``s.
/// ``ReportFormat/renderer`` gives the renderer of each format.
public protocol FormatRenderer: Sendable {
    /// The report as text, ending in a line break.
    func render(_ report: Report) throws -> String
}
