import Foundation
import Testing

/// Pins every figure of two shipped scenarios at a fixed seed, exactly, so that any change to
/// the random streams or to the process shows up here and forces a new tool version (which
/// `--resume` and `merge` rely on never to mix replications of different figures).
///
/// The pinned figures live in `Tests/Fixtures/golden/*.tsv`: one line per (variant, metric,
/// cell) with the mean over the replications, in the shortest text that reads back as the
/// same double, and a first line with the tool version that made them. When a change to the
/// figures is intended, raise `ToolVersion.current` and regenerate the files with
/// `PRETRIAL_REGENERATE_GOLDEN=1 swift test --filter GoldenFigures`; regenerating under the
/// same tool version fails.
@Suite("Golden figures: R1 and the county baseline at a fixed seed, bit for bit")
struct GoldenFiguresTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A pinned run: the scenario, its replications and seed, and the fixture file.
    struct Case: Sendable, CustomTestStringConvertible {
        var scenario: String
        var replications: Int
        var seed: Int
        var fixture: String
        var testDescription: String { "\(scenario) ×\(replications), seed \(seed)" }
    }

    static let cases = [
        Case(scenario: "scenarios/r1-benchmark.yaml", replications: 2, seed: 7, fixture: "r1-benchmark-seed7.tsv"),
        Case(
            scenario: "scenarios/us-county-baseline.yaml", replications: 2, seed: 7,
            fixture: "us-county-baseline-seed7.tsv"),
    ]

    @Test("every figure equals the pinned one", arguments: cases)
    func figuresArePinned(_ pinned: Case) throws {
        let outcome = try PretrialExecutable.run([
            "run", Self.root.appendingPathComponent(pinned.scenario).path, "--replications", "\(pinned.replications)",
            "--seed", "\(pinned.seed)", "--format", "json", "--quiet", "--no-store",
        ])
        try #require(outcome.status == 0, "\(outcome.standardError)")
        let (version, lines) = try Self.figures(fromJSON: outcome.standardOutput)
        let url = Self.root.appendingPathComponent("Tests/Fixtures/golden").appendingPathComponent(pinned.fixture)
        let made = (["tool_version\t\(version)"] + lines).joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["PRETRIAL_REGENERATE_GOLDEN"] == "1" {
            if let old = try? String(contentsOf: url, encoding: .utf8), old != made {
                let oldVersion = old.split(separator: "\n").first.map(String.init) ?? ""
                // Only new figures (every pinned line still made) need no new tool version.
                let onlyAdded = Set(old.split(separator: "\n")).isSubset(of: Set(made.split(separator: "\n")))
                try #require(
                    oldVersion != "tool_version\t\(version)" || onlyAdded,
                    "the figures changed but the tool version (\(version)) did not: raise ToolVersion.current first")
            }
            try made.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let pinnedLines = expected.split(separator: "\n").map(String.init)
        // A figure added to the catalog after the fixture was made is not pinned yet: the lines
        // of metrics the fixture does not name are left out, every pinned line must be there.
        let pinnedMetrics = Set(pinnedLines.dropFirst().map { $0.split(separator: "\t")[1] })
        let compared = lines.filter { pinnedMetrics.contains($0.split(separator: "\t")[1]) }
        let changed = zip(pinnedLines.dropFirst(), compared).filter { $0 != $1 }
        #expect(
            pinnedLines.count - 1 == compared.count, "\(compared.count) figures now, \(pinnedLines.count - 1) pinned")
        #expect(
            changed.isEmpty,
            """
            \(changed.count) figures differ from \(pinned.fixture), e.g. \(changed.prefix(3).map { "\($0.0) → \($0.1)" }). \
            If intended, raise ToolVersion.current and regenerate (see GoldenFiguresTests).
            """)
        #expect(
            pinnedLines.first == "tool_version\t\(version)",
            "the figures are as pinned but the fixture was made by another tool version; regenerate it")
    }

    /// The tool version and one line per (variant, metric, cell) with its mean, sorted.
    static func figures(fromJSON text: String) throws -> (String, [String]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let version = try #require(json["tool_version"] as? String)
        var lines: [String] = []
        for variant in try #require(json["variants"] as? [[String: Any]]) {
            let name = try #require(variant["name"] as? String)
            for (metric, value) in try #require(variant["metrics"] as? [String: Any]) {
                let entry = try #require(value as? [String: Any])
                if let overall = entry["overall"] as? [String: Any] {
                    lines.append("\(name)\t\(metric)\toverall\t\(number(overall["mean"]))")
                }
                for breakdown in ["by_group", "by_charge_class", "by_income_quintile"] {
                    for (cell, figure) in entry[breakdown] as? [String: Any] ?? [:] {
                        let mean = (figure as? [String: Any])?["mean"]
                        lines.append("\(name)\t\(metric)\t\(breakdown):\(cell)\t\(number(mean))")
                    }
                }
            }
        }
        return (version, lines.sorted())
    }

    /// A JSON number as the shortest text of its double; "null" for none.
    static func number(_ value: Any?) -> String {
        guard let number = value as? NSNumber else { return "null" }
        return "\(number.doubleValue)"
    }
}
