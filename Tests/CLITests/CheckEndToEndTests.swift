import Foundation
import Testing

/// `pretrial check` end to end: a short run of R1 against a small targets file prints the
/// table with its pass-count line and exits 0 even when targets fail; the shipped Broward
/// targets file is valid; a bad targets file exits 1 naming its file and line before
/// anything runs.
@Suite("pretrial check, end to end")
struct CheckEndToEndTests {
    /// R1 with a 60-day window and two replications, so that a debug build runs it in moments.
    static func shortScenario(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("short.yaml").path
        let base = RunEndToEndTests.path("scenarios/r1-benchmark.yaml").replacingOccurrences(of: "'", with: "''")
        try "extends: '\(base)'\nrun: {arrest_window_days: 60, replications: 2}\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let targets = """
        targets:
          jurisdiction: Nowhere
          items:
            - name: stay_mean
              figure: pretrial_detention_days
              observed: 1000000
              source: invented
              citation: a test
              tolerance: {relative: 0.01}
              role: calibration
            - name: arrests_overall
              figure: arrests
              observed: 1
              source: invented
              citation: a test
              tolerance: {absolute: 100000000}
              role: validation
            - name: future_figure
              figure: not_a_figure_yet
              observed: 0.5
              source: invented
              citation: a test
              tolerance: {absolute: 0.1}
              role: validation

        """

    @Test("prints every target, the pass counts and the CI note; exit 0 though a target fails")
    func check() throws {
        let folder = try makeTemporaryFolder("pretrial-check")
        defer { removeTemporaryFolder(folder) }
        let scenario = try Self.shortScenario(in: folder)
        let targets = folder.appendingPathComponent("targets.yaml").path
        try Self.targets.write(toFile: targets, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run([
            "check", scenario, "--targets", targets, "--seed", "5", "--jobs", "2", "--quiet",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = outcome.standardOutput
        #expect(
            text.contains("calibration targets: 0 of 1 within tolerance; validation: 1 of 2 (1 without a model figure)")
        )
        #expect(text.contains("no such figure"))
        #expect(text.contains("Monte Carlo"))
        for name in ["stay_mean", "arrests_overall", "future_figure"] { #expect(text.contains(name)) }

        let csv = try PretrialExecutable.run([
            "check", scenario, "--targets", targets, "--seed", "5", "--jobs", "2", "--quiet", "--format", "csv",
        ])
        #expect(csv.status == 0)
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.last?.hasSuffix(",no such figure") == true)

        let json = try PretrialExecutable.run([
            "check", scenario, "--targets", targets, "--seed", "5", "--jobs", "2", "--quiet", "--format", "json",
        ])
        #expect(json.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let passes = try #require(document["passes"] as? [String: [String: Int]])
        #expect(passes["calibration"] == ["total": 1, "compared": 1, "within_tolerance": 0])
        #expect(passes["validation"] == ["total": 2, "compared": 1, "within_tolerance": 1])
        let rows = try #require(document["targets"] as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["compared", "compared", "no such figure"])
        #expect(rows[2]["model"] is NSNull)
    }

    @Test("the shipped Broward targets file is valid")
    func browardTargetsValid() throws {
        let folder = try makeTemporaryFolder("pretrial-check")
        defer { removeTemporaryFolder(folder) }
        // A scenario that is not valid stops before running, so only the targets file's
        // validity decides the exit status here: an error in it exits 1 first.
        let bad = folder.appendingPathComponent("bad.yaml").path
        try "not a scenario: true\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run([
            "check", bad, "--targets", RunEndToEndTests.path("data/targets/broward.yaml"), "--quiet",
        ])
        #expect(outcome.status == 1)
        #expect(!outcome.standardError.contains("broward.yaml:"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("bad.yaml"))
    }

    @Test("a bad targets file exits 1 naming file:line, before anything runs")
    func badTargets() throws {
        let folder = try makeTemporaryFolder("pretrial-check")
        defer { removeTemporaryFolder(folder) }
        let scenario = try Self.shortScenario(in: folder)
        let targets = folder.appendingPathComponent("targets.yaml").path
        try Self.targets.replacingOccurrences(of: "{absolute: 0.1}", with: "{absolute: -1}").write(
            toFile: targets, atomically: true, encoding: .utf8)
        let outcome = try PretrialExecutable.run(["check", scenario, "--targets", targets])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("targets.yaml:23:29: error:"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("targets.items[2].tolerance.absolute"))
        #expect(outcome.standardOutput.isEmpty)
    }
}
