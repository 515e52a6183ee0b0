import Experiments
import Foundation
import PretrialModel
import SimKernel

/// A run set against a targets file (`pretrial check`) in every format `run` writes: one
/// table with a row per target (source, observed, model ± 95% CI, difference, within
/// tolerance), the pass counts by role and a note that the interval is simulation error only;
/// then the run's provenance.
public struct TargetCheckReport: Sendable {
    /// The check.
    public var check: TargetCheck
    /// The jurisdiction the targets describe.
    public var jurisdiction: String
    /// The targets file, as named.
    public var targetsPath: String
    /// Where the run comes from.
    public var provenance: Provenance

    /// Creates a report.
    public init(check: TargetCheck, jurisdiction: String, targetsPath: String, provenance: Provenance) {
        self.check = check
        self.jurisdiction = jurisdiction
        self.targetsPath = targetsPath
        self.provenance = provenance
    }

    /// The report in `format`.
    public func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: TerminalReport().render(tables, footer: provenance.line)
        case .markdown: MarkdownReport().render(tables, heading: title, footer: provenance.line)
        case .latex: LaTeXReport().render(tables, toolVersion: provenance.toolVersion, footer: provenance.line)
        case .csv: csv()
        case .json: try json()
        case .html: html()
        }
    }

    /// The report's title.
    public var title: String { "\(provenance.scenarioPath) against the targets of \(jurisdiction) (\(targetsPath))" }

    /// "calibration targets: 3 of 4 within tolerance; validation: 1 of 2", with the targets
    /// the run has no figure for counted in the totals and named after.
    public var passLine: String {
        let parts = Target.Role.allCases.map { role -> String in
            let tally = check.tally(role)
            let unmatched = tally.total - tally.compared
            let rest = unmatched > 0 ? " (\(unmatched) without a model figure)" : ""
            return "\(tally.withinTolerance) of \(tally.total)\(rest)"
        }
        return "calibration targets: \(parts[0]) within tolerance; validation: \(parts[1])"
    }

    /// The note under the table on what the interval means.
    public static let intervalNote =
        "Model ± CI is the mean over replications with its 95% confidence interval: simulation (Monte Carlo) "
        + "error only, not the uncertainty of the observed figure or of the model's assumptions. Difference is "
        + "model − observed; within tolerance compares the model's mean with the target's tolerance."

    /// The one table of the human formats.
    public var tables: [ReportTable] {
        let rows = check.rows.map { row -> ReportRow in
            let unit = row.target.metric?.definition.unit
            let model: ReportCell = row.estimate.map { .estimate($0, unit: unit) } ?? .text(row.reason ?? "–")
            let within: ReportCell = row.isWithinTolerance.map { .text($0 ? "yes" : "no") } ?? .missing
            return ReportRow(
                row.target.name,
                cells: [
                    .text(row.target.source), .text(row.target.role.rawValue), .value(row.target.observed, unit: unit),
                    model, row.difference.map { .value($0, unit: unit) } ?? .missing, within,
                ])
        }
        return [
            ReportTable(
                title: "Targets of \(jurisdiction)",
                columns: ["Target", "Source", "Role", "Observed", "Model ± 95% CI", "Difference", "Within tolerance"],
                rows: rows, notes: [passLine, Self.intervalNote])
        ]
    }

    /// One CSV table, a line per target: `target, figure, cell, quantity, role, source,
    /// observed, model_mean, ci95_low, ci95_high, difference, within_tolerance, status`.
    public func csv() -> String {
        let header = [
            "target", "figure", "cell", "quantity", "role", "source", "observed", "model_mean", "ci95_low",
            "ci95_high", "difference", "within_tolerance", "status",
        ]
        var lines = [header]
        for row in check.rows {
            let estimate = row.estimate
            let finite = estimate?.halfWidth.isFinite ?? false
            lines.append([
                row.target.name, row.target.figure, row.target.cell.key, Self.quantityKey(row.target.quantity),
                row.target.role.rawValue, row.target.source, CSVReport.number(row.target.observed),
                estimate.map { CSVReport.number($0.mean) } ?? "",
                finite ? estimate.map { CSVReport.number($0.lower) } ?? "" : "",
                finite ? estimate.map { CSVReport.number($0.upper) } ?? "" : "",
                row.difference.map(CSVReport.number) ?? "",
                row.isWithinTolerance.map { $0 ? "true" : "false" } ?? "", row.reason ?? "compared",
            ])
        }
        return lines.map { $0.map(CSVReport.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// "level:baseline", "relative_change:baseline->reform" or "difference:baseline->reform".
    static func quantityKey(_ quantity: Target.Quantity) -> String {
        switch quantity {
        case .level(let variant): "level:\(variant)"
        case .relativeChange(let from, let to): "relative_change:\(from)->\(to)"
        case .difference(let from, let to): "difference:\(from)->\(to)"
        }
    }

    /// The JSON document: `{"jurisdiction", "targets_file", "scenario_path", "seed",
    /// "replications", "tool_version", "passes": {"calibration": {"total", "compared",
    /// "within_tolerance"}, "validation": …}, "targets": [{"name", "figure", "cell", "quantity",
    /// "role", "source", "citation", "observed", "model" (mean, ci95; null without one),
    /// "difference", "within_tolerance", "status"}]}`.
    public func json() throws -> String {
        func number(_ value: Double?) -> Any { value.flatMap { $0.isFinite ? $0 : nil } ?? NSNull() }
        let targets: [[String: Any]] = check.rows.map { row in
            let model: Any =
                row.estimate.map { estimate -> Any in
                    [
                        "mean": number(estimate.mean),
                        "ci95": estimate.halfWidth.isFinite ? [estimate.lower, estimate.upper] : NSNull(),
                        "replications": estimate.count,
                    ] as [String: Any]
                } ?? NSNull()
            return [
                "name": row.target.name, "figure": row.target.figure, "cell": row.target.cell.key,
                "quantity": Self.quantityKey(row.target.quantity), "role": row.target.role.rawValue,
                "source": row.target.source, "citation": row.target.citation, "observed": row.target.observed,
                "model": model, "difference": number(row.difference),
                "within_tolerance": row.isWithinTolerance.map { $0 as Any } ?? NSNull(),
                "status": row.reason ?? "compared",
            ]
        }
        var passes: [String: Any] = [:]
        for role in Target.Role.allCases {
            let tally = check.tally(role)
            passes[role.rawValue] = [
                "total": tally.total, "compared": tally.compared, "within_tolerance": tally.withinTolerance,
            ]
        }
        let document: [String: Any] = [
            "jurisdiction": jurisdiction, "targets_file": targetsPath, "scenario_path": provenance.scenarioPath,
            "seed": provenance.seed, "replications": provenance.replications, "tool_version": provenance.toolVersion,
            "passes": passes, "targets": targets, "note": Self.intervalNote,
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One self-contained HTML page: the table and the provenance.
    public func html() -> String {
        var body = "<h1>\(escapeXML(title))</h1>\n"
        for table in tables { body += HTMLReport.html(table) }
        body += "<footer>\(escapeXML(provenance.line))</footer>\n"
        return HTMLReport.page(title: title, body: body)
    }
}
