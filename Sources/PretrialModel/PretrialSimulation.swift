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
    ///   - guards: the bounds that stop a runaway replication (default: those derived from
    ///     `configuration`).
    /// - Returns: the replication's figures.
    /// - Throws: ``PolicyDecisionError`` when a policy returned a decision the process cannot
    ///   carry out (the replication stops at the first), or ``ReplicationStopped`` when one of
    ///   the replication's ``RunawayGuards`` stops it (a loop at one instant, far more events
    ///   than its arrests need, or cases multiplying).
    public static func run(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int, guards: RunawayGuards? = nil
    ) throws -> ReplicationMetrics {
        try run(configuration, seed: seed, replication: replication, guards: guards, auditing: false).metrics
    }

    /// One replication's daily series: the replication run as ``run(_:seed:replication:guards:)``
    /// runs it, with ``ModelConfiguration/keepsDailySeries`` on (its figures are the same as
    /// without). For tests and analyses that look at one replication over time.
    public static func dailySeries(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int, guards: RunawayGuards? = nil
    ) throws -> DailySeries {
        var configuration = configuration
        configuration.keepsDailySeries = true
        return try run(configuration, seed: seed, replication: replication, guards: guards).series
            ?? DailySeries(columns: [])
    }

    /// Runs one replication as ``run(_:seed:replication:guards:)`` does, keeping the checks of
    /// ``PersonAudit`` when `auditing` (for tests; the figures are the same either way).
    static func run(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int, guards: RunawayGuards?, auditing: Bool
    ) throws -> (metrics: ReplicationMetrics, audit: PersonAudit) {
        let guards = guards ?? RunawayGuards(configuration)
        var (process, scheduler) = start(
            configuration, seed: seed, replication: replication, guards: guards, auditing: auditing)
        let condition = StopCondition(
            horizon: configuration.maximumDays, eventBudget: guards.eventBudget,
            instantEventLimit: guards.instantEventLimit)
        let reason = scheduler.run(process: &process, until: condition)
        if let error = process.decisionError { throw error }
        let cause: ReplicationStopped.Cause
        switch reason {
        case .calendarEmpty, .horizonReached:
            let end = scheduler.now
            process.finalize(at: end)
            var metrics = process.metrics(endTime: end, events: scheduler.executedCount)
            metrics.series = process.dailySeries
            return (metrics, process.audit)
        case .instantEventLimitReached:
            cause = .eventsAtOneInstant(limit: guards.instantEventLimit, day: scheduler.now)
        case .eventBudgetExhausted:
            cause = .eventBudget(limit: guards.eventBudget, expectedArrests: guards.expectedArrests, day: scheduler.now)
        case .requested:
            // Besides a bad policy decision (thrown above), the process asks to stop only when
            // too many cases are open.
            cause = .openCases(limit: guards.openCaseLimit, expectedArrests: guards.expectedArrests, day: scheduler.now)
        }
        throw ReplicationStopped(cause: cause, replication: replication)
    }

    /// The process and its calendar on day 0: the bookkeeping events, the first arrest, and
    /// the census's people (``ModelConfiguration/census``), if any.
    static func start(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int, guards: RunawayGuards, auditing: Bool
    ) -> (PretrialProcess, Scheduler<ModelEvent>) {
        var process = PretrialProcess(configuration: configuration, seed: seed, replication: replication)
        process.auditing = auditing
        process.openCaseLimit = guards.openCaseLimit
        var scheduler = Scheduler<ModelEvent>(reservingCapacity: 4096)
        if configuration.warmUpDays > 0 {
            scheduler.schedule(.warmUpEnd, at: configuration.warmUpDays)
        }
        scheduler.schedule(.arrestWindowEnd, at: configuration.arrestWindowDays)
        if let fund = configuration.policies.bailFund {
            scheduler.schedule(.bailFundRound, at: fund.roundDays)
        }
        if let first = process.nextArrestTime(after: 0) {
            scheduler.schedule(.arrest, at: first)
        }
        if !configuration.census.isEmpty {
            process.enterCensus(
                seed: StreamSeed.derive(master: seed, replication: replication, purpose: "census"), &scheduler)
            // Counting starts on day 0 without a warm-up: the backlog then is the census's.
            if configuration.warmUpDays <= 0 { process.backlogAtWarmUpEnd = Double(process.trialQueue.line.count) }
        }
        return (process, scheduler)
    }
}
