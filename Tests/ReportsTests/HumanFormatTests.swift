import Experiments
import PretrialModel
@testable import Reports
import SimKernel
import Testing

/// The terminal, Markdown, LaTeX and HTML reports write the same typed rows: the same label
/// and the same cell texts in every format, each escaped its own way, and a row's depth shown
/// as each format shows it.
@Suite("Typed rows in every human format")
struct HumanFormatTests {
    static let provenance = Provenance(
        run: RunIdentity(
            scenarioName: "Sample", scenarioPath: "sample.yaml", scenarioSHA256: "abc", seed: 1,
            replications: 4, referenceGroup: nil, variants: [], toolVersion: "test"),
        date: "2026-01-01T00:00:00Z")

    /// A figure and a group under it, with every kind of cell and characters each format escapes.
    static let sample = ReportTable(
        title: "Sample", columns: ["Figure", "baseline", "reform", "Note"],
        rows: [
            ReportRow(
                "Share detained",
                cells: [
                    .estimate(Estimate(mean: 0.25, halfWidth: 0.01, count: 4), unit: .share),
                    .comparison(
                        difference: Estimate(mean: 0.05, halfWidth: 0.01, count: 4),
                        ratio: Estimate(mean: 1.2, halfWidth: 0.1, count: 4), unit: .share),
                    .text("a | b & c_d"),
                ]),
            ReportRow(
                "A", depth: 1,
                cells: [
                    .estimate(Estimate(mean: 12.5, halfWidth: .nan, count: 1), unit: .days),
                    .missing, .empty,
                ]),
        ])

    /// Each row as [label] + the text of each cell.
    static func expected(_ table: ReportTable) -> [[String]] {
        table.rows.map { [$0.label] + $0.cells.map(NumberFormat.text) }
    }

