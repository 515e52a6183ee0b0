import Dispatch
import PretrialModel

/// The figures of one replication of one variant, with its cost.
public struct ReplicationOutcome: Sendable {
    /// Index of the variant in the plan.
    public var variant: Int
    /// Replication number (0-based).
    public var replication: Int
    /// The figures.
    public var metrics: ReplicationMetrics
    /// Wall-clock seconds the replication took.
    public var wallSeconds: Double

    /// Creates an outcome (the runner does; so does a results store reading one back).
    public init(variant: Int, replication: Int, metrics: ReplicationMetrics, wallSeconds: Double) {
        self.variant = variant
        self.replication = replication
        self.metrics = metrics
        self.wallSeconds = wallSeconds
    }
}

/// Runs the replications of a plan on several threads.
///
/// Each replication derives all its random streams from (seed, replication, purpose) and
/// keeps them to itself, and results are stored by (variant, replication), so the outcome is
/// identical whatever the number of jobs.
public enum ReplicationRunner {
    /// Runs every (variant, replication) pair of `plan` with at most `jobs` at a time.
    /// - Parameters:
    ///   - plan: what to run.
    ///   - jobs: worker threads (at least 1).
    ///   - skipping: pairs already done (for resuming); they are not run again.
    ///   - onOutcome: called with each finished replication, in completion order, on the
    ///     caller's task; use it for progress or to store results as they come.
    /// - Returns: the outcomes, ordered by variant and replication.
    /// - Throws: what `onOutcome` throws, ``PretrialModel/PolicyDecisionError`` when a policy's
    ///   decision stops a replication, or ``PretrialModel/ReplicationStopped`` when its runaway
    ///   guards do (both naming the variant); the replications still running
    ///   are then cancelled.
    public static func run(
        _ plan: ReplicationPlan, jobs: Int, skipping: Set<[Int]> = [],
        onOutcome: (ReplicationOutcome) throws -> Void = { _ in }
    ) async throws -> [ReplicationOutcome] {
        let pairs = plan.variants.indices.flatMap { v in (0..<plan.replications).map { [v, $0] } }
            .filter { !skipping.contains($0) }
        var outcomes: [ReplicationOutcome] = []
        try await withThrowingTaskGroup(of: ReplicationOutcome.self) { group in
            var next = 0
            func launch() {
                let pair = pairs[next]
                next += 1
                let configuration = plan.variants[pair[0]].configuration
                let name = plan.variants[pair[0]].name
                let seed = plan.seed
                group.addTask {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let metrics: ReplicationMetrics
                    do {
                        metrics = try PretrialSimulation.run(configuration, seed: seed, replication: pair[1])
                    } catch var decision as PolicyDecisionError {
                        decision.variant = name
                        throw decision
                    } catch var stopped as ReplicationStopped {
                        stopped.variant = name
                        throw stopped
                    }
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    return ReplicationOutcome(
                        variant: pair[0], replication: pair[1], metrics: metrics, wallSeconds: seconds)
                }
            }
            while next < pairs.count && next < max(1, jobs) { launch() }
            while let outcome = try await group.next() {
                try onOutcome(outcome)
                outcomes.append(outcome)
                if next < pairs.count { launch() }
            }
        }
        return outcomes.sorted { ($0.variant, $0.replication) < ($1.variant, $1.replication) }
    }
}
