import Foundation
import GRDB
import Testing

/// The plugins that produced a run are part of its provenance and of its row in the store,
/// and `--resume` does not continue a run made with other plugin libraries.
@Suite("The plugins of a run in its provenance and store, end to end")
struct StorePluginsEndToEndTests {
    @Test("the JSON provenance and the store row name the plugin by resolved path, sha256 and modules")
    func provenanceAndStore() throws {
        let folder = try makeTemporaryFolder("pretrial-plugin-store")
        defer { removeTemporaryFolder(folder) }
        // A symbolic link to the library: the provenance names the file it resolves to.
        let library = URL(fileURLWithPath: PluginEndToEndTests.pluginPath).resolvingSymlinksInPath()
        let link = folder.appendingPathComponent("plugin.so")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: library)
        let digest = SHA256.hex(Array(try Data(contentsOf: library)))
        let store = folder.appendingPathComponent("plugin.sqlite").path
        let scenario = RunEndToEndTests.path("Examples/AbilityToPayPlugin/ability-to-pay.yaml")
        let arguments = ["run", scenario, "--plugin", link.path, "--replications", "1", "--quiet", "--store", store]

        let json = try PretrialExecutable.run(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let plugins = try #require(document["plugins"] as? [[String: Any]])
        #expect(plugins.count == 1)
        #expect(plugins.first?["path"] as? String == library.path)
        #expect(plugins.first?["sha256"] as? String == digest)
        #expect(plugins.first?["modules"] as? [String] == ["ability-to-pay-bail"])

        let row = try #require(
            try DatabaseQueue(path: store).read { db in try String.fetchOne(db, sql: "SELECT plugins FROM runs") })
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [[String: Any]])
        #expect(stored.first?["path"] as? String == library.path)
        #expect(stored.first?["sha256"] as? String == digest)
        #expect(stored.first?["modules"] as? [String] == ["ability-to-pay-bail"])

        // The text and CSV provenance name it too.
        let report = try PretrialExecutable.run(["report", "--store", store])
        #expect(
            report.standardOutput.contains("plugin \(library.path) (sha256 \(digest); modules ability-to-pay-bail)"),
            "\(report.standardOutput)")
        let csv = try PretrialExecutable.run(["report", "--store", store, "--format", "csv"])
        #expect(csv.standardOutput.contains("provenance,,plugin_sha256,\(digest)"), "\(csv.standardOutput)")

        // Another build of the plugin (other bytes) makes another run: nothing to resume.
        let rebuilt = folder.appendingPathComponent("rebuilt.so")
        var bytes = try Data(contentsOf: library)
        bytes.append(0)
        try bytes.write(to: rebuilt)
        let other = try PretrialExecutable.run([
            "run", scenario, "--plugin", rebuilt.path, "--replications", "1", "--quiet",
            "--store", store, "--resume",
        ])
        #expect(other.status == 1)
        #expect(other.standardError.contains("it was made with plugins \(library.path)"), "\(other.standardError)")
        // The same library under another name is the same run, already complete.
        let same = try PretrialExecutable.run([
            "run", scenario, "--plugin", library.path, "--replications", "1",
            "--store", store, "--resume", "--format", "json",
        ])
        #expect(same.status == 0, "\(same.standardError)")
        #expect(same.standardError.contains("is already complete"), "\(same.standardError)")
    }
}
