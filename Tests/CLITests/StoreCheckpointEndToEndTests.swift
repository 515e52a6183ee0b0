import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `.sqlite` file alone holds every finished replication once a run ends or is
/// interrupted: the write-ahead log is folded into it, so copying the file copies the run.
@Suite("The store file alone holds the run after SIGINT or SIGTERM")
struct StoreCheckpointEndToEndTests {
    /// Starts a 40-replication run storing into `store`, waits until it has stored at least 3,
    /// and sends it `signal`; returns once it has exited.
    static func interruptedRun(store: String, folder: URL, signal number: Int32) throws {
        let executable = try #require(PretrialExecutable.url)
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "run", StoreEndToEndTests.scenario, "--replications", "40", "--jobs", "1", "--quiet",
            "--store", store,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        var stored = 0
        while process.isRunning && stored < 3 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.3)
            stored = (try? StoreEndToEndTests.listRuns(store).first?.done) ?? 0
        }
        try #require(process.isRunning, "the run ended before it could be interrupted")
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + number)
    }

    @Test(
        "after an interruption a copy of the .sqlite file alone lists and reports the stored replications",
        arguments: [SIGINT, SIGTERM])
    func copyAfterInterrupt(signal number: Int32) throws {
        let folder = try makeTemporaryFolder("pretrial-checkpoint")
        defer { removeTemporaryFolder(folder) }
        let store = folder.appendingPathComponent("run.sqlite").path
        try Self.interruptedRun(store: store, folder: folder, signal: number)
        let elsewhere = try makeTemporaryFolder("pretrial-checkpoint-copy")
        defer { removeTemporaryFolder(elsewhere) }
        let copy = elsewhere.appendingPathComponent("copy.sqlite").path
        // The file only: no -wal or -shm beside it.
        try FileManager.default.copyItem(atPath: store, toPath: copy)

        let original = try #require(try StoreEndToEndTests.listRuns(store).first)
        let copied = try #require(try StoreEndToEndTests.listRuns(copy).first)
        #expect(original.done >= 3)
        #expect(copied == original, "the copy holds what the store holds")
        #expect(copied.status == "incomplete")
        let report = try PretrialExecutable.run(["report", "--store", copy, "--run", copied.id, "--format", "json"])
        #expect(report.status == 0, "\(report.standardError)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        let variant = try #require((document["variants"] as? [[String: Any]])?.first)
        #expect(variant["replications"] as? Int == copied.done)
    }
}
