/// A run that adds replications until its headline figures are precise enough
/// (`pretrial run --precision`): batches of ``batchSize`` replications per variant, until
/// ``PrecisionRule/widestRelativeHalfWidth(_:variants:)`` is at most the target or the cap is
/// reached. Batches are whole, so where it stops does not depend on the number of jobs.
public struct PrecisionRun: Sendable {
    /// Replications added per variant between two looks at the precision.
    public static let batchSize = 10

    /// Every replication run, ordered by variant and replication.
    public var outcomes: [ReplicationOutcome]
    /// Replications per variant run.
    public var replications: Int
    /// The widest relative 95% CI half-width of the headline figures at the end.
    public var widestRelativeHalfWidth: Double
    /// The relative half-width asked for.
    public var target: Double

    /// Whether the run stopped at the cap short of its target.
    public var missedTarget: Bool { !(widestRelativeHalfWidth <= target) }

    /// Runs `plan`'s variants in batches until the headline figures are precise enough.
    /// - Parameters:
    ///   - plan: the variants and seed; its replications (at least one batch) are the first
    ///     batch's end.
    ///   - target: the widest relative 95% CI half-width accepted (e.g. 0.02).
    ///   - maxReplications: the cap on replications per variant.
    ///   - jobs: replications run at once.
    ///   - onOutcome: called with each finished replication (to store it), as
    ///     ``ReplicationRunner/run(_:jobs:skipping:onOutcome:)`` calls it.
    ///   - onBatch: called after each batch with the replications per variant run so far and
    ///     the widest relative half-width they give (to report progress).
    /// - Returns: the outcomes, the replications run and the precision reached.
    public static func run(
        _ plan: ReplicationPlan, target: Double, maxReplications: Int, jobs: Int,
        onOutcome: (ReplicationOutcome) throws -> Void = { _ in },
        onBatch: (_ replications: Int, _ widestRelativeHalfWidth: Double) -> Void = { _, _ in }
    ) async throws -> PrecisionRun {
        var outcomes: [ReplicationOutcome] = []
        var end = min(max(plan.replications, batchSize), maxReplications)
        var done = 0
        var widest = Double.infinity
        while true {
            var batch = plan
            batch.replications = end
            let skip = Set(outcomes.map { [$0.variant, $0.replication] })
            outcomes += try await ReplicationRunner.run(batch, jobs: jobs, skipping: skip, onOutcome: onOutcome)
            done = end
            widest = PrecisionRule.widestRelativeHalfWidth(outcomes, variants: plan.variants.count)
            onBatch(done, widest)
            if widest <= target || done >= maxReplications { break }
            end = min(done + batchSize, maxReplications)
        }
        let sorted = outcomes.sorted { ($0.variant, $0.replication) < ($1.variant, $1.replication) }
        return PrecisionRun(outcomes: sorted, replications: done, widestRelativeHalfWidth: widest, target: target)
    }
}
