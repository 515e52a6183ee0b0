import Experiments
import Foundation
import PretrialModel
import SimKernel

/// A threshold sweep's result (`pretrial experiment thresholds`) in any format: tables for the
/// human formats (terminal, Markdown), one JSON document, one tidy CSV table, or one HTML page
/// with charts of the frontier and of the error rates by group.
public struct ThresholdReport: Sendable {
    /// The result.
    public var result: ThresholdSweepResult
    /// Where it comes from.
    public var provenance: Provenance

    /// Creates a report.
    public init(result: ThresholdSweepResult, provenance: Provenance) {
        self.result = result
        self.provenance = provenance
    }

    /// The formats a sweep is written in.
    public static let formats: [ReportFormat] = [.text, .markdown, .json, .csv, .html]

    /// The report in `format` (one of ``formats``; LaTeX is written as Markdown).
    public func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: TerminalReport().render(tables, provenance: provenance)
        case .markdown, .latex: MarkdownReport().render(tables, provenance: provenance)
        case .json: try json()
        case .csv: csv()
        case .html: html()
        }
    }

    /// The point whose calibration table the human formats show: the sweep's middle one.
    var calibrationPoint: ThresholdSweepResult.Point? {
        result.points.isEmpty ? nil : result.points[result.points.count / 2]
    }

    /// The tables of the human formats.
    public var tables: [ReportTable] {
        let r = result
        var tables: [ReportTable] = []
        let flagged = FairnessFigure.flaggedShare
        tables.append(
            ReportTable(
                title: "Risk threshold sweep (\(r.variant)): detention and outcomes among the released",
                columns: ["Threshold"] + ThresholdSweepResult.outcomeFigures.map(\.label) + ["Share flagged high risk"],
                rows: r.points.map { point in
                    ReportRow(
                        point.name,
                        cells: ThresholdSweepResult.outcomeFigures.map {
                            .estimate(point.estimate($0), unit: $0.definition.unit)
                        }
                            + [.estimate(point.estimate(flagged), unit: .share)])
                },
                notes: r.notes))
        tables.append(
            ReportTable(
                title: "Detention past first appearance and share flagged, by group",
                columns: ["Threshold"] + r.groups.map { "Detained: \($0)" } + r.groups.map { "Flagged: \($0)" },
                rows: r.points.map { point in
                    ReportRow(
                        point.name,
                        cells: r.groups.map {
                            .estimate(point.estimate(.detainedPastFirstAppearanceShare, .group($0)), unit: .share)
                        } + r.groups.map { .estimate(point.estimate(flagged, .group($0)), unit: .share) })
                }))
        guard r.hasFairnessFigures else { return tables }
        for kind in FairnessFigure.Kind.allCases {
            let figures = FairnessFigure.Measure.allCases.map { FairnessFigure($0, kind) }
            var rows: [ReportRow] = []
            for point in r.points {
                rows.append(
                    ReportRow(point.name, cells: figures.map { .estimate(point.estimate($0.metric), unit: nil) }))
                for group in r.groups {
                    rows.append(
                        ReportRow(
                            group, depth: 1,
                            cells: figures.map { .estimate(point.estimate($0.metric, .group(group)), unit: nil) }))
                }
            }
            tables.append(
                ReportTable(
                    title: "Fairness figures by group, \(kind.word) outcomes"
                        + (kind == .truth
                            ? " (everyone scored, the detained included)" : " (people released before disposition)"),
                    columns: ["Threshold"] + FairnessFigure.Measure.allCases.map(\.shortName), rows: rows))
        }
        let finding = r.finding
        let gapFigures: [FairnessFigure.Measure] = [
            .outcomeRate, .falsePositiveRate, .falseNegativeRate, .positivePredictiveValue,
        ]
        var gapRows: [ReportRow] = []
        for (index, point) in r.points.enumerated() {
            gapRows.append(ReportRow(point.name, cells: Array(repeating: .empty, count: gapFigures.count + 1)))
            for comparison in finding.comparisons {
                let gaps = comparison.points[index]
                let worst = gaps.worstDecile
                gapRows.append(
                    ReportRow(
                        comparison.group, depth: 1,
                        cells: gapFigures.map { measure in
                            point.gap(
                                FairnessFigure(measure, ImpossibilityFinding.kind).metric, group: comparison.group,
                                reference: comparison.reference
                            ).map { .comparison(difference: $0.gap, ratio: nil, unit: nil) } ?? .missing
                        } + [
                            worst.map {
                                .text(
                                    "decile \($0.decile): "
                                        + NumberFormat.withInterval($0.gap.gap, signed: true))
                            } ?? .missing
                        ]))
            }
        }
        tables.append(
            ReportTable(
                title: "The impossibility result on these numbers: gaps against \(r.referenceGroup), true outcomes",
                columns: ["Threshold"] + gapFigures.map { "\($0.shortName) gap [95% CI]" } + [
                    "Largest calibration gap"
                ],
                rows: gapRows, notes: finding.sentences))
        if let point = calibrationPoint {
            tables.append(
                ReportTable(
                    title: "Calibration at \(point.name): outcome rate by score decile and group",
                    columns: ["Score decile"]
                        + r.groups.flatMap { group in FairnessFigure.Kind.allCases.map { "\(group), \($0.word)" } },
                    rows: (1...10).map { decile in
                        ReportRow(
                            "\(decile)",
                            cells: r.groups.flatMap { group in
                                FairnessFigure.Kind.allCases.map { kind in
                                    .estimate(
                                        point.estimate(FairnessFigure.decile(decile, kind), .group(group)), unit: .share
                                    )
                                }
                            })
                    },
                    notes: [
                        "A score's decile is d when it lies in ((d − 1)/10, d/10]; a score calibrated within groups gives "
                            + "each group the same outcome rate in each decile."
                    ]))
        }
        return tables
    }
}
