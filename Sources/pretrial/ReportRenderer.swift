import ArgumentParser
import Experiments
import Reports

/// `--format` takes a report format by its name (`text`, `markdown`, `csv`, `json`, `latex`, `html`).
extension ReportFormat: ExpressibleByArgument {}

/// Renders a run's evidence in the format the user asked for.
enum ReportRenderer {
    /// The report text.
    /// - Parameter assumptions: the scenario's settings in words (for HTML), if known.
    static func render(
        _ evidence: Evidence, provenance: Provenance, format: ReportFormat,
        assumptions: [String] = []
    ) throws -> String {
        try format.renderer.render(Report(evidence: evidence, provenance: provenance, assumptions: assumptions))
    }
}
