/// A model driven by the event loop: it handles one event at a time and schedules others.
public protocol DiscreteEventModel {
    /// The model's event type; a small enum keeps events free of heap allocation.
    associatedtype Event

    /// Handles `event` at the scheduler's current time.
    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>)
}

/// The simulation clock and event calendar, and the loop that runs a model.
///
/// The model and the scheduler are separate values, so the loop can hand the model both
/// without shared mutable state.
public struct Scheduler<Event> {
    /// The current simulated time.
    @inlinable public var now: Double { clock }
    @usableFromInline var clock: Double = 0
    /// The pending events.
    @usableFromInline var calendar: EventCalendar<Event>
    /// The number of events executed so far.
    @inlinable public var executedCount: Int { executed }
    @usableFromInline var executed: Int = 0
    @usableFromInline var stopRequested = false
    /// The part of the running loop's event budget not yet given to a chunk.
    @usableFromInline var budgetLeft = 0
    /// The time of the first event of the running loop's current chunk.
    @usableFromInline var chunkStart = -Double.infinity

    /// Creates a scheduler at time 0.
    /// - Parameter capacity: pending events to reserve room for.
    public init(reservingCapacity capacity: Int = 0) {
        calendar = EventCalendar(reservingCapacity: capacity)
    }

    /// The number of pending events.
    @inlinable public var pendingCount: Int { calendar.count }

    /// Schedules `event` after `delay` from now.
    /// - Precondition: `delay` is not negative.
    @inlinable @inline(__always)
    public mutating func schedule(_ event: Event, after delay: Double) {
        precondition(delay >= 0, "an event cannot be scheduled in the past (delay \(delay))")
        calendar.schedule(event, at: now + delay)
    }

    /// Schedules `event` at the absolute time `time`.
    /// - Precondition: `time` is not before now.
    @inlinable @inline(__always)
    public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "an event cannot be scheduled in the past (\(time) < \(now))")
        calendar.schedule(event, at: time)
    }

    /// Asks the running loop to stop after the current event.
    public mutating func requestStop() {
        stopRequested = true
    }

    /// Starts the next chunk of a running loop whose next event is at `time`: the events it
    /// may run (at most `size`), 0 when the budget is spent, or −1 when the whole chunk before
    /// ran at `time` and the next event is still there. Kept out of line, and its state in
    /// the scheduler, so that the loop itself holds one countdown.
    @usableFromInline @inline(never)
    mutating func nextChunk(at time: Double, size: Int) -> Int {
        guard budgetLeft > 0 else { return 0 }
        if time == chunkStart { return -1 }
        chunkStart = time
        let chunk = min(budgetLeft, max(1, size))
        budgetLeft -= chunk
        return chunk
    }

    /// Runs `model` until the calendar is empty or `condition` stops it.
    ///
    /// The budget is spent in chunks of at most ``StopCondition/instantEventLimit`` events, so
    /// that an event costs one countdown, as with the budget alone: at the end of a chunk the
    /// loop checks the budget, and whether the next event is still at the time the chunk
    /// began (then more than a chunk's worth of events ran at one instant).
    ///
    /// - Parameters:
    ///   - model: the model that handles each event.
    ///   - condition: the horizon, event budget and limit of events at one instant.
    /// - Returns: why the run ended.
    @inlinable @inline(__always)
    public mutating func run<Model: DiscreteEventModel>(
        _ model: inout Model, until condition: StopCondition = .exhaustion
    ) -> StopReason where Model.Event == Event {
        stopRequested = false
        budgetLeft = max(0, condition.eventBudget)
        chunkStart = -Double.infinity
        var chunk = 0
        while true {
            guard let time = calendar.nextTime else { return .calendarEmpty }
            if time > condition.horizon {
                clock = condition.horizon
                return .horizonReached
            }
            if chunk == 0 {
                chunk = nextChunk(at: time, size: condition.instantEventLimit)
                if chunk == 0 { return .eventBudgetExhausted }
                if chunk < 0 {
                    clock = time
                    return .instantEventLimitReached
                }
            }
            chunk -= 1
            let next = calendar.removeNext().unsafelyUnwrapped
            clock = next.time
            executed += 1
            model.handle(next.event, scheduler: &self)
            if stopRequested { return .requested }
        }
    }
}
