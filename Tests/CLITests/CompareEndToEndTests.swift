import Foundation
import Testing

/// `pretrial compare` end to end: two shipped scenarios side by side, totals per 100,000
/// arrests as a `run` of the same scenario gives them, every format, a common reform, and a
/// bad file refused with its name.
@Suite("pretrial compare, end to end")
struct CompareEndToEndTests {
    static func path(_ relative: String) -> String { RunEndToEndTests.path(relative) }

    static let county = "scenarios/us-county-baseline.yaml"
    static let broward = "scenarios/broward.yaml"
    static let r1 = "scenarios/r1-benchmark.yaml"

    /// The JSON of a command that must succeed.
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try PretrialExecutable.run(arguments + ["--quiet", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    /// A figure's mean in `pretrial compare`'s JSON, for the scenario at `index`.
    static func compared(_ json: [String: Any], _ index: Int, _ metric: String) throws -> Double {
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        let figures = try #require(scenarios[index]["figures"] as? [String: [String: Any]])
        return try #require(figures[metric]?["mean"] as? Double, "no \(metric)")
    }

    /// A figure's overall mean in `pretrial run`'s JSON, for the baseline.
    static func ran(_ json: [String: Any], _ metric: String) throws -> Double {
        let variants = try #require(json["variants"] as? [[String: Any]])
        let metrics = try #require(variants[0]["metrics"] as? [String: [String: Any]])
        let overall = try #require(metrics[metric]?["overall"] as? [String: Any])
        return try #require(overall["mean"] as? Double, "no \(metric)")
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1) }

    @Test("two shipped scenarios side by side: totals per 100,000 arrests as a run of each gives them")
    func scalingAgainstRun() throws {
        let compare = try Self.json([
            "compare", Self.path(Self.county), Self.path(Self.broward), "--replications", "1", "--seed", "3",
        ])
        #expect(
            compare["comparison"] as? [String] == [
                "US county baseline (cash bail)", "Broward County pre-trial (COMPAS)",
            ])
        for (index, file) in [Self.county, Self.broward].enumerated() {
            let run = try Self.json(["run", Self.path(file), "--replications", "1", "--seed", "3", "--no-store"])
            let arrests = try Self.ran(run, "arrests")
            #expect(try Self.close(Self.compared(compare, index, "arrests"), arrests))
            for total in ["bed_days", "cost_dollars", "innocent_convictions"] {
                let expected = try Self.ran(run, total) * 100_000 / arrests
                #expect(try Self.close(Self.compared(compare, index, total), expected), "\(file) \(total)")
            }
            let perYear = arrests / (try Self.ran(run, "counted_days")) * 365
            let jail = try Self.ran(run, "jail_population_average") * 100_000 / perYear
            #expect(try Self.close(Self.compared(compare, index, "jail_population_average"), jail), "\(file)")
            for share in ["detained_past_first_appearance_share", "failure_to_appear_rate", "pretrial_detention_days"] {
                #expect(try Self.close(Self.compared(compare, index, share), Self.ran(run, share)), "\(file) \(share)")
            }
        }
    }

    @Test(
        "every format of run: text, markdown, csv, json, html, latex",
        arguments: ["text", "markdown", "csv", "html", "latex"])
    func formats(_ format: String) throws {
        let outcome = try PretrialExecutable.run([
            "compare", Self.path(Self.r1), Self.path(Self.broward), "--replications", "2", "--quiet", "--format",
            format,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = outcome.standardOutput
        switch format {
        case "csv":
            let lines = text.split(separator: "\n")
            #expect(lines.first == "scenario,metric,label,scaling,unit,mean,ci95_low,ci95_high,replications")
            let bedDays = lines.filter { $0.contains(",bed_days,") }
            #expect(bedDays.count == 2)
            #expect(bedDays.allSatisfy { $0.contains("per_100k_arrests") })
            #expect(lines.contains { $0.hasPrefix("Broward County pre-trial (COMPAS),seed,") })
        case "markdown":
            #expect(text.contains("| Figure | R1 benchmark (stable) | Broward County pre-trial (COMPAS) |"))
            #expect(text.contains("per 100,000 arrests |"))
        case "html":
            #expect(text.hasPrefix("<!DOCTYPE html>"))
            #expect(
                text.contains("<th>Broward County pre-trial (COMPAS)</th>")
                    || text.contains("Broward County pre-trial (COMPAS)</th>"))
            #expect(text.hasSuffix("</html>\n"))
        case "latex":
            #expect(text.contains("\\begin{tabular}{lrr}"))
            #expect(text.contains("R1 benchmark (stable) & Broward County pre-trial (COMPAS)"))
        default:
            #expect(text.contains("Broward County pre-trial (COMPAS)"))
            #expect(text.contains("Bed-days") || text.contains("bed-days"))
            #expect(text.contains("per 100,000 arrests a year"))
            #expect(text.contains("Scenario \"R1 benchmark (stable)\""))
        }
    }

    @Test("--reform merges one overlay over every baseline")
    func reform() throws {
        let folder = try makeTemporaryFolder("compare-reform")
        defer { removeTemporaryFolder(folder) }
        let overlay = folder.appendingPathComponent("release-everyone.yaml")
        try """
        policies:
          release: {module: r1-release, parameters: {ror_probability: 1}}
        """.write(to: overlay, atomically: true, encoding: .utf8)
        let arguments = ["compare", Self.path(Self.r1), Self.path(Self.broward), "--replications", "2"]
        let baseline = try Self.json(arguments)
        let reformed = try Self.json(arguments + ["--reform", overlay.path])
        #expect(reformed["reform"] as? String == overlay.path)
        for index in 0..<2 {
            let before = try Self.compared(baseline, index, "detained_past_first_appearance_share")
            let after = try Self.compared(reformed, index, "detained_past_first_appearance_share")
            // Holds and arrests with no release decision keep some held: the reform halves it at least.
            #expect(after < before / 2, "scenario \(index): \(before) -> \(after)")
        }
    }

    @Test("a bad file is named, with a non-zero exit")
    func badFile() throws {
        let missing = try PretrialExecutable.run(["compare", Self.path(Self.r1), "no-such-scenario.yaml", "--quiet"])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("no-such-scenario.yaml"))
        #expect(missing.standardOutput.isEmpty)
        let folder = try makeTemporaryFolder("compare-bad")
        defer { removeTemporaryFolder(folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        let text = try String(contentsOfFile: Self.path(Self.r1), encoding: .utf8)
            .replacingOccurrences(of: "courtrooms:", with: "courtroms:")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run(["compare", Self.path(Self.r1), bad.path, "--quiet"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("bad.yaml:"))
        #expect(outcome.standardError.contains("courtroms"))
        #expect(outcome.standardError.contains("nothing was run"))
        let overlay = folder.appendingPathComponent("extends.yaml")
        try "extends: other.yaml\n".write(to: overlay, atomically: true, encoding: .utf8)
        let extending = try PretrialExecutable.run(["compare", Self.path(Self.r1), "--reform", overlay.path, "--quiet"])
        #expect(extending.status != 0)
        #expect(extending.standardError.contains("cannot extend"))
    }
}
