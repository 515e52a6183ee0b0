import Experiments
import Foundation
import Results
import Testing

@Suite("Results store: merging the shards of a run")
struct ShardMergeTests {
    /// A store holding shard `shard` of a run of 2 variants × 5 replications.
    static func shardStore(_ folder: URL, _ shard: ReplicationShard) throws -> String {
        let path = folder.appendingPathComponent("shard-\(shard.index).sqlite").path
        let store = try ResultStore.open(path: path)
        var description = StoreFixtures.description()
        description.shard = shard.description
        let run = try store.beginRun(description)
        for variant in 0..<2 {
            for replication in 0..<5 where shard.contains(replication: replication) {
                try store.record(StoreFixtures.outcome(variant: variant, replication: replication), run: run)
            }
        }
        try store.finish(run: run, status: .complete)
        try store.close()
        return path
    }

    @Test("shards join into one complete run holding every replication once")
    func joinShards() throws {
        try StoreFixtures.withStore { store, folder in
            let paths = try (1...3).map { try Self.shardStore(folder, ReplicationShard(index: $0, count: 3)) }
            let first = try store.merge(from: [paths[0], paths[2]])
            let partial = try #require(try store.run(first[0][0]))
            #expect(store.runsCount == 1)
            // Complete for the shards it holds (replications 0, 2, 3), as its shard list says.
            #expect(partial.status == .complete)
            #expect(partial.identity.shard == "1/3,3/3")
            #expect(partial.replicationsDone == 2 * 3)
            #expect(partial.replicationsPlanned == 2 * 3)

            // The last shard, and one merged again: nothing is stored twice.
            let ids = try store.merge(from: [paths[1], paths[0]])
            #expect(Set(ids.joined()) == [first[0][0]])
            let whole = try #require(try store.run(first[0][0]))
            #expect(whole.status == .complete)
            #expect(whole.identity.shard == nil)
            #expect(whole.replicationsDone == 10)
            let counts = try store.rowCounts(run: whole.id)
            #expect(counts.metrics == counts.distinctMetrics)
            let loaded = try #require(try store.loadRun(whole.id))
            for outcome in loaded.outcomes {
                #expect(
                    StoreFixtures.same(
                        outcome, StoreFixtures.outcome(variant: outcome.variant, replication: outcome.replication)))
            }
        }
    }

    @Test("merging one shard's store twice into a new store changes nothing the second time")
    func mergeTwice() throws {
        try StoreFixtures.withStore { store, folder in
            let path = try Self.shardStore(folder, ReplicationShard(index: 1, count: 2))
            let first = try store.merge(from: [path])
            let once = try #require(try store.run(first[0][0]))
            #expect(once.status == .complete)
            #expect(once.identity.shard == "1/2")
            #expect(once.replicationsPlanned == 3 * 2, "shard 1/2 of 5 replications holds 0, 2 and 4")
            #expect(once.replicationsDone == 6)
            _ = try store.merge(from: [path])
            let twice = try #require(try store.run(first[0][0]))
            #expect(twice == once)
            #expect(store.runsCount == 1)
        }
    }

    @Test("--resume finds only unfinished runs of the same tool version, shard and plugin libraries")
    func resumeMatchesToolVersion() throws {
        try StoreFixtures.withStore { store, _ in
            let run = try store.beginRun(StoreFixtures.description())
            #expect(try store.latestRun(resumableAs: StoreFixtures.description())?.id == run)
            var newer = StoreFixtures.description()
            newer.toolVersion = "9.9.9"
            #expect(try store.latestRun(resumableAs: newer) == nil)
            var shard = StoreFixtures.description()
            shard.shard = "1/2"
            #expect(try store.latestRun(resumableAs: shard) == nil)
            #expect(
                try store.latestRun(resumableAs: StoreFixtures.description(plugins: [StoreFixtures.plugin("aa")]))
                    == nil)
            // More replications may be asked for; the run is the same.
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(replications: 9))?.id == run)
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(), complete: true) == nil)
            try store.finish(run: run, status: .complete)
            #expect(try store.latestRun(resumableAs: StoreFixtures.description()) == nil)
            #expect(try store.latestRun(resumableAs: StoreFixtures.description(), complete: true)?.id == run)
        }
    }

    @Test("runs of different seeds are not joined")
    func differentRunsStayApart() throws {
        try StoreFixtures.withStore { store, folder in
            let path = try Self.shardStore(folder, ReplicationShard(index: 1, count: 2))
            let other = folder.appendingPathComponent("other.sqlite").path
            let otherStore = try ResultStore.open(path: other)
            _ = try otherStore.beginRun(StoreFixtures.description(seed: 8))
            try otherStore.close()
            _ = try store.merge(from: [path, other])
            #expect(store.runsCount == 2)
        }
    }
}

extension ResultStore {
    /// The number of runs stored.
    var runsCount: Int { (try? runs().count) ?? -1 }
}
