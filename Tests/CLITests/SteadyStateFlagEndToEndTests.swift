import Foundation
import GRDB
import Testing

/// The steady-state flag is shown in every format and kept in the store: on for the overloaded
/// R1 court, off for the stable one; and `validate`'s pilot run says the same.
@Suite("Steady-state flag in every format, in the store and in validate")
struct SteadyStateFlagEndToEndTests {
    static func path(_ relative: String) -> String { RunEndToEndTests.path(relative) }

    /// Runs `scenario` into a store in `folder` and returns the store's path and the JSON text.
    static func run(_ scenario: String, in folder: URL) throws -> (store: String, json: String) {
        let store = folder.appendingPathComponent("run.sqlite").path
        let outcome = try PretrialExecutable.run([
            "run", scenario.hasPrefix("/") ? scenario : path(scenario), "--replications", "2", "--quiet", "--format",
            "json", "--store", store,
        ])
        try #require(outcome.status == 0, "\(outcome.standardError)")
        return (store, outcome.standardOutput)
    }

    @Test("R1 overload: flagged in terminal, Markdown, HTML, CSV and JSON notes, and in the store's steady_state")
    func overloadFlaggedEverywhere() throws {
        let folder = try makeTemporaryFolder("steady-overload")
        defer { removeTemporaryFolder(folder) }
        let (store, json) = try Self.run("scenarios/r1-overload.yaml", in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let notes = try #require(document["notes"] as? [String])
        #expect(notes.contains { $0.hasPrefix("Not in a steady state (baseline)") && $0.contains("transient") })
        for format in ["text", "markdown", "html", "csv", "latex"] {
            let report = try PretrialExecutable.run(["report", "--store", store, "--format", format])
            #expect(report.status == 0, "\(report.standardError)")
            #expect(report.standardOutput.contains("Not in a steady state (baseline)"), "\(format)")
        }
        let html = try PretrialExecutable.run(["report", "--store", store, "--format", "html"]).standardOutput
        let flagged = notes.filter { $0.hasPrefix("Not in a steady state (baseline)") }.count
        #expect(
            html.components(separatedBy: "Not in a steady state (baseline)").count == flagged + 1,
            "the HTML page shows each note once")
        let queue = try DatabaseQueue(path: store)
        let row = try #require(
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT steady, backlog_grows, counted_days FROM steady_state")
            })
        #expect(row["steady"] as Int == 0 && row["backlog_grows"] as Int == 1)
        #expect(row["counted_days"] as Double == 365)
    }

    @Test("R1 stable with a warm-up: no flag, and the store says steady")
    func stableNotFlagged() throws {
        let folder = try makeTemporaryFolder("steady-stable")
        defer { removeTemporaryFolder(folder) }
        let scenario = folder.appendingPathComponent("r1-warm.yaml")
        let text = try String(contentsOfFile: Self.path("scenarios/r1-benchmark.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "warm_up_days: 0", with: "warm_up_days: 120")
        try text.write(to: scenario, atomically: true, encoding: .utf8)
        let (store, json) = try Self.run(scenario.path, in: folder)
        #expect(!json.contains("Not in a steady state"))
        let queue = try DatabaseQueue(path: store)
        let steady = try queue.read { db in try Int.fetchOne(db, sql: "SELECT steady FROM steady_state") }
        #expect(steady == 1)
    }

    @Test("validate's pilot run warns for R1 overload and not for the county baseline")
    func validatePilot() throws {
        let overload = try PretrialExecutable.run(["validate", Self.path("scenarios/r1-overload.yaml")])
        #expect(overload.status == 0)
        #expect(overload.standardError.contains("variant 'baseline': the trial courtrooms are"))
        #expect(overload.standardOutput.contains("not in a steady state"))
        let baseline = try PretrialExecutable.run(["validate", Self.path("scenarios/us-county-baseline.yaml")])
        #expect(baseline.status == 0)
        #expect(baseline.standardOutput.contains("trial load (pilot"))
        #expect(!baseline.standardOutput.contains("not in a steady state"), "\(baseline.standardOutput)")
        #expect(!baseline.standardError.contains("trial courtrooms are"), "\(baseline.standardError)")
        let skipped = try PretrialExecutable.run(["validate", Self.path("scenarios/r1-overload.yaml"), "--no-pilot"])
        #expect(!skipped.standardOutput.contains("trial load"))
    }
}
