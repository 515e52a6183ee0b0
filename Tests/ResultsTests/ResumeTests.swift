import Experiments
import Foundation
import PretrialModel
import Results
import Testing

/// What `--resume` relies on: the pairs done, the run to resume, and no pair twice.
@Suite("Results store: resuming, listing and merging")
struct ResumeTests {
    @Test("completed pairs are exactly those stored; storing one again fails and adds nothing")
    func noDuplicates() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(variants: 2, replications: 5))
            let done: [[Int]] = [[0, 0], [0, 3], [1, 1]]
            for pair in done {
                try store.record(StoreFixtures.outcome(variant: pair[0], replication: pair[1]), run: run)
            }
            #expect(try store.completedPairs(run: run) == Set(done))
            let before = try store.rowCounts(run: run)
            #expect(throws: (any Error).self) {
                try store.record(StoreFixtures.outcome(variant: 0, replication: 3), run: run)
            }
            let after = try store.rowCounts(run: run)
            #expect(after == before)
            #expect(after.replications == 3)
            #expect(after.metrics == 3 * MetricID.allCases.count * StoreFixtures.cells.count)
            #expect(after.distinctMetrics == after.metrics)
        }
    }

    @Test("an unfinished run covers the fewest replications of a variant, and a note gives each when they differ")
    func unevenProvenance() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(variants: 2, replications: 5))
            for pair in [[0, 0], [0, 1], [0, 2], [1, 0]] {
                try store.record(StoreFixtures.outcome(variant: pair[0], replication: pair[1]), run: run)
            }
            let stored = try #require(try store.loadRun(run))
            #expect(stored.storedReplications == [3, 1])
            #expect(stored.replicationsCovered == 1)
            #expect(stored.notes.count == 1)
            #expect(
                stored.notes.first?.contains("different numbers of replications (baseline 3, reform 1 1)") == true,
                "\(stored.notes)")
            try store.record(StoreFixtures.outcome(variant: 1, replication: 1), run: run)
            try store.record(StoreFixtures.outcome(variant: 1, replication: 2), run: run)
            #expect(try #require(try store.loadRun(run)).notes.isEmpty)
        }
    }

    @Test("resuming with the stored pairs skipped fills the run exactly once")
    func resumeFillsTheGaps() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description(variants: 2, replications: 5))
            for replication in [0, 2, 4] {
                try store.record(StoreFixtures.outcome(variant: 1, replication: replication), run: run)
            }
            try store.interrupt(run: run)
            #expect(try store.run(run)?.status == .incomplete)
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(seed: 7, sha: "abc123"))?.id == run)

            try store.reopen(run: run)
            let skipping = try store.completedPairs(run: run)
            // The pairs ReplicationRunner runs when given `skipping`.
            let remaining = (0..<2).flatMap { v in (0..<5).map { [v, $0] } }.filter { !skipping.contains($0) }
            #expect(remaining.count == 7)
            for pair in remaining {
                try store.record(StoreFixtures.outcome(variant: pair[0], replication: pair[1]), run: run)
            }
            try store.finish(run: run, status: .complete)

            let counts = try store.rowCounts(run: run)
            #expect(counts.replications == 10)
            #expect(counts.metrics == 10 * MetricID.allCases.count * StoreFixtures.cells.count)
            #expect(counts.distinctMetrics == counts.metrics)
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(seed: 7, sha: "abc123"))?.id == nil)
            #expect(try store.latestCompleteRun() == run)
        }
    }

    @Test(
        "only running or incomplete runs of the same scenario and seed are resumable; interrupt never undoes complete")
    func whichRunResumes() throws {
        try StoreFixtures.withStore { store, _ in
            let complete = try store.beginRun(StoreFixtures.description())
            try store.finish(run: complete, status: .complete)
            try store.interrupt(run: complete)
            #expect(try store.run(complete)?.status == .complete)
            let killed = try store.beginRun(StoreFixtures.description())  // left 'running', as after SIGKILL
            _ = try store.beginRun(StoreFixtures.description(seed: 8))
            _ = try store.beginRun(StoreFixtures.description(sha: "other"))
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(seed: 7, sha: "abc123"))?.id == killed)
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(seed: 7, sha: "nothing"))?.id == nil)
            #expect(try store.runs().map(\.status) == [.complete, .running, .running, .running])
        }
    }

    @Test("merging copies every run and replication with new ids; a run holding every replication is complete")
    func merge() throws {
        try StoreFixtures.withStore { target, folder in
            var shards: [String] = []
            for shard in 0..<2 {
                let path = folder.appendingPathComponent("shard\(shard).sqlite").path
                let store = try ResultStore.open(path: path)
                let run = try store.beginRun(
                    StoreFixtures.description(variants: 1, replications: 3, seed: UInt64(shard)))
                for replication in 0..<3 {
                    try store.record(StoreFixtures.outcome(variant: 0, replication: replication), run: run)
                }
                try store.finish(run: run, status: shard == 0 ? .complete : .incomplete)
                shards.append(path)
            }
            _ = try target.beginRun(StoreFixtures.description())
            let ids = try target.merge(from: shards)
            #expect(ids == [[2], [3]])
            let runs = try target.runs()
            // The second store's run was marked incomplete but holds all three replications.
            #expect(runs.map(\.status) == [.running, .complete, .complete])
            #expect(runs.map(\.identity.seed) == [7, 0, 1])
            let merged = try #require(try target.loadRun(3))
            #expect(merged.outcomes.count == 3)
            #expect(StoreFixtures.same(merged.outcomes[2], StoreFixtures.outcome(variant: 0, replication: 2)))
        }
    }
}
