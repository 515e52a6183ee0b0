import Foundation
import Experiments
import GRDB
import PretrialModel
@testable import Results
import Testing

@Suite("Results store: schema migrations")
struct SchemaMigrationTests {
    /// A store in a new folder as the first version of the tool left it (schema v1 only),
    /// holding one run of `outcomes`; returns the folder (for removal), the path and the run.
    static func firstSchemaStore(_ outcomes: [ReplicationOutcome]) throws -> (URL, String, Int64) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pretrial-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path

        // A file as the first version of the tool left it: schema v1 only.
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try ResultStore.migrator.migrate(queue, upTo: "v1")
        let description = StoreFixtures.description()
        let run: Int64 = try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (scenario_name, scenario_path, scenario_sha256, seed, replications, reference_group,
                                      tool_version, started, finished, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 'complete')
                    """,
                arguments: [
                    description.scenarioName, description.scenarioPath, description.scenarioSHA256,
                    Int64(bitPattern: description.seed), description.replications, description.referenceGroup,
                    description.toolVersion,
                ])
            let id = db.lastInsertedRowID
            for (index, variant) in description.variants.enumerated() {
                try db.execute(
                    sql: "INSERT INTO variants (run_id, variant_index, name, description) VALUES (?, ?, ?, ?)",
                    arguments: [id, index, variant.name, variant.description])
            }
            return id
        }
        try queue.write { db in
            for outcome in outcomes { try Self.insertAsFirstSchema(outcome, run: run, db) }
        }
        try queue.close()

        return (folder, path, run)
    }

    @Test("a store written with the first schema opens, migrates, and reads back the same")
    func fromFirstSchema() throws {
        let outcomes = (0..<2).flatMap { v in (0..<5).map { StoreFixtures.outcome(variant: v, replication: $0) } }
        let (folder, path, run) = try Self.firstSchemaStore(outcomes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let description = StoreFixtures.description()
        let store = try ResultStore.open(path: path)
        let loaded = try #require(try store.loadRun(run))
        #expect(loaded.record.identity == description)
        #expect(loaded.record.status == .complete)
        #expect(loaded.outcomes.count == outcomes.count)
        for (written, read) in zip(outcomes, loaded.outcomes) {
            // The first schema kept no numerators and denominators: they read back as NaN.
            #expect(
                StoreFixtures.same(written, read, countsToo: false), "pair \(written.variant),\(written.replication)")
            #expect(read.metrics.numerator(.guiltyPleaShareDetained, .overall).isNaN)
        }
        // A replication written after the migration keeps its counts.
        let fresh = StoreFixtures.outcome(variant: 0, replication: 9)
        try store.record(fresh, run: run)
        let again = try #require(try store.loadRun(run)?.outcomes.first { $0.replication == 9 })
        #expect(StoreFixtures.same(fresh, again))
        let indexes = try store.queue.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'metrics' AND sql IS NOT NULL")
        }
        #expect(indexes == ["metrics_by_replication"])
        // Storing a replication twice still fails, on the replication's primary key.
        #expect(throws: DatabaseError.self) { try store.record(outcomes[0], run: run) }
    }

    /// Writes a replication as the first version of the tool did: value only, no counts.
    static func insertAsFirstSchema(_ outcome: ReplicationOutcome, run: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO replications (run_id, variant_index, replication, seed, model_events, wall_seconds, end_time)
                VALUES (?, ?, ?, 1, ?, ?, ?)
                """,
            arguments: [
                run, outcome.variant, outcome.replication, outcome.metrics.modelEvents, outcome.wallSeconds,
                outcome.metrics.endTime,
            ])
        for metric in MetricID.allCases {
            for (cell, value) in zip(outcome.metrics.cells, outcome.metrics.values[metric] ?? []) {
                try db.execute(
                    sql: """
                        INSERT INTO metrics (run_id, variant_index, replication, metric, breakdown, value) VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        run, outcome.variant, outcome.replication, metric.rawValue, cell.key,
                        value.isNaN ? nil : value,
                    ])
            }
        }
    }

    @Test("a store of the first schema opened read-only (as merge opens shards) reads back without migrating")
    func firstSchemaReadOnly() throws {
        let outcomes = (0..<3).map { StoreFixtures.outcome(variant: 0, replication: $0) }
        let (folder, path, run) = try Self.firstSchemaStore(outcomes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ResultStore.open(path: path, readOnly: true)
        let loaded = try #require(try store.loadRun(run))
        #expect(loaded.outcomes.count == 3)
        for (written, read) in zip(outcomes, loaded.outcomes) {
            #expect(StoreFixtures.same(written, read, countsToo: false))
            #expect(read.metrics.denominator(.bookedShare, .overall).isNaN)
        }
        let columns = try store.queue.read { db in try db.columns(in: "metrics").map(\.name) }
        #expect(!columns.contains("numerator"), "a read-only open must not migrate the file")
    }
}
