import Foundation
import Testing

/// `pretrial metrics` lists the catalog, and README's table of figures is its output.
@Suite("pretrial metrics and the README's table of figures")
struct MetricsCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("README's table of figures is exactly `pretrial metrics --format markdown`")
    func readmeTableIsTheCatalog() throws {
        let outcome = try PretrialExecutable.run(["metrics", "--format", "markdown"])
        try #require(outcome.status == 0, "\(outcome.standardError)")
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(
            readme.range(of: "<!-- metrics: made by `pretrial metrics --format markdown`; a test keeps it so -->\n"))
        let end = try #require(readme.range(of: "<!-- end of metrics -->", range: begin.upperBound..<readme.endIndex))
        let table = String(readme[begin.upperBound..<end.lowerBound])
        #expect(
            table == outcome.standardOutput,
            """
            README.md's table of figures differs from the catalog: replace it with the output of \
            `pretrial metrics --format markdown`.
            """)
    }

    @Test("--format json gives every figure with its unit, and rates with their counters")
    func json() throws {
        let outcome = try PretrialExecutable.run(["metrics", "--format", "json"])
        try #require(outcome.status == 0, "\(outcome.standardError)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        let byID = Dictionary(
            uniqueKeysWithValues: entries.compactMap { entry in (entry["id"] as? String).map { ($0, entry) } })
        #expect(byID.count == entries.count && entries.count > 30)
        let pleas = try #require(byID["guilty_plea_share_detained"])
        #expect(pleas["unit"] as? String == "share")
        #expect(pleas["numerator"] as? String == "pleas_detained")
        #expect(pleas["denominator"] as? [String] == ["offers_detained"])
        #expect(pleas["denominator_noun"] as? String == "plea offers to detained people")
        #expect(byID["model_events"]?["scope"] as? String == "overall_only")
        #expect(byID["arrests"]?["numerator"] == nil)
    }
}
