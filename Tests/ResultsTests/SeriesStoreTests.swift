import Foundation
import GRDB
import PretrialModel
@testable import Results
import Testing

/// The `series` table: daily series written with their replication and read back the same.
@Suite("Results store: daily series")
struct SeriesStoreTests {
    /// A made-up series of `days` days: population overall and by group, admissions, releases,
    /// backlog, with a NaN on day 1 of the backlog.
    static func series(days: Int, shift: Double) -> DailySeries {
        func column(_ measure: DailySeriesMeasure, _ cell: String, _ scale: Double) -> DailySeries.Column {
            DailySeries.Column(
                measure: measure, cell: cell,
                values: (0..<days).map { measure == .trialBacklog && $0 == 1 ? .nan : scale * Double($0) / 3 + shift })
        }
        return DailySeries(
            columns: [
                column(.pretrialPopulation, "overall", 2), column(.pretrialPopulation, "group:A", 1.25),
                column(.pretrialPopulation, "charge_class:felony", 0.75), column(.admissions, "overall", 1),
                column(.releases, "overall", 1), column(.trialBacklog, "overall", 0.5),
            ], warmUpDays: 30, arrestWindowDays: 120)
    }

    @Test("a replication's series is stored in tidy rows and loaded back the same; one without has none")
    func roundTrip() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(variants: 2, replications: 2))
            var with = StoreFixtures.outcome(variant: 1, replication: 0)
            with.metrics.series = Self.series(days: 400, shift: 0.1)
            try store.record(with, run: run)
            try store.record(StoreFixtures.outcome(variant: 0, replication: 0), run: run)
            let loaded = try #require(try store.loadRun(run))
            let back = try #require(loaded.outcomes.first { $0.variant == 1 }?.metrics.series)
            let original = try #require(with.metrics.series)
            #expect(back.warmUpDays == 30 && back.arrestWindowDays == 120)
            #expect(back.columns.map(\.measure) == original.columns.map(\.measure))
            #expect(back.columns.map(\.cell) == original.columns.map(\.cell))
            for (a, b) in zip(back.columns, original.columns) {
                #expect(zip(a.values, b.values).allSatisfy { StoreFixtures.same($0, $1) }, "\(a.measure) \(a.cell)")
            }
            #expect(loaded.outcomes.first { $0.variant == 0 }?.metrics.series == nil)
            let csv = try store.seriesCSV(run: run)
            let lines = csv.split(separator: "\n")
            #expect(lines[0] == "run_id,variant_index,variant,replication,day,measure,breakdown,value")
            #expect(lines.count == 1 + 6 * 400)
            #expect(lines[1] == "\(run),1,reform 1,0,0,pretrial_population,overall,0.1")
            #expect(lines.contains("\(run),1,reform 1,0,1,trial_backlog,overall,"))
        }
    }

    @Test("deleting a run removes its series rows; a store migrated from the first schema has the table")
    func cascadeAndMigration() throws {
        try StoreFixtures.withStore { store, folder in
            let run = try store.beginRun(StoreFixtures.description(variants: 1, replications: 1))
            var outcome = StoreFixtures.outcome(variant: 0, replication: 0)
            outcome.metrics.series = Self.series(days: 10, shift: 0)
            try store.record(outcome, run: run)
            try store.close()
            let queue = try DatabaseQueue(path: folder.appendingPathComponent("store.sqlite").path)
            try queue.write { db in
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM series") == 60)
                try db.execute(sql: "DELETE FROM runs WHERE id = ?", arguments: [run])
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM series") == 0)
            }
            try queue.close()
        }
        let (folder, path, run) = try SchemaMigrationTests.firstSchemaStore([
            StoreFixtures.outcome(variant: 0, replication: 0)
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ResultStore.open(path: path)
        #expect(try store.loadRun(run)?.outcomes.first?.metrics.series == nil)
        #expect(try store.seriesCSV() == "run_id,variant_index,variant,replication,day,measure,breakdown,value\n")
        try store.close()
    }
}
