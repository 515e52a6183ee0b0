import Foundation
import GRDB
@testable import Results
import Testing

/// `runs`, `report` and `export` read a store without changing it: read-only, never migrated,
/// and as an immutable file when its folder cannot hold the `-wal` and `-shm` files.
@Suite("Results store: opened for reading")
struct ReadOnlyStoreTests {
    @Test("a store of the first schema is read as it is, CSV export included, and the file is unchanged")
    func oldStoreIsNotMigrated() throws {
        let outcomes = (0..<3).map { StoreFixtures.outcome(variant: 0, replication: $0) }
        let (folder, path, run) = try SchemaMigrationTests.firstSchemaStore(outcomes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try ResultStore.openForReading(path: path)
        #expect(try store.runs().map(\.id) == [run])
        #expect(try store.loadRun(run)?.outcomes.count == 3)
        let csv = try store.metricsCSV(run: run)
        #expect(
            csv.hasPrefix("run_id,variant_index,variant,replication,metric,breakdown,value,numerator,denominator\n"))
        // The first schema kept no counts: every line ends in two empty fields.
        let lines = csv.split(separator: "\n").dropFirst()
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasSuffix(",,") })
        try store.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "reading must not migrate the file")
    }

    @Test("a store in WAL mode opened as an immutable file reads every replication")
    func immutableReadsEverything() throws {
        try StoreFixtures.withStore { store, folder in
            let run = try store.beginRun(StoreFixtures.description(variants: 1, replications: 3))
            for replication in 0..<3 {
                try store.record(StoreFixtures.outcome(variant: 0, replication: replication), run: run)
            }
            try store.finish(run: run, status: .complete)
            try store.close()
            let path = folder.appendingPathComponent("store.sqlite").path
            let immutable = try ResultStore.open(path: path, readOnly: true, immutable: true)
            #expect(try immutable.loadRun(run)?.outcomes.count == 3)
            try immutable.close()
        }
    }

    @Test("an immutable URI escapes the characters SQLite's URI syntax gives a meaning")
    func immutableURI() {
        #expect(ResultStore.immutableURI("/data/a b/store.sqlite") == "file:/data/a b/store.sqlite?immutable=1")
        #expect(ResultStore.immutableURI("/data/100%?#.sqlite") == "file:/data/100%25%3f%23.sqlite?immutable=1")
    }

    // Root writes into a read-only folder regardless of its permissions (CI runs as root), so
    // this case is only met by other users; `immutableReadsEverything` covers its fallback.
    @Test(
        "a store in a folder one cannot write is read through the immutable fallback",
        .enabled(if: geteuid() != 0, "root writes into read-only folders"))
    func readOnlyFolder() throws {
        try StoreFixtures.withStore { store, folder in
            let run = try store.beginRun(StoreFixtures.description(variants: 1, replications: 2))
            for replication in 0..<2 {
                try store.record(StoreFixtures.outcome(variant: 0, replication: replication), run: run)
            }
            try store.finish(run: run, status: .complete)
            try store.close()
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
            let reader = try ResultStore.openForReading(path: folder.appendingPathComponent("store.sqlite").path)
            #expect(try reader.loadRun(run)?.outcomes.count == 2)
            try reader.close()
        }
    }
}
