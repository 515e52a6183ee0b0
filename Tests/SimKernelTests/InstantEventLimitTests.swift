import SimKernel
import Testing

/// A model whose every event below `chainsBelow` schedules the next one after a fixed delay.
private struct Chain: DiscreteEventModel {
    var delay: Double
    var chainsBelow = Int.max
    var handled = 0

    mutating func handle(_ event: Int, scheduler: inout Scheduler<Int>) {
        handled += 1
        if event < chainsBelow { scheduler.schedule(event + 1, after: delay) }
    }
}

/// A loop that never lets simulated time move is stopped at the limit of events at one
/// instant; events that move time, or that share an instant only briefly, are not.
@Suite("Events at one instant")
struct InstantEventLimitTests {
    @Test(
        "a zero-delay loop stops once the limit has run at one instant and more are due there, before twice the limit",
        arguments: [1, 7, 1000])
    func zeroDelayLoop(limit: Int) {
        var scheduler = Scheduler<Int>()
        scheduler.schedule(0, at: 5)
        var model = Chain(delay: 0)
        let reason = scheduler.run(&model, until: StopCondition(horizon: 100, instantEventLimit: limit))
        #expect(reason == .instantEventLimitReached)
        #expect(model.handled >= limit)
        #expect(model.handled < 2 * limit)
        #expect(scheduler.pendingCount == 1)
        #expect(scheduler.now == 5)
    }

    @Test("a loop that starts after time has moved is stopped too")
    func loopAfterProgress() {
        var scheduler = Scheduler<Int>()
        for time in 0..<50 { scheduler.schedule(1_000, at: Double(time)) }
        scheduler.schedule(0, at: 60)
        var model = Chain(delay: 0, chainsBelow: 1_000)
        #expect(scheduler.run(&model, until: StopCondition(instantEventLimit: 10)) == .instantEventLimitReached)
        #expect(scheduler.now == 60)
        #expect(model.handled < 50 + 20)
    }

    @Test("events that move time are never stopped by the limit")
    func movingTime() {
        var scheduler = Scheduler<Int>()
        scheduler.schedule(0, at: 0)
        var model = Chain(delay: 0.5)
        let reason = scheduler.run(&model, until: StopCondition(horizon: 1_000, instantEventLimit: 1))
        #expect(reason == .horizonReached)
        #expect(model.handled == 2_001)
    }

    @Test("the budget and the limit together: whichever is reached first stops the run")
    func budgetFirst() {
        var scheduler = Scheduler<Int>()
        scheduler.schedule(0, at: 0)
        var model = Chain(delay: 0)
        let reason = scheduler.run(&model, until: StopCondition(eventBudget: 25, instantEventLimit: 100))
        #expect(reason == .eventBudgetExhausted)
        #expect(model.handled == 25)
    }
}
