import Experiments
import PretrialModel
@testable import Reports
import Testing

/// The tables of differences from the baseline: every row shows each variant's own comparison
/// of that figure and cell, even when a variant lacks one, and the main figures are compared
/// by charge class and income quintile as well.
@Suite("Comparison tables")
struct ComparisonTableTests {
    static let cells: [BreakdownCell] = [.overall, .group("A"), .group("B"), .chargeClass("felony"),
                                         .chargeClass("misdemeanor")] + (1...5).map { .incomeQuintile($0) }

    /// Replication `replication` of `variant`: every value is `variant * 10 + cell + replication / 10`,
    /// except that variant 1 has no failure-to-appear rate for group A (nobody released).
    static func outcome(variant: Int, replication: Int) -> ReplicationOutcome {
        var values: [MetricID: [Double]] = [:]
        for metric in MetricID.allCases {
            values[metric] = cells.indices.map { cell in
                if variant == 1 && metric == .failureToAppearRate && cell == 1 { return .nan }
                return Double(variant * 10 + cell) + Double(replication) / 10
            }
        }
        let metrics = ReplicationMetrics(cells: cells, values: values, modelEvents: 100, endTime: 365)
        return ReplicationOutcome(variant: variant, replication: replication, metrics: metrics, wallSeconds: 0.1)
    }

    static let evidence = Evidence(
        variants: [("baseline", ""), ("first", ""), ("second", "")],
        outcomes: (0..<3).flatMap { variant in (0..<4).map { outcome(variant: variant, replication: $0) } },
        referenceGroup: "A")

    @Test("a comparison missing in one variant leaves a dash there and shifts no other row")
    func rowsStayAligned() throws {
        let table = EvidenceTables.comparisons(Self.evidence)
        let label = MetricID.failureToAppearRate.label
        let start = try #require(table.rows.firstIndex { $0[0] == label })
        // Overall: variant 1 is 10 above the baseline, variant 2 is 20 above, in every cell.
        #expect(table.rows[start][1].hasPrefix("+10.00 "))
        #expect(table.rows[start][2].hasPrefix("+20.00 "))
        #expect(table.rows[start + 1] == ["  A", "–", table.rows[start + 1][2]])
        #expect(table.rows[start + 1][2].hasPrefix("+20.00 "))
        #expect(table.rows[start + 2][0] == "  B")
        #expect(table.rows[start + 2][1].hasPrefix("+10.00 ") && table.rows[start + 2][2].hasPrefix("+20.00 "))
        // Every row has a figure for each variant.
        #expect(table.rows.allSatisfy { $0.count == 3 })
    }

    @Test("the main figures are compared by charge class and by income quintile, with a heading per figure")
    func breakdownComparisons() throws {
        let table = try #require(EvidenceTables.breakdownComparisons(Self.evidence))
        let metrics = MetricID.withRole(.comparedByBreakdown)
        // A heading and 2 charge classes and 5 quintiles per figure.
        #expect(table.rows.count == metrics.count * 8)
        #expect(table.rows[0] == [metrics[0].label, "", ""])
        #expect(table.rows[1][0] == "  felony")
        #expect(table.rows[3][0] == "  income quintile 1 (least)")
        #expect(table.rows[7][0] == "  income quintile 5 (most)")
        #expect(table.rows.filter { !$0[1].isEmpty }.allSatisfy { $0[1].hasPrefix("+10.00 ") && $0[2].hasPrefix("+20.00 ") })
        // Only the main figures: no group rows here, no other figures.
        #expect(!table.rows.contains { $0[0] == "  A" })
        #expect(EvidenceTables.make(Self.evidence).contains { $0.title == table.title })
    }

    @Test("one variant alone has no comparison tables")
    func baselineAlone() {
        let alone = Evidence(variants: [("baseline", "")], outcomes: (0..<3).map { Self.outcome(variant: 0, replication: $0) },
                             referenceGroup: "A")
        #expect(EvidenceTables.breakdownComparisons(alone) == nil)
        #expect(!EvidenceTables.make(alone).contains { $0.title.hasPrefix("Differences") })
    }
}
