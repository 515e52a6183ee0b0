import Experiments
import Reports

/// Renders a run's evidence in the format the user asked for.
enum ReportRenderer {
    /// The report text.
    static func render(_ evidence: Evidence, provenance: Provenance, format: RunCommand.Format) throws -> String {
        switch format {
        case .text: TerminalReport.render(EvidenceTables.make(evidence), provenance: provenance)
        case .markdown: MarkdownReport.render(EvidenceTables.make(evidence), provenance: provenance)
        case .latex: LaTeXReport.render(EvidenceTables.make(evidence), provenance: provenance)
        case .csv: CSVReport.render(evidence, provenance: provenance)
        case .json: try JSONReport.render(evidence, provenance: provenance) + "\n"
        }
    }
}
