import Experiments
import Foundation
import PretrialModel
@testable import Reports
import Testing

/// CSV and JSON serialise one list of tidy rows: the same figures, with the same intervals,
/// replications, units and small-numbers flags, in both.
@Suite("CSV and JSON from one tidy row list")
struct TidyRowTests {
    static let evidence = SampleEvidence.evidence(smallMetric: .moneyBailShare)
    static let report = Report(evidence: evidence, provenance: HumanFormatTests.provenance)

    /// The CSV's records as dictionaries keyed by the header, provenance rows left out.
    static func csvRecords() throws -> [[String: String]] {
        let records = TableReaders.csv(CSVReport().render(report))
        let header = try #require(records.first)
        #expect(
            header == [
                "section", "variant", "metric", "label", "breakdown", "mean", "ci95_low", "ci95_high",
                "replications", "note", "unit", "numerator_total", "denominator_total",
            ])
        #expect(records.allSatisfy { $0.count == header.count })
        return records.dropFirst().filter { $0[0] != "provenance" }.map {
            Dictionary(uniqueKeysWithValues: zip(header, $0))
        }
    }

    static func json() throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(try JSONReport().render(report).utf8)) as? [String: Any])
    }

    /// The JSON object of `cell` in a figure's (or a comparison's) entry.
    static func entry(_ figure: [String: Any], _ cell: BreakdownCell) -> [String: Any]? {
        switch cell {
        case .overall: figure["overall"] as? [String: Any]
        case .group(let name): (figure["by_group"] as? [String: Any])?[name] as? [String: Any]
        case .chargeClass(let name): (figure["by_charge_class"] as? [String: Any])?[name] as? [String: Any]
        case .incomeQuintile(let quintile):
            (figure["by_income_quintile"] as? [String: Any])?["\(quintile)"] as? [String: Any]
        case .detentionStatus(let status):
            (figure["by_detention_status"] as? [String: Any])?[status.rawValue] as? [String: Any]
        }
    }

    /// Whether a CSV record's mean, interval and replications are those of a JSON figure.
    static func same(_ record: [String: String], _ figure: [String: Any]?) -> Bool {
        guard let figure, let mean = figure["mean"] as? Double, let interval = figure["ci95"] as? [Any] else {
            return false
        }
        func close(_ text: String?, _ value: Any?) -> Bool {
            guard let text, let a = Double(text), let b = value as? Double else { return text == "" && value is NSNull }
            return abs(a - b) <= 1e-12 * max(1, abs(a))
        }
        return close(record["mean"], mean) && close(record["ci95_low"], interval[0])
            && close(record["ci95_high"], interval[1])
            && record["replications"] == "\(figure["replications"] as? Int ?? -1)"
    }

    @Test("every estimate in the CSV is the JSON's figure, and every JSON figure with a value is in the CSV")
    func estimatesAgree() throws {
        let records = try Self.csvRecords().filter { $0["section"] == "estimate" }
        let variants = try #require(try Self.json()["variants"] as? [[String: Any]])
        #expect(!records.isEmpty)
        for record in records {
            let variant = try #require(variants.first { $0["name"] as? String == record["variant"] })
            let metric = try #require(MetricID(rawValue: record["metric"] ?? ""))
            let figure = try #require((variant["metrics"] as? [String: Any])?[metric.rawValue] as? [String: Any])
            let cell = try #require(BreakdownCell(key: record["breakdown"] ?? ""))
            #expect(Self.same(record, Self.entry(figure, cell)), "\(record)")
            #expect(record["unit"] == metric.definition.unit.rawValue)
            #expect(figure["unit"] as? String == metric.definition.unit.rawValue)
            #expect(record["label"] == metric.label)
            // A rate's pooled counts are the same in both, and only a rate or mean has them.
            let json = Self.entry(figure, cell)
            for key in ["numerator_total", "denominator_total"] {
                let text = record[key] ?? ""
                if let value = json?[key] as? Double {
                    #expect(Double(text) == value, "\(key) of \(record)")
                } else {
                    #expect(text == "", "\(key) of \(record)")
                }
            }
            if metric.definition.formula.parts == nil { #expect(record["numerator_total"] == "") }
        }
        var withValue = 0
        for variant in variants {
            for case let figure as [String: Any] in (variant["metrics"] as? [String: Any] ?? [:]).values {
                let cells: [Any] =
                    [figure["overall"] as Any]
                    + ["by_group", "by_charge_class", "by_income_quintile"].flatMap {
                        (figure[$0] as? [String: Any] ?? [:]).values.map { $0 }
                    }
                withValue += cells.filter { (($0 as? [String: Any])?["replications"] as? Int ?? 0) > 0 }.count
            }
        }
        #expect(withValue == records.count)
    }

    @Test("comparisons, disparities and relative rate indices are the same in both")
    func comparisonsAgree() throws {
        let records = try Self.csvRecords()
        let variants = try #require(try Self.json()["variants"] as? [[String: Any]])
        func variant(_ record: [String: String]) throws -> [String: Any] {
            try #require(variants.first { $0["name"] as? String == record["variant"] })
        }
        let differences = records.filter { $0["section"] == "difference_vs_baseline" }
        let ratios = records.filter { $0["section"] == "ratio_vs_baseline" }
        #expect(!differences.isEmpty && differences.count == ratios.count)
        for (record, part) in differences.map({ ($0, "difference") }) + ratios.map({ ($0, "ratio") }) {
            let versus = try #require(try variant(record)["versus_baseline"] as? [String: Any])
            let figure = try #require(versus[record["metric"] ?? ""] as? [String: Any])
            let cell = try #require(BreakdownCell(key: record["breakdown"] ?? ""))
            #expect(Self.same(record, Self.entry(figure, cell)?[part] as? [String: Any]), "\(record)")
        }
        let comparedInJSON = variants.compactMap { $0["versus_baseline"] as? [String: [String: Any]] }.joined().map {
            _, byCell in
            (byCell["overall"] == nil ? 0 : 1)
                + byCell.filter { $0.key != "overall" }.values.map { ($0 as? [String: Any])?.count ?? 0 }.reduce(0, +)
        }.reduce(0, +)
        #expect(comparedInJSON == differences.count)

        let disparityRatios = records.filter { $0["section"] == "disparity_ratio" }
        #expect(disparityRatios.count == records.filter { $0["section"] == "disparity_difference" }.count)
        let disparitiesInJSON = variants.flatMap { $0["disparities"] as? [[String: Any]] ?? [] }
        #expect(disparityRatios.count == disparitiesInJSON.count)
        for (record, disparity) in zip(disparityRatios, disparitiesInJSON) {
            #expect(record["metric"] == disparity["metric"] as? String)
            #expect(
                record["breakdown"]
                    == "group:\(disparity["group"] as? String ?? "") vs group:\(disparity["reference"] as? String ?? "")"
            )
            #expect(Self.same(record, disparity["ratio"] as? [String: Any]))
            #expect((record["note"] == "small numbers") == (disparity["small_numbers"] as? Bool))
        }
        #expect(disparitiesInJSON.contains { $0["small_numbers"] as? Bool == true })
        #expect(disparitiesInJSON.contains { $0["small_numbers"] as? Bool == false })

        let stages = records.filter { $0["section"] == "relative_rate_index" }
        let stagesInJSON = variants.flatMap { $0["relative_rate_index"] as? [[String: Any]] ?? [] }
        #expect(!stages.isEmpty && stages.count == stagesInJSON.count)
        for (record, stage) in zip(stages, stagesInJSON) {
            #expect(record["label"] == stage["stage"] as? String && record["unit"] == "")
            #expect(Self.same(record, stage["index"] as? [String: Any]))
        }
    }

    @Test("the tidy rows hold every figure with a value, once, keyed by section, variant, figure and breakdown")
    func rowsAreUnique() {
        let rows = TidyRow.rows(of: Self.evidence)
        let keys = rows.map {
            "\($0.section.rawValue)|\($0.variantIndex)|\($0.metricKey)|\($0.label)|\($0.breakdown.key)"
        }
        #expect(Set(keys).count == rows.count)
        #expect(rows.allSatisfy { $0.estimate.count > 0 })
        #expect(
            rows.filter { $0.section == .estimate }.count
                == Self.evidence.summaries.map { summary in
                    summary.estimates.values.joined().filter { $0.count > 0 }.count
                }.reduce(0, +))
    }
}
