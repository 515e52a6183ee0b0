import SimKernel
import Testing

/// A model that records what it handles and, on request, stops the loop or schedules more.
private struct Recorder: DiscreteEventModel {
    var handled: [(time: Double, event: Int)] = []
    var stopOn: Int?
    /// Each event `e` schedules event `e + 1` this much later, if set.
    var chainDelay: Double?

    mutating func handle(_ event: Int, scheduler: inout Scheduler<Int>) {
        handled.append((scheduler.now, event))
        if let chainDelay { scheduler.schedule(event + 1, after: chainDelay) }
        if event == stopOn { scheduler.requestStop() }
    }
}

/// The loop stops at the horizon, at the event budget, when the calendar runs dry, or when
/// the model asks, and can be resumed afterwards.
@Suite("Scheduler stop conditions")
struct SchedulerStopConditionTests {
    private func scheduler(times: [Double]) -> Scheduler<Int> {
        var scheduler = Scheduler<Int>()
        for (event, time) in times.enumerated() { scheduler.schedule(event, at: time) }
        return scheduler
    }

    @Test("no event after the horizon runs; the clock stops at the horizon")
    func horizon() {
        var scheduler = scheduler(times: [1, 2, 3, 5, 8])
        var model = Recorder()
        let reason = scheduler.run(&model, until: StopCondition(horizon: 4))
        #expect(reason == .horizonReached)
        #expect(model.handled.map(\.event) == [0, 1, 2])
        #expect(model.handled.allSatisfy { $0.time <= 4 })
        #expect(scheduler.now == 4)
        #expect(scheduler.pendingCount == 2)
        #expect(scheduler.executedCount == 3)

        // Resuming runs the rest from the horizon on.
        #expect(scheduler.run(&model) == .calendarEmpty)
        #expect(model.handled.map(\.event) == [0, 1, 2, 3, 4])
        #expect(scheduler.now == 8)
        #expect(scheduler.executedCount == 5)
    }

    @Test("an event exactly at the horizon runs")
    func eventAtHorizonRuns() {
        var scheduler = scheduler(times: [1, 3, 3, 4])
        var model = Recorder()
        #expect(scheduler.run(&model, until: StopCondition(horizon: 3)) == .horizonReached)
        #expect(model.handled.map(\.event) == [0, 1, 2])
        #expect(scheduler.now == 3)
    }

    @Test("a self-perpetuating model stops at the horizon")
    func endlessModelStopsAtHorizon() {
        var scheduler = Scheduler<Int>()
        scheduler.schedule(0, at: 0)
        var model = Recorder(chainDelay: 0.25)
        #expect(scheduler.run(&model, until: StopCondition(horizon: 10)) == .horizonReached)
        // Events at 0, 0.25, ..., 10: 41 of them (quarters are exact in binary).
        #expect(model.handled.count == 41)
        #expect(model.handled.last?.time == 10)
        #expect(scheduler.now == 10)
        #expect(scheduler.pendingCount == 1)
    }

    @Test("the event budget caps the number of events", arguments: [0, 1, 4, 9])
    func eventBudget(budget: Int) {
        var scheduler = scheduler(times: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        var model = Recorder()
        #expect(scheduler.run(&model, until: StopCondition(eventBudget: budget)) == .eventBudgetExhausted)
        #expect(model.handled.count == budget)
        #expect(scheduler.executedCount == budget)
        #expect(scheduler.pendingCount == 10 - budget)
        #expect(scheduler.now == Double(budget))
    }

    @Test("the budget counts each run separately")
    func budgetPerRun() {
        var scheduler = Scheduler<Int>()
        scheduler.schedule(0, at: 0)
        var model = Recorder(chainDelay: 1)
        #expect(scheduler.run(&model, until: StopCondition(eventBudget: 5)) == .eventBudgetExhausted)
        #expect(scheduler.run(&model, until: StopCondition(eventBudget: 5)) == .eventBudgetExhausted)
        #expect(model.handled.map(\.event) == Array(0..<10))
        #expect(scheduler.executedCount == 10)
    }

    @Test("the horizon wins over a budget that is not yet spent")
    func horizonBeforeBudget() {
        var scheduler = scheduler(times: [1, 2, 30])
        var model = Recorder()
        #expect(scheduler.run(&model, until: StopCondition(horizon: 10, eventBudget: 100)) == .horizonReached)
        #expect(model.handled.count == 2)
    }

    @Test("the run ends when the calendar is empty")
    func calendarEmpty() {
        var scheduler = scheduler(times: [2, 1, 7])
        var model = Recorder()
        #expect(scheduler.run(&model) == .calendarEmpty)
        #expect(model.handled.map(\.time) == [1, 2, 7])
        #expect(scheduler.now == 7)
        #expect(scheduler.pendingCount == 0)

        // Events that run out before a finite horizon leave the clock at the last event.
        var bounded = self.scheduler(times: [3, 5])
        #expect(bounded.run(&model, until: StopCondition(horizon: 100)) == .calendarEmpty)
        #expect(bounded.now == 5)

        var idle = Scheduler<Int>()
        #expect(idle.run(&model) == .calendarEmpty)
        #expect(idle.now == 0)
        #expect(idle.executedCount == 0)
    }

    @Test("requestStop ends the run after the current event, and the run can resume")
    func requestStop() {
        var scheduler = scheduler(times: [1, 2, 2, 3])
        var model = Recorder(stopOn: 1)
        #expect(scheduler.run(&model) == .requested)
        #expect(model.handled.map(\.event) == [0, 1])
        #expect(scheduler.now == 2)
        #expect(scheduler.pendingCount == 2)

        model.stopOn = nil
        #expect(scheduler.run(&model) == .calendarEmpty)
        #expect(model.handled.map(\.event) == [0, 1, 2, 3])
    }

    @Test("scheduling relative to now uses the current clock")
    func scheduleAfterUsesClock() {
        var scheduler = Scheduler<Int>()
        scheduler.schedule(0, after: 1.5)
        var model = Recorder(chainDelay: 2)
        #expect(scheduler.run(&model, until: StopCondition(eventBudget: 3)) == .eventBudgetExhausted)
        #expect(model.handled.map(\.time) == [1.5, 3.5, 5.5])
    }

    @Test("scheduling in the past traps")
    func schedulingInThePastTraps() async {
        await #expect(processExitsWith: .failure) {
            var scheduler = Scheduler<Int>()
            scheduler.schedule(0, at: 5)
            var model = Recorder()
            _ = scheduler.run(&model)
            scheduler.schedule(1, at: 4)
        }
    }
}
