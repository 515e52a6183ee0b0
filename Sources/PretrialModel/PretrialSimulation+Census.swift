import SimKernel

extension PretrialSimulation {
    /// Runs one replication of `configuration` up to the last of `days` and takes a census on
    /// each: the people held and the cases pending, which ``ModelConfiguration/census`` reads
    /// (a run can start from the state this one reached), with the population figures on
    /// that day.
    ///
    /// The replication is the one ``run(_:seed:replication:guards:)`` makes with the same
    /// seed (taking a census draws nothing), cut at the last day.
    ///
    /// - Parameter days: the days of the censuses, each at least 0 (in any order; a census on
    ///   day 0 sees only the configuration's own census).
    /// - Throws: as ``run(_:seed:replication:guards:)``.
    public static func takeCensus(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int, days: [Double],
        guards: RunawayGuards? = nil
    ) throws -> [CensusSnapshot] {
        try takeCensus(configuration, seed: seed, replication: replication, days: days, guards: guards, auditing: false)
            .censuses
    }

    /// ``takeCensus(_:seed:replication:days:guards:)`` keeping the checks of ``PersonAudit`` when
    /// `auditing` (tests).
    static func takeCensus(
        _ configuration: ModelConfiguration, seed: UInt64, replication: Int, days: [Double],
        guards: RunawayGuards?, auditing: Bool
    ) throws -> (censuses: [CensusSnapshot], audit: PersonAudit) {
        let days = days.map { max(0, $0) }.sorted()
        guard let last = days.last else { return ([], PersonAudit()) }
        let guards = guards ?? RunawayGuards(configuration)
        var (process, scheduler) = start(
            configuration, seed: seed, replication: replication, guards: guards, auditing: auditing)
        for day in days { scheduler.schedule(.censusTaken, at: day) }
        let condition = StopCondition(
            horizon: last, eventBudget: guards.eventBudget, instantEventLimit: guards.instantEventLimit)
        let reason = scheduler.run(process: &process, until: condition)
        if let error = process.decisionError { throw error }
        switch reason {
        case .calendarEmpty, .horizonReached:
            return (process.censuses, process.audit)
        case .instantEventLimitReached:
            throw ReplicationStopped(
                cause: .eventsAtOneInstant(limit: guards.instantEventLimit, day: scheduler.now),
                replication: replication)
        case .eventBudgetExhausted:
            throw ReplicationStopped(
                cause: .eventBudget(
                    limit: guards.eventBudget, expectedArrests: guards.expectedArrests, day: scheduler.now),
                replication: replication)
        case .requested:
            throw ReplicationStopped(
                cause: .openCases(
                    limit: guards.openCaseLimit, expectedArrests: guards.expectedArrests, day: scheduler.now),
                replication: replication)
        }
    }
}
