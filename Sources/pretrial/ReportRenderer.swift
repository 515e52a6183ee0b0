import Experiments
import Reports

/// Renders a run's evidence in the format the user asked for.
enum ReportRenderer {
    /// The report text.
    /// - Parameter assumptions: the scenario's settings in words (for HTML), if known.
    static func render(_ evidence: Evidence, provenance: Provenance, format: RunCommand.Format,
                       assumptions: [String] = []) throws -> String {
        switch format {
        case .text: TerminalReport.render(EvidenceTables.make(evidence), provenance: provenance)
        case .markdown: MarkdownReport.render(EvidenceTables.make(evidence), provenance: provenance)
        case .latex: LaTeXReport.render(EvidenceTables.make(evidence), provenance: provenance)
        case .csv: CSVReport.render(evidence, provenance: provenance)
        case .json: try JSONReport.render(evidence, provenance: provenance) + "\n"
        case .html: HTMLReport.render(evidence, provenance: provenance, assumptions: assumptions)
        }
    }
}
