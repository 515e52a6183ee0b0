import Foundation
import Testing

/// `pretrial run --series FILE` and `--keep-series`, the store's `series` table, `export
/// --series` and the warm-up note, through the built tool.
@Suite("pretrial run --series and export --series, end to end")
struct SeriesEndToEndTests {
    static let scenario = RunEndToEndTests.path("scenarios/r1-benchmark.yaml")

    @Test("the series file, the store's table and the export hold the same rows; the notes give the warm-up check")
    func fileStoreAndExport() throws {
        let folder = try makeTemporaryFolder("pretrial-series")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("r1.sqlite").path
        let file = folder.appendingPathComponent("series.csv").path
        let json = folder.appendingPathComponent("series.json").path
        let run = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--quiet", "--store", store, "--series", file,
            "--format", "json",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Warm-up (baseline): MSER-5"), "\(run.standardOutput.prefix(2000))")
        let written = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(written.first == "variant,replication,day,measure,breakdown,value,period")
        #expect(written.contains { $0.hasPrefix("baseline,1,0,pretrial_population,overall,") })
        #expect(written.contains { $0.contains(",trial_backlog,overall,") })
        // Each day says which part of the run it is in.
        #expect(
            written.dropFirst().allSatisfy {
                $0.hasSuffix(",warm_up") || $0.hasSuffix(",counted") || $0.hasSuffix(",drain")
            })
        #expect(written.contains { $0.hasSuffix(",counted") })
        let export = try PretrialExecutable.run(["export", "--store", store, "--series"])
        #expect(export.status == 0, "\(export.standardError)")
        let exported = export.standardOutput.split(separator: "\n")
        #expect(exported.first == "run_id,variant_index,variant,replication,day,measure,breakdown,value")
        #expect(exported.count == written.count, "one line per row in both")
        // The same run rendered again from the store (already complete) writes the same file.
        let again = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--quiet", "--store", store, "--series", json,
        ])
        #expect(again.status == 0, "\(again.standardError)")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json)))
        let entries = try #require((document as? [String: Any])?["series"] as? [[String: Any]])
        let days = entries.reduce(0) { $0 + (($1["values"] as? [Any])?.count ?? 0) }
        #expect(days == written.count - 1)
    }

    @Test("a store alone keeps no series and no warm-up note; --keep-series keeps both")
    func onlyWhenAsked() throws {
        let folder = try makeTemporaryFolder("pretrial-series")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("r1.sqlite").path
        let plain = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--quiet", "--store", store, "--format", "json",
        ])
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(!plain.standardOutput.contains("Warm-up ("))
        let none = try PretrialExecutable.run(["export", "--store", store, "--series"])
        #expect(none.standardOutput.split(separator: "\n").count == 1)
        let kept = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--seed", "99", "--quiet", "--store", store, "--keep-series",
            "--format", "json",
        ])
        #expect(kept.status == 0, "\(kept.standardError)")
        #expect(kept.standardOutput.contains("Warm-up (baseline): MSER-5"))
        let rows = try PretrialExecutable.run(["export", "--store", store, "--series"])
        #expect(rows.standardOutput.split(separator: "\n").count > 1000)
    }

    @Test("validate's pilot gives the warm-up check")
    func validatePilot() throws {
        let validate = try PretrialExecutable.run(["validate", Self.scenario])
        #expect(validate.status == 0, "\(validate.standardError)")
        let line = validate.standardOutput.split(separator: "\n").first { $0.contains("Warm-up (baseline): MSER-5") }
        #expect(line?.contains("(one replication)") == true, "\(validate.standardOutput)")
    }

    @Test("a series file that is neither .csv nor .json is refused before anything runs")
    func badExtension() throws {
        let run = try PretrialExecutable.run(["run", Self.scenario, "--no-store", "--series", "series.txt"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("--series series.txt: name a .csv or .json file"), "\(run.standardError)")
    }
}
