import SimKernel

/// Runs replications of the pre-trial process.
public enum PretrialSimulation {
    /// Runs one replication of `configuration`.
    ///
    /// - Parameters:
    ///   - configuration: the scenario's model.
    ///   - seed: the master seed. Every stream of the replication is derived from (seed,
    ///     replication, purpose), so the result does not depend on which thread runs it, and
    ///     variants run with the same seed meet the same people with the same luck.
    ///   - replication: the replication number.
    /// - Returns: the replication's figures.
    /// - Throws: ``PolicyDecisionError`` when a policy returned a decision the process cannot
    ///   carry out (the replication stops at the first).
    public static func run(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int
    ) throws(PolicyDecisionError) -> ReplicationMetrics {
        var process = PretrialProcess(configuration: configuration, seed: seed, replication: replication)
        var scheduler = Scheduler<ModelEvent>(reservingCapacity: 4096)
        if configuration.warmUpDays > 0 {
            scheduler.schedule(.warmUpEnd, at: configuration.warmUpDays)
        }
        scheduler.schedule(.arrestWindowEnd, at: configuration.arrestWindowDays)
        if let first = process.nextArrestTime(after: 0) {
            scheduler.schedule(.arrest, at: first)
        }
        _ = scheduler.run(&process, until: StopCondition(horizon: configuration.maximumDays))
        if let error = process.decisionError { throw error }
        let end = scheduler.now
        process.finalize(at: end)
        return process.metrics(endTime: end, events: scheduler.executedCount)
    }
}
