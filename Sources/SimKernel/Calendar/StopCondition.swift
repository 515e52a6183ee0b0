/// When a run of the event loop must stop, besides running out of events.
public struct StopCondition: Sendable, Equatable {
    /// No event later than this time runs. When the next event lies beyond it the clock is
    /// left at the horizon; when events run out first it stays at the last event's time.
    public var horizon: Double
    /// The largest number of events the run may execute.
    public var eventBudget: Int

    /// Creates a stop condition.
    /// - Parameters:
    ///   - horizon: the last time at which events may run (default: no limit).
    ///   - eventBudget: the largest number of events to run (default: no limit).
    public init(horizon: Double = .infinity, eventBudget: Int = .max) {
        self.horizon = horizon
        self.eventBudget = eventBudget
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
    /// The model asked the scheduler to stop.
    case requested
}
