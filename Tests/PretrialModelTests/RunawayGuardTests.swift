import PretrialModel
import SimKernel
import Testing

/// A replication that would run for ever, or until memory is gone, is stopped by its guards
/// with an error naming the cause and the parameters; a normal one is not touched by them.
@Suite("Runaway guards")
struct RunawayGuardTests {
    /// R1 with everyone failing to appear at every court date.
    static func alwaysAbsent(interval: Distribution, warrant: Distribution, rate: Double = 2) throws
        -> ModelConfiguration
    {
        var configuration = try R1Configuration.make(arrestWindowDays: 30, rate: rate)
        configuration.population.chargeClasses[0].failureToAppear = 1
        configuration.process.courtDateInterval = interval
        configuration.process.warrantDelay = warrant
        return configuration
    }

    @Test("court dates and warrants with no delay stop at the limit of events at one instant")
    func loopAtOneInstant() throws {
        let configuration = try Self.alwaysAbsent(interval: try .constant(0), warrant: try .constant(0))
        #expect {
            _ = try PretrialSimulation.run(configuration, seed: 1, replication: 0)
        } throws: { error in
            guard let stopped = error as? ReplicationStopped,
                case .eventsAtOneInstant(let limit, _) = stopped.cause
            else { return false }
            return limit == RunawayGuards.eventsAtOneInstant
                && stopped.description.contains("process.court_date_interval")
                && stopped.description.contains("replication 1")
        }
    }

    @Test("a case that keeps failing to appear with time moving stops at the event budget")
    func eventBudget() throws {
        let configuration = try Self.alwaysAbsent(interval: try .constant(0.01), warrant: try .constant(0.01))
        var guards = RunawayGuards(configuration)
        guards.eventBudget = 20_000
        #expect {
            _ = try PretrialSimulation.run(configuration, seed: 1, replication: 2, guards: guards)
        } throws: { error in
            guard let stopped = error as? ReplicationStopped, case .eventBudget(let limit, _, _) = stopped.cause
            else { return false }
            return limit == 20_000 && stopped.replication == 2
                && stopped.description.contains("failure_to_appear")
        }
    }

    @Test("a person's new arrests while released add cases one at a time: open cases stay under the cap")
    func openCases() throws {
        // One new-arrest hazard per person at liberty: a new case adds no hazard, so the open
        // cases of a person are bounded (an M/G/∞ queue) and never multiply to the cap.
        var configuration = try R1Configuration.make(arrestWindowDays: 365, rate: 1)
        configuration.population.chargeClasses[0].newArrestPerDay = 0.1
        configuration.maximumDays = 3000
        let guards = RunawayGuards(configuration)
        #expect(guards.openCaseLimit == 10_000 + 2 * 365)
        let metrics = try PretrialSimulation.run(configuration, seed: 1, replication: 0)
        let rate = metrics.values[.newArrestRate]?[0] ?? 0
        #expect(rate > 1, "the hazard is live: \(rate) new arrests per person released")
    }

    @Test("the guards of R1 leave a hundredfold margin over what a replication uses")
    func normalRunIsUntouched() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 120)
        let metrics = try PretrialSimulation.run(configuration, seed: 1, replication: 0)
        let guards = RunawayGuards(configuration)
        #expect(guards.expectedArrests == 12_000)
        #expect(guards.eventBudget > 100 * metrics.modelEvents)
    }

    @Test("guards of absurd sizes saturate instead of trapping")
    func hugeSizes() throws {
        var configuration = try R1Configuration.make()
        configuration.arrests.ratePerDay = 1e300
        configuration.arrestWindowDays = 1e300
        let guards = RunawayGuards(configuration)
        #expect(guards.eventBudget == Int.max)
        #expect(guards.openCaseLimit == Int(Int32.max))
    }
}
