import Foundation
import Testing

/// A live run holds a lock on the run it writes: a second `--resume` of it is refused with the
/// writing process's id, and once that process is gone the run resumes.
@Suite("A run still being written cannot be resumed twice")
struct StoreLockEndToEndTests {
    @Test("--resume of a run another process is writing names that process and exits 1; after it, --resume works")
    func secondResumeIsRefused() throws {
        let executable = try #require(PretrialExecutable.url)
        let folder = try makeTemporaryFolder("pretrial-lock")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("live.sqlite").path
        let arguments = [
            "run", StoreEndToEndTests.scenario, "--replications", "40", "--jobs", "1", "--quiet", "--store", store,
        ]
        let writer = Process()
        writer.executableURL = executable
        writer.arguments = arguments
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        defer { if writer.isRunning { writer.terminate(); writer.waitUntilExit() } }
        let deadline = Date().addingTimeInterval(300)
        var stored = 0
        while writer.isRunning && stored < 1 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            stored = (try? StoreEndToEndTests.listRuns(store).first?.done) ?? 0
        }
        try #require(writer.isRunning, "the run ended before a second one could try to resume it")
        let second = try PretrialExecutable.run(arguments + ["--resume"])
        let stillRunning = writer.isRunning
        #expect(second.status == 1)
        if stillRunning {
            #expect(
                second.standardError.contains(
                    "run 1 in \(store) is still being written by process \(writer.processIdentifier)"),
                "\(second.standardError)")
        }
        #expect(!second.standardError.contains("SQLite error"), "\(second.standardError)")

        writer.terminate()
        writer.waitUntilExit()
        let resumed = try PretrialExecutable.run(arguments + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(try StoreEndToEndTests.listRuns(store) == [.init(id: "1", status: "complete", done: 40, planned: 40)])
    }
}
