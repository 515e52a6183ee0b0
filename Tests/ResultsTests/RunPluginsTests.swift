import Experiments
import Foundation
import GRDB
@testable import Results
import Testing

/// A run's plugins are part of what it is: stored with it, read back, and a different set of
/// libraries (by sha256) makes a different run for `merge`.
@Suite("Results store: the plugins of a run")
struct RunPluginsTests {
    @Test("a run's plugins are stored in order and read back, path, sha256 and modules")
    func roundTrip() throws {
        try StoreFixtures.withStore { store, _ in
            let identity = StoreFixtures.description(plugins: [StoreFixtures.plugin("bb"), StoreFixtures.plugin("aa")])
            let run = try store.beginRun(identity)
            #expect(try store.run(run)?.identity == identity)
            let column = try store.queue.read { db in
                try String.fetchOne(db, sql: "SELECT plugins FROM runs WHERE id = ?", arguments: [run])
            }
            let decoded = try JSONSerialization.jsonObject(with: Data(try #require(column).utf8)) as? [[String: Any]]
            #expect(decoded?.map { $0["sha256"] as? String } == ["bb", "aa"])
            #expect(decoded?.first?["modules"] as? [String] == ["module-bb", "other-bb"])
            let plain = try store.beginRun(StoreFixtures.description())
            #expect(
                try store.queue.read { db in
                    try String.fetchOne(db, sql: "SELECT plugins FROM runs WHERE id = ?", arguments: [plain])
                } == "[]")
        }
    }

    /// A store holding one complete run of `identity` (1 variant, 2 replications), shard 1/2
    /// or 2/2.
    static func shardStore(_ folder: URL, _ name: String, _ identity: RunIdentity, shard: Int) throws -> String {
        let path = folder.appendingPathComponent("\(name).sqlite").path
        let store = try ResultStore.open(path: path)
        var part = identity
        part.shard = "\(shard)/2"
        let run = try store.beginRun(part)
        try store.record(StoreFixtures.outcome(variant: 0, replication: shard - 1), run: run)
        try store.finish(run: run, status: .complete)
        try store.close()
        return path
    }

    @Test("merge joins shards made with the same libraries, wherever they were, and keeps other libraries apart")
    func mergeByDigest() throws {
        try StoreFixtures.withStore { store, folder in
            let base = StoreFixtures.description(variants: 1, replications: 2, plugins: [StoreFixtures.plugin("aa")])
            var moved = base
            moved.plugins[0].path = "/elsewhere/libaa.so"
            let rebuilt = StoreFixtures.description(variants: 1, replications: 2, plugins: [StoreFixtures.plugin("cc")])
            let first = try Self.shardStore(folder, "first", base, shard: 1)
            let second = try Self.shardStore(folder, "second", moved, shard: 2)
            let other = try Self.shardStore(folder, "other", rebuilt, shard: 2)
            _ = try store.merge(from: [first, second, other])
            let runs = try store.runs()
            #expect(runs.count == 2)
            #expect(runs.map(\.identity.plugins.first?.sha256) == ["aa", "cc"])
            #expect(runs.map(\.status) == [.complete, .complete])
            #expect(runs.first?.identity.shard == nil && runs.first?.replicationsDone == 2)
            #expect(runs.last?.identity.shard == "2/2")
        }
    }

    @Test("a store from before plugins were recorded lists its runs with none, read as it is or migrated")
    func olderStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pretrial-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v3.sqlite").path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try ResultStore.migrator.migrate(queue, upTo: "v3-shards")
        let identity = StoreFixtures.description(variants: 1, replications: 1)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (scenario_name, scenario_path, scenario_sha256, seed, replications, reference_group,
                                      tool_version, started, finished, status, shard)
                    VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 'complete', NULL)
                    """,
                arguments: [
                    identity.scenarioName, identity.scenarioPath, identity.scenarioSHA256,
                    Int64(bitPattern: identity.seed), identity.replications, identity.referenceGroup,
                    identity.toolVersion,
                ])
            try db.execute(
                sql: "INSERT INTO variants (run_id, variant_index, name, description) VALUES (1, 0, ?, ?)",
                arguments: [identity.variants[0].name, identity.variants[0].description])
            // A replication (its figures are the metric rows' business, tested with their schema).
            try db.execute(
                sql: """
                    INSERT INTO replications (run_id, variant_index, replication, seed, model_events, wall_seconds, end_time)
                    VALUES (1, 0, 0, 7, 1000, 0.5, 365)
                    """)
        }
        try queue.close()

        // Read as it is (as `merge` reads a shard store), then migrated.
        let asIs = try ResultStore.open(path: path, readOnly: true)
        #expect(try asIs.runs().map(\.identity) == [identity])
        try asIs.close()
        let columns = try DatabaseQueue(path: path).read { db in try db.columns(in: "runs").map(\.name) }
        #expect(!columns.contains("plugins"), "a read-only store is not migrated")

        let migrated = try ResultStore.open(path: path)
        #expect(try migrated.run(1)?.identity == identity)
        #expect(try migrated.run(1)?.identity.plugins == [])
        try migrated.close()
    }
}
