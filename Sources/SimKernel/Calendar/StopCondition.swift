/// When a run of the event loop must stop, besides running out of events.
public struct StopCondition: Sendable, Equatable {
    /// No event later than this time runs. When the next event lies beyond it the clock is
    /// left at the horizon; when events run out first it stays at the last event's time.
    public var horizon: Double
    /// The largest number of events the run may execute.
    public var eventBudget: Int
    /// The most events that may run one after another at the same simulated time: more means
    /// a loop that schedules events with no delay and never lets the clock move, which the
    /// horizon can never stop. The loop checks it once every `instantEventLimit` events, so
    /// such a loop is stopped once at least `instantEventLimit` events (and fewer than twice
    /// as many) have run at one instant and another is due at it.
    public var instantEventLimit: Int

    /// Creates a stop condition.
    /// - Parameters:
    ///   - horizon: the last time at which events may run (default: no limit).
    ///   - eventBudget: the largest number of events to run (default: no limit).
    ///   - instantEventLimit: the most events that may run at one instant (default: no limit;
    ///     at least 1).
    public init(horizon: Double = .infinity, eventBudget: Int = .max, instantEventLimit: Int = .max) {
        self.horizon = horizon
        self.eventBudget = eventBudget
        self.instantEventLimit = max(1, instantEventLimit)
    }

    /// Run until no event is pending.
    public static let exhaustion = StopCondition()
}

/// Why a run of the event loop ended.
public enum StopReason: Sendable, Equatable {
    /// No event was pending.
    case calendarEmpty
    /// The next event lay beyond the horizon.
    case horizonReached
    /// The event budget was spent.
    case eventBudgetExhausted
    /// More than the ``StopCondition/instantEventLimit`` events ran at one simulated time
    /// (``Scheduler/now``): the model loops without letting time pass.
    case instantEventLimitReached
    /// The model asked the scheduler to stop.
    case requested
}
