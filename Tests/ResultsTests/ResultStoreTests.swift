import Experiments
import Foundation
import GRDB
import PretrialModel
import Results
import Testing

/// The store keeps what it is given: outcomes read back equal, NaN as NaN, cells in order.
@Suite("Results store: writing and reading back")
struct ResultStoreTests {
    @Test("outcomes written then loaded are equal, NaN preserved, cells in their order")
    func roundTrip() throws {
        try StoreFixtures.withStore { store, _ in
            let description = StoreFixtures.description()
            let run = try store.beginRun(description)
            let outcomes = (0..<2).flatMap { v in (0..<5).map { StoreFixtures.outcome(variant: v, replication: $0) } }
            for outcome in outcomes.reversed() { try store.record(outcome, run: run) }
            try store.finish(run: run, status: .complete)

            let loaded = try #require(try store.loadRun(run))
            #expect(loaded.record.identity == description)
            #expect(loaded.record.status == .complete)
            #expect(loaded.record.finished != nil)
            #expect(loaded.record.replicationsDone == 10)
            #expect(loaded.outcomes.count == outcomes.count)
            for (written, read) in zip(outcomes, loaded.outcomes) {
                #expect(StoreFixtures.same(written, read), "pair \(written.variant),\(written.replication)")
            }
            #expect(loaded.outcomes[3].metrics.value(.guiltyPleaShareReleased, .group("B")).isNaN)
            #expect(loaded.outcomes[3].metrics.cells == StoreFixtures.cells)
        }
    }

    @Test("NaN is stored as NULL and exported as an empty value")
    func nanAsNull() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(variants: 1, replications: 1))
            try store.record(StoreFixtures.outcome(variant: 0, replication: 0), run: run)
            let lines = try store.metricsCSV(run: run).split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
            #expect(
                lines.first == [
                    "run_id", "variant_index", "variant", "replication", "metric", "breakdown", "value",
                    "numerator", "denominator",
                ])
            #expect(lines.count == 1 + MetricID.allCases.count * StoreFixtures.cells.count)
            let empty = lines.dropFirst().filter { $0[6].isEmpty }
            #expect(empty.count == 1)
            #expect(empty.first?[4] == "guilty_plea_share_released" && empty.first?[5] == "group:B")
        }
    }

    @Test("evidence and identity of a stored run match those of the outcomes")
    func evidenceFromStore() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(variants: 2, replications: 4))
            let outcomes = (0..<2).flatMap { v in (0..<4).map { StoreFixtures.outcome(variant: v, replication: $0) } }
            for outcome in outcomes { try store.record(outcome, run: run) }
            let stored = try #require(try store.loadRun(run))
            let direct = Evidence(
                variants: [("baseline", "variant 0"), ("reform 1", "variant 1")], outcomes: outcomes,
                referenceGroup: "A")
            let evidence = stored.evidence()
            #expect(evidence.summaries.map(\.name) == ["baseline", "reform 1"])
            #expect(evidence.summaries.map(\.replications) == [4, 4])
            let read = evidence.summaries[1].estimate(.pretrialDetentionDays, .group("B"))?.mean
            #expect(read != nil && read == direct.summaries[1].estimate(.pretrialDetentionDays, .group("B"))?.mean)
            #expect(stored.replicationsCovered == 4)
            #expect(stored.record.identity == StoreFixtures.description(variants: 2, replications: 4))
        }
    }

    @Test("a seed above Int64.max is kept")
    func largeSeed() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(seed: UInt64.max - 3))
            #expect(try store.run(run)?.identity.seed == UInt64.max - 3)
            #expect(
                try store.latestRun(resumableAs: StoreFixtures.description(seed: UInt64.max - 3, sha: "abc123"))?.id
                    == run)
        }
    }
}

/// A file that is not a results store is refused, and left as it was.
@Suite("Results store: files that are not stores")
struct ForeignFileTests {
    @Test("an SQLite database of something else is refused and left unchanged")
    func foreignDatabase() throws {
        try StoreFixtures.withStore { _, folder in
            let path = folder.appendingPathComponent("other.sqlite").path
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "CREATE TABLE mydata (x INTEGER); INSERT INTO mydata VALUES (1)") }
            try other.close()
            #expect(throws: ResultStoreError.foreignDatabase(path: path, tables: ["mydata"])) {
                try ResultStore.open(path: path)
            }
            let tables = try DatabaseQueue(path: path).read {
                try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            #expect(tables == ["mydata"])
        }
    }

    @Test("a file that is not SQLite at all is refused by name")
    func notADatabase() throws {
        try StoreFixtures.withStore { _, folder in
            let path = folder.appendingPathComponent("notes.sqlite").path
            try Data("hello, this is text\n".utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: ResultStoreError.notADatabase(path: path)) { try ResultStore.open(path: path) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello, this is text\n")
        }
    }

    @Test("an empty file becomes a store (as a new name would)")
    func emptyFile() throws {
        try StoreFixtures.withStore { _, folder in
            let path = folder.appendingPathComponent("empty.sqlite").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
            let store = try ResultStore.open(path: path)
            #expect(try store.runs().isEmpty)
            try store.close()
        }
    }
}
