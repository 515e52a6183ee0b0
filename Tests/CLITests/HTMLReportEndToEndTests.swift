import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// `--format html`: one self-contained page, well-formed, with charts, tables, assumptions
/// and provenance, from `run` and again from `report`.
@Suite("pretrial run --format html, end to end")
struct HTMLReportEndToEndTests {
    /// Counts the elements of each name in a well-formed XML document.
    final class Counter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            counts[elementName, default: 0] += 1
        }
    }

    static func elementCounts(_ html: String) -> [String: Int]? {
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        let counter = Counter()
        parser.delegate = counter
        return parser.parse() ? counter.counts : nil
    }

    @Test("a reform run gives a well-formed page with five charts, the tables, assumptions and provenance")
    func runPage() throws {
        let folder = try makeTemporaryFolder("pretrial-html")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("s.sqlite").path
        let scenario = RunEndToEndTests.path("scenarios/reforms/new-york-2020.yaml")
        let run = try PretrialExecutable.run([
            "run", scenario, "--replications", "2", "--quiet", "--format", "html", "--store", store,
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let page = run.standardOutput
        let counts = try #require(Self.elementCounts(page), "the page must be well-formed XML")
        // Two figures, by group and by income quintile, and the daily population of both variants.
        #expect(counts["svg"] == 5)
        #expect(page.contains("People held pre-trial, by day (mean and 95% band over replications)"))
        #expect(counts["polygon"] == 2, "a band for each variant")
        #expect((counts["table"] ?? 0) >= 4)
        #expect(!page.contains("<script"))
        #expect(page.contains("<h2>Assumptions</h2>"))
        #expect(page.contains("Variant new-york-2020:"))
        #expect(page.contains("sha256"))
        #expect(page.contains("Share detained past first appearance, by income quintile"))

        let report = try PretrialExecutable.run(["report", "--store", store, "--format", "html"])
        #expect(report.status == 0, "\(report.standardError)")
        // The stored run has its series too.
        #expect(Self.elementCounts(report.standardOutput)?["svg"] == 5)
        #expect(report.standardOutput.contains("Variant new-york-2020:"))
    }
}