    @Test("cells are written as NumberFormat gives them")
    func cellTexts() {
        #expect(
            Self.expected(Self.sample) == [
                ["Share detained", "0.2500 ± 0.0100", "+0.0500 [0.0400, 0.0600]; ×1.200", "a | b & c_d"],
                ["A", "12.50", "–", ""],
            ])
        #expect(
            NumberFormat.text(
                .comparison(difference: nil, ratio: Estimate(mean: 1.5, halfWidth: 0.25, count: 3), unit: nil))
                == "1.500 [1.250, 1.750]")
        #expect(
            NumberFormat.text(
                .comparison(difference: Estimate(mean: -2, halfWidth: 1, count: 3), ratio: nil, unit: .days))
                == "-2.000 [-3.000, -1.000]")
        #expect(NumberFormat.text(.estimate(Estimate(samples: []), unit: .share)) == "–")
        #expect(NumberFormat.text(.value(1234.4, unit: .dollars)) == "1,234")
    }

    @Test(
        "a depth-1 row is indented in the terminal, \\quad in LaTeX, class=\"sub\" in HTML, non-breaking spaces in Markdown"
    )
    func depthIsShownInEveryFormat() throws {
        let table = Self.sample
        let terminal = TableReaders.terminal(TerminalReport().render([table], provenance: Self.provenance), rows: 2)
        #expect(terminal.map { $0[0] } == ["Share detained", "  A"])

        let markdown = TableReaders.markdown(MarkdownReport().render([table], provenance: Self.provenance))
        #expect(markdown.map { $0[0] } == ["Share detained", "\u{00A0}\u{00A0}\u{00A0}\u{00A0}A"])

        let latex = TableReaders.latex(LaTeXReport().render([table], provenance: Self.provenance))
        #expect(latex.map { $0[0] } == ["Share detained", "\\quad A"])

        let html = TableReaders.html(HTMLReport.html(table))
        #expect(html.map(\.rowClass) == ["", "sub"])
        #expect(html.map { $0.cells[0] } == ["Share detained", "A"])
    }

    @Test(
        "every table of a run reads back with the same cells in every human format",
        arguments: EvidenceTables.make(
            SampleEvidence.evidence(smallMetric: .moneyBailShare)))
    func sameCellsEverywhere(_ table: ReportTable) throws {
        let expected = Self.expected(table)
        let indented = zip(table.rows, expected).map { row, cells in
            [String(repeating: "  ", count: row.depth) + cells[0]] + cells.dropFirst()
        }
        #expect(
            TableReaders.terminal(TerminalReport().render([table], provenance: Self.provenance), rows: table.rows.count)
                == indented)
        let markdown = TableReaders.markdown(MarkdownReport().render([table], provenance: Self.provenance))
        #expect(
            markdown
                == zip(table.rows, expected).map { row, cells in
                    [String(repeating: MarkdownReport.indent, count: row.depth) + MarkdownReport.escape(cells[0])]
                        + cells.dropFirst().map(MarkdownReport.escape)
                })
        let latex = TableReaders.latex(LaTeXReport().render([table], provenance: Self.provenance))
        #expect(
            latex
                == zip(table.rows, expected).map { row, cells in
                    [String(repeating: "\\quad ", count: row.depth) + LaTeXReport.escape(cells[0])]
                        + cells.dropFirst().map(LaTeXReport.escape)
                })
        let html = TableReaders.html(HTMLReport.html(table))
        #expect(html.map(\.cells) == expected)
        #expect(html.map(\.rowClass) == table.rows.map { $0.depth > 0 ? "sub" : "" })
        // No format leaves the two-space indentation of the terminal in a label.
        #expect(!markdown.contains { $0[0].hasPrefix(" ") } && !latex.contains { $0[0].hasPrefix(" ") })
    }

    @Test("small-numbers warnings name each rate's own denominator")
    func smallNumbersNotes() throws {
        let evidence = SampleEvidence.evidence(smallMetric: .moneyBailShare)
        let disparities = try #require(EvidenceTables.disparities(evidence))
        let warning =
            "\"small numbers\": \(Disparity.smallNumbersNote(for: .moneyBailShare)); treat the figure with care."
        #expect(disparities.notes == [warning])
        #expect(warning.contains("first appearances"))
        let flagged = disparities.rows.filter { $0.cells.last == .text("small numbers") }
        #expect(!flagged.isEmpty && flagged.allSatisfy { $0.cells[1] == .text(MetricID.moneyBailShare.label) })

        let rri = try #require(EvidenceTables.relativeRates(evidence))
        let stageNotes = evidence.relativeRates.joined().flatMap(\.stages).compactMap(\.smallNumbersNote)
        #expect(!stageNotes.isEmpty)
        for note in stageNotes {
            #expect(rri.notes.contains("\"small numbers\": \(note); treat the figure with care."))
        }
    }

    @Test("the HTML page charts the figures the catalog marks charted, by group and by income quintile")
    func chartedFromCatalog() {
        let titles = HTMLReport.charts(SampleEvidence.standard).map(\.title)
        let charted = MetricID.withRole(.charted)
        #expect(!charted.isEmpty)
        #expect(titles == charted.map { "\($0.label), by group" } + charted.map { "\($0.label), by income quintile" })
    }

    @Test("each format has its renderer, named as the CLI's --format takes it")
    func formats() throws {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "markdown", "csv", "json", "latex", "html"])
        #expect(
            ReportFormat.text.renderer is TerminalReport && ReportFormat.markdown.renderer is MarkdownReport
                && ReportFormat.csv.renderer is CSVReport && ReportFormat.json.renderer is JSONReport
                && ReportFormat.latex.renderer is LaTeXReport && ReportFormat.html.renderer is HTMLReport)
        let report = Report(
            evidence: SampleEvidence.standard, provenance: Self.provenance, assumptions: ["Bail is cash."])
        for format in ReportFormat.allCases {
            let text = try format.renderer.render(report)
            #expect(text.hasSuffix("\n"), "\(format)")
            #expect(text.contains("abc"), "\(format) carries the provenance")
        }
    }
}

extension ReportTable: CustomTestStringConvertible {
    /// A table is named in test results by its title.
    public var testDescription: String { title }
}
