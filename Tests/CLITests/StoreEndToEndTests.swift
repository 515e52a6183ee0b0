import Foundation
import Testing

/// The results store through the built tool: a run killed part-way keeps its replications,
/// `--resume` finishes it without running or storing any pair twice, and `report` renders
/// the stored run with the figures the store holds.
@Suite("pretrial run --store, --resume, runs, report and export, end to end")
struct StoreEndToEndTests {
    static let scenario = RunEndToEndTests.path("scenarios/r1-benchmark.yaml")

    /// One line of `pretrial runs`: id, status, "done/planned".
    struct ListedRun: Equatable {
        var id: String
        var status: String
        var done: Int
        var planned: Int
    }

    static func listRuns(_ store: String) throws -> [ListedRun] {
        let outcome = try PretrialExecutable.run(["runs", "--store", store])
        guard outcome.status == 0 else { return [] }
        return outcome.standardOutput.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let counts = fields.count > 2 ? fields[2].split(separator: "/") : []
            guard counts.count == 2, let done = Int(counts[0]), let planned = Int(counts[1]) else { return nil }
            return ListedRun(id: String(fields[0]), status: String(fields[1]), done: done, planned: planned)
        }
    }

    @Test("a run stopped by SIGTERM keeps its replications and --resume completes it exactly once")
    func killAndResume() throws {
        let executable = try #require(
            PretrialExecutable.url, "\(PretrialExecutable.NotFound(searched: PretrialExecutable.searchedDirectories))")
        let folder = try makeTemporaryFolder("pretrial-store")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("tmp.sqlite").path
        let arguments = ["run", Self.scenario, "--replications", "40", "--jobs", "1", "--quiet", "--store", store]

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errorURL = folder.appendingPathComponent("stderr")
        try #require(FileManager.default.createFile(atPath: errorURL.path, contents: nil))
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        var stored = 0
        while process.isRunning && stored < 3 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.3)
            stored = (try? Self.listRuns(store).first?.done) ?? 0
        }
        try #require(process.isRunning, "the run ended before it could be interrupted")
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        let message = try String(contentsOf: errorURL, encoding: .utf8)
        #expect(message.contains("--resume"), "\(message)")

        let interrupted = try #require(try Self.listRuns(store).first)
        #expect(["incomplete", "running"].contains(interrupted.status))
        #expect(interrupted.done >= 3 && interrupted.done < 40)

        // Resuming with fewer replications would leave the variants unequal: refused, and
        // the store is untouched.
        let fewer = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "5", "--jobs", "1", "--quiet",
            "--store", store, "--resume",
        ])
        #expect(fewer.status == 1)
        #expect(fewer.standardError.contains("was started with 40 replications per variant"), "\(fewer.standardError)")
        #expect(try Self.listRuns(store).first == interrupted)
        // Another seed: nothing to resume, and the message says what differs.
        let otherSeed = try PretrialExecutable.run(arguments + ["--resume", "--seed", "99"])
        #expect(otherSeed.status == 1)
        #expect(otherSeed.standardError.contains("its seed is 1, not 99 (pass --seed 1)"), "\(otherSeed.standardError)")

        let resumed = try PretrialExecutable.run(arguments + ["--resume", "--format", "json"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(try Self.listRuns(store) == [ListedRun(id: "1", status: "complete", done: 40, planned: 40)])

        // The tidy table: every replication once, every (replication, metric, breakdown) once.
        let export = try PretrialExecutable.run(["export", "--store", store])
        let rows = export.standardOutput.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let perReplication = rows.filter { $0[3] == "0" }.count
        #expect(perReplication > 0)
        #expect(rows.count == 40 * perReplication)
        #expect(Set(rows.map { $0[3...5].joined(separator: "|") }).count == rows.count)
        #expect(Set(rows.map { $0[3] }).count == 40)

        try Self.checkReports(store: store, tidy: rows, resumedJSON: resumed.standardOutput)
    }

    /// `report --format csv` and `--format json` give the mean the stored values give.
    static func checkReports(store: String, tidy: [[String]], resumedJSON: String) throws {
        let stored = tidy.filter { $0[4] == "pretrial_detention_days" && $0[5] == "overall" }.compactMap {
            Double($0[6])
        }
        #expect(stored.count == 40)
        let mean = stored.reduce(0, +) / Double(stored.count)

        let csv = try PretrialExecutable.run(["report", "--store", store, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.standardError)")
        let row = try #require(
            csv.standardOutput.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            }
            .first { $0.count > 8 && $0[0] == "estimate" && $0[2] == "pretrial_detention_days" && $0[4] == "overall" })
        #expect(abs(try #require(Double(row[5])) - mean) <= 1e-9 * max(1, abs(mean)))
        #expect(row[8] == "40")

        for text in [
            resumedJSON, try PretrialExecutable.run(["report", "--store", store, "--format", "json"]).standardOutput,
        ] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let variant = try #require((document["variants"] as? [[String: Any]])?.first)
            #expect(variant["replications"] as? Int == 40)
            let overall =
                (((variant["metrics"] as? [String: Any])?["pretrial_detention_days"] as? [String: Any])?["overall"]
                    as? [String: Any])
            let reported = try #require(overall?["mean"] as? Double)
            #expect(abs(reported - mean) <= 1e-9 * max(1, abs(mean)))
        }
    }

    @Test("report, runs and export explain a missing store; --resume explains a missing run")
    func clearErrors() throws {
        let missing = try PretrialExecutable.run(["report", "--store", "/nonexistent/none.sqlite"])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("no results store at /nonexistent/none.sqlite"))
        let folder = try makeTemporaryFolder("pretrial-store")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("empty.sqlite").path
        let resume = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--quiet", "--store", store, "--resume",
        ])
        #expect(resume.status != 0)
        #expect(resume.standardError.contains("no results store at \(store), so nothing to resume"))
        #expect(
            !FileManager.default.fileExists(atPath: store), "a failed --resume must not leave an empty store behind")
        // A store with a complete run of another seed only: nothing to resume, and what differs.
        let complete = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--quiet", "--store", store,
        ])
        #expect(complete.status == 0)
        let again = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "2", "--quiet", "--store", store,
            "--resume", "--seed", "5",
        ])
        #expect(again.status != 0)
        #expect(
            again.standardError.contains("holds no unfinished run of \(Self.scenario) with seed 5"),
            "\(again.standardError)")
        #expect(again.standardError.contains("its seed is 1, not 5 (pass --seed 1)"), "\(again.standardError)")
        // export of a run that is not there is an error, as report's is.
        let export = try PretrialExecutable.run(["export", "--store", store, "--run", "999"])
        #expect(export.status == 1)
        #expect(export.standardError.contains("holds no run 999"))
        // merge with a missing shard leaves no output behind.
        let merged = folder.appendingPathComponent("merged.sqlite").path
        let merge = try PretrialExecutable.run(["merge", merged, folder.appendingPathComponent("absent.sqlite").path])
        #expect(merge.status == 1)
        #expect(!FileManager.default.fileExists(atPath: merged))
    }

    @Test("--resume of a run already complete does nothing, says so, exits 0 and gives the stored report")
    func resumeComplete() throws {
        let folder = try makeTemporaryFolder("pretrial-store")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("done.sqlite").path
        let arguments = [
            "run", Self.scenario, "--replications", "2", "--seed", "3", "--store", store, "--format", "json",
        ]
        let first = try PretrialExecutable.run(arguments + ["--quiet"])
        #expect(first.status == 0, "\(first.standardError)")
        let before = try PretrialExecutable.run(["report", "--store", store, "--format", "json"])

        let output = folder.appendingPathComponent("again.json").path
        for resumed in [
            try PretrialExecutable.run(arguments + ["--resume"]),
            try PretrialExecutable.run(arguments + ["--resume", "--output", output]),
        ] {
            #expect(resumed.status == 0, "\(resumed.standardError)")
            #expect(
                resumed.standardError.contains(
                    "run 1 in \(store) is already complete (2 replications per variant); nothing to do."),
                "\(resumed.standardError)")
        }
        let printed = try PretrialExecutable.run(arguments + ["--resume", "--quiet"])
        #expect(printed.status == 0 && printed.standardError.isEmpty, "\(printed.standardError)")
        // The stored run's report, unchanged by the retries, is what they print or write.
        let after = try PretrialExecutable.run(["report", "--store", store, "--format", "json"])
        #expect(after.standardOutput == before.standardOutput)
        #expect(printed.standardOutput == before.standardOutput)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == before.standardOutput)
        #expect(
            try ShardEndToEndTests.figures(printed.standardOutput) == ShardEndToEndTests.figures(first.standardOutput))
        #expect(try Self.listRuns(store) == [ListedRun(id: "1", status: "complete", done: 2, planned: 2)])

        // More replications than the complete run holds: not that run, so nothing to resume.
        let more = try PretrialExecutable.run([
            "run", Self.scenario, "--replications", "3", "--seed", "3", "--quiet",
            "--store", store, "--resume",
        ])
        #expect(more.status == 1)
        #expect(
            more.standardError.contains(
                "run 1 in \(store) is complete with 2 replications per variant, not the --replications 3"),
            "\(more.standardError)")
    }
}
