import Experiments
import PretrialModel
@testable import Reports
import Testing

/// The tables of differences from the baseline: every row shows each variant's own comparison
/// of that figure and cell, even when a variant lacks one, and the main figures are compared
/// by charge class and income quintile as well.
@Suite("Comparison tables")
struct ComparisonTableTests {
    static let evidence = SampleEvidence.standard

    @Test("a comparison missing in one variant leaves a dash there and shifts no other row")
    func rowsStayAligned() throws {
        let table = EvidenceTables.comparisons(Self.evidence)
        let label = MetricID.failureToAppearRate.label
        let start = try #require(table.rows.firstIndex { $0.label == label && $0.depth == 0 })
        func text(_ row: Int, _ column: Int) -> String { NumberFormat.text(table.rows[row].cells[column]) }
        // Overall: variant 1 is 10 above the baseline, variant 2 is 20 above, in every cell.
        #expect(text(start, 0).hasPrefix("+10.00 "))
        #expect(text(start, 1).hasPrefix("+20.00 "))
        #expect(table.rows[start + 1].label == "A" && table.rows[start + 1].depth == 1)
        #expect(table.rows[start + 1].cells[0] == .missing)
        #expect(text(start + 1, 0) == "–")
        #expect(text(start + 1, 1).hasPrefix("+20.00 "))
        #expect(table.rows[start + 2].label == "B")
        #expect(text(start + 2, 0).hasPrefix("+10.00 ") && text(start + 2, 1).hasPrefix("+20.00 "))
        // Every row has a figure for each variant.
        #expect(table.rows.allSatisfy { $0.cells.count == 2 })
    }

    @Test("the main figures are compared by charge class and by income quintile, with a heading per figure")
    func breakdownComparisons() throws {
        let table = try #require(EvidenceTables.breakdownComparisons(Self.evidence))
        let metrics = MetricID.withRole(.comparedByBreakdown)
        // A heading and 2 charge classes and 5 quintiles per figure.
        #expect(table.rows.count == metrics.count * 8)
        #expect(table.rows[0] == ReportRow(metrics[0].label, depth: 0, cells: [.empty, .empty]))
        #expect(table.rows[1].label == "felony" && table.rows[1].depth == 1)
        #expect(table.rows[3].label == "income quintile 1 (least)")
        #expect(table.rows[7].label == "income quintile 5 (most)")
        #expect(
            table.rows.filter { $0.depth == 1 }.allSatisfy {
                NumberFormat.text($0.cells[0]).hasPrefix("+10.00 ")
                    && NumberFormat.text($0.cells[1]).hasPrefix("+20.00 ")
            })
        // Only the main figures: no group rows here, no other figures.
        #expect(!table.rows.contains { $0.label == "A" })
        #expect(EvidenceTables.make(Self.evidence).contains { $0.title == table.title })
    }

    @Test("one variant alone has no comparison tables")
    func baselineAlone() {
        let alone = Evidence(
            variants: [("baseline", "")],
            outcomes: (0..<3).map { SampleEvidence.outcome(variant: 0, replication: $0) },
            referenceGroup: "A")
        #expect(EvidenceTables.breakdownComparisons(alone) == nil)
        #expect(!EvidenceTables.make(alone).contains { $0.title.hasPrefix("Differences") })
    }
}
