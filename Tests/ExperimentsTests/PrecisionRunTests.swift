import Experiments
import Testing

/// `--precision`'s loop: batches of 10 until the headline figures are precise enough, or the cap.
@Suite("Adding replications until the figures are precise enough")
struct PrecisionRunTests {
    /// R1 with a short arrest window, so that a debug build runs dozens of replications quickly.
    static func plan() throws -> ReplicationPlan {
        ShippedScenario.plan(
            try ShippedScenario.load("scenarios/r1-benchmark.yaml"), replications: 1, arrestWindowDays: 20)
    }

    @Test("on R1 it stops at the first whole batch whose widest half-width meets the target")
    func stopsWhenPrecise() async throws {
        let plan = try Self.plan()
        let first = try await PrecisionRun.run(plan, target: 0, maxReplications: 10, jobs: 2)
        #expect(first.replications == 10)
        // A target the first batch misses and more replications meet.
        let target = first.widestRelativeHalfWidth * 0.9
        var batches: [Int] = []
        var stored: [[Int]] = []
        let run = try await PrecisionRun.run(
            plan, target: target, maxReplications: 200, jobs: 2,
            onOutcome: { stored.append([$0.variant, $0.replication]) },
            onBatch: { done, _ in batches.append(done) })
        #expect(!run.missedTarget)
        #expect(run.widestRelativeHalfWidth <= target)
        #expect(run.replications > 10 && run.replications < 200)
        #expect(batches == Array(stride(from: 10, through: run.replications, by: 10)))
        #expect(run.outcomes.count == run.replications * plan.variants.count)
        #expect(
            Set(stored).count == stored.count && stored.count == run.outcomes.count, "each replication reported once")
        #expect(
            run.widestRelativeHalfWidth
                == PrecisionRule.widestRelativeHalfWidth(run.outcomes, variants: plan.variants.count))
        // One batch fewer was not precise enough.
        let before = run.outcomes.filter { $0.replication < run.replications - 10 }
        #expect(PrecisionRule.widestRelativeHalfWidth(before, variants: plan.variants.count) > target)
        // The first batch is the replications the same seed gives without the loop.
        let prefix = run.outcomes.filter { $0.replication < 10 }
        #expect(prefix.count == first.outcomes.count)
        #expect(
            zip(prefix, first.outcomes).allSatisfy {
                ($0.variant, $0.replication, $0.metrics.modelEvents, $0.metrics.endTime)
                    == ($1.variant, $1.replication, $1.metrics.modelEvents, $1.metrics.endTime)
            })
    }

    @Test("a target out of reach stops at the cap, and says it was missed")
    func stopsAtTheCap() async throws {
        let plan = try Self.plan()
        var batches: [Int] = []
        let run = try await PrecisionRun.run(
            plan, target: 1e-9, maxReplications: 15, jobs: 2,
            onBatch: { done, _ in batches.append(done) })
        #expect(run.missedTarget)
        #expect(run.replications == 15)
        #expect(batches == [10, 15])
        #expect(run.widestRelativeHalfWidth > 1e-9 && run.widestRelativeHalfWidth.isFinite)
        #expect(run.outcomes.count == 15 * plan.variants.count)
        #expect(run.outcomes.filter { $0.variant == 0 }.map(\.replication) == Array(0..<15))
    }
}
