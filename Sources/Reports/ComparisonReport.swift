import Experiments
import Foundation
import PretrialModel
import SimKernel

/// Scenarios side by side (`pretrial compare`) in every format `run` writes: one table with a
/// column per scenario (its name) and a row per figure of ``ScenarioComparison/figures``,
/// totals per 100,000 arrests and populations per 100,000 arrests a year; then each
/// scenario's provenance.
public struct ComparisonReport: Sendable {
    /// The figures.
    public var comparison: ScenarioComparison
    /// Each scenario's provenance, in the columns' order.
    public var provenances: [Provenance]
    /// The reform applied to each scenario's baseline, if any (its file, for the title).
    public var reform: String?

    /// Creates a report.
    public init(comparison: ScenarioComparison, provenances: [Provenance], reform: String? = nil) {
        self.comparison = comparison
        self.provenances = provenances
        self.reform = reform
    }

    /// The report in `format`.
    public func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: TerminalReport().render(tables, footer: footer)
        case .markdown: MarkdownReport().render(tables, heading: title, footer: footer)
        case .latex: LaTeXReport().render(tables, toolVersion: provenances.first?.toolVersion ?? "", footer: footer)
        case .csv: csv()
        case .json: try json()
        case .html: html()
        }
    }

    /// The report's title.
    public var title: String {
        "Comparison of " + comparison.columns.map(\.name).joined(separator: ", ")
            + (reform.map { ", each with the reform \($0)" } ?? "")
    }

    /// The provenance of every scenario, one sentence each.
    var footer: String { provenances.map(\.line).joined(separator: " ") }

    /// The one table of the human formats.
    public var tables: [ReportTable] {
        let columns = comparison.columns
        let rows = ScenarioComparison.figures.map { metric in
            ReportRow(
                ScenarioComparison.label(of: metric),
                cells: columns.map { column in
                    column.estimates[metric].map { .estimate($0, unit: metric.definition.unit) } ?? .missing
                })
        }
        return [
            ReportTable(
                title: "Figures side by side", columns: ["Figure"] + columns.map(\.name), rows: rows,
                notes: [
                    "Each scenario's baseline"
                        + (reform.map { " with the reform \($0) applied" } ?? "")
                        + "; mean over replications ± 95% CI. Totals are per 100,000 arrests and populations at a time "
                        + "per 100,000 arrests a year, each replication scaled by its own arrests; shares and means as "
                        + "they are.",
                    Evidence.illustrativeNote,
                    Evidence.intervalNote(replications: columns.map(\.replications).max() ?? 0),
                ])
        ]
    }

    /// One tidy CSV table: `scenario, metric, label, scaling, unit, mean, ci95_low, ci95_high,
    /// replications`, one line per scenario and figure, then `provenance` lines (the key in
    /// `metric`, its value in `label`, the scenario in `scenario`).
    public func csv() -> String {
        let header = [
            "scenario", "metric", "label", "scaling", "unit", "mean", "ci95_low", "ci95_high", "replications",
        ]
        var lines = [header]
        for column in comparison.columns {
            for metric in ScenarioComparison.figures {
                let estimate = column.estimates[metric] ?? Estimate(samples: [])
                let finite = estimate.halfWidth.isFinite
                lines.append([
                    column.name, metric.rawValue, metric.definition.label,
                    Self.scalingKey(ScenarioComparison.scaling(of: metric)), metric.definition.unit.rawValue,
                    CSVReport.number(estimate.mean), finite ? CSVReport.number(estimate.lower) : "",
                    finite ? CSVReport.number(estimate.upper) : "", "\(estimate.count)",
                ])
            }
        }
        for (column, provenance) in zip(comparison.columns, provenances) {
            for field in provenance.fields {
                lines.append([column.name, field.key, field.value] + Array(repeating: "", count: header.count - 3))
            }
        }
        return lines.map { $0.map(CSVReport.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The scaling's key in CSV and JSON: `none`, `per_100k_arrests`, `per_100k_arrests_a_year`.
    static func scalingKey(_ scaling: ScenarioComparison.Scaling) -> String {
        switch scaling {
        case .none: "none"
        case .perArrests: "per_100k_arrests"
        case .perArrestsAYear: "per_100k_arrests_a_year"
        }
    }

    /// The JSON document: `{"comparison": [names], "reform": file (absent without one), "scenarios": [{"name",
    /// "scenario_path", "scenario_sha256", "seed", "replications", "tool_version", "figures":
    /// {"<metric>": {"label", "scaling", "unit", "mean", "ci95", "replications"}}}]}`, NaN as null.
    public func json() throws -> String {
        let document = ComparisonDocument(
            comparison: comparison.columns.map(\.name), reform: reform,
            scenarios: zip(comparison.columns, provenances).map { column, provenance in
                ComparisonDocument.Scenario(
                    name: column.name, scenarioPath: provenance.scenarioPath,
                    scenarioSHA256: provenance.scenarioSHA256, seed: provenance.seed,
                    replications: column.replications, toolVersion: provenance.toolVersion,
                    figures: Dictionary(
                        uniqueKeysWithValues: ScenarioComparison.figures.map { metric in
                            (
                                metric.rawValue,
                                ComparisonDocument.Figure(
                                    label: ScenarioComparison.label(of: metric),
                                    scaling: Self.scalingKey(ScenarioComparison.scaling(of: metric)),
                                    unit: metric.definition.unit.rawValue,
                                    estimate: JSONReport.Figure(column.estimates[metric] ?? Estimate(samples: [])))
                            )
                        }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// One self-contained HTML page: the table and the provenance.
    public func html() -> String {
        var body = "<h1>\(escapeXML(title))</h1>\n"
        for table in tables { body += HTMLReport.html(table) }
        body += provenances.map { "<footer>\(escapeXML($0.line))</footer>\n" }.joined()
        return HTMLReport.page(title: title, body: body)
    }
}

/// The JSON form of a ``ComparisonReport``.
private struct ComparisonDocument: Encodable {
    struct Figure: Encodable {
        var label: String
        var scaling: String
        var unit: String
        var estimate: JSONReport.Figure

        enum CodingKeys: String, CodingKey { case label, scaling, unit }

        func encode(to encoder: any Encoder) throws {
            try estimate.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(label, forKey: .label)
            try container.encode(scaling, forKey: .scaling)
            try container.encode(unit, forKey: .unit)
        }
    }

    struct Scenario: Encodable {
        var name: String
        var scenarioPath: String
        var scenarioSHA256: String
        var seed: UInt64
        var replications: Int
        var toolVersion: String
        var figures: [String: Figure]

        enum CodingKeys: String, CodingKey {
            case name, seed, replications, figures
            case scenarioPath = "scenario_path"
            case scenarioSHA256 = "scenario_sha256"
            case toolVersion = "tool_version"
        }
    }

    var comparison: [String]
    var reform: String?
    var scenarios: [Scenario]
}
