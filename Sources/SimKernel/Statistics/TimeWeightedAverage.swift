/// The time average of a level that changes at events: the number busy, waiting or held.
///
/// The level is a step function; the average over `[start, t]` is its integral divided by
/// `t − start`. GSL has no such statistic, so it is kept here.
public struct TimeWeightedAverage: Sendable {
    /// The current level.
    public private(set) var level: Double
    /// The highest level reached.
    public private(set) var maximum: Double
    /// When averaging started.
    public private(set) var start: Double
    private var lastChange: Double
    private var area: Double = 0

    /// Creates an average that starts at `time` with `level`.
    public init(level: Double = 0, at time: Double = 0) {
        self.level = level
        self.maximum = level
        self.start = time
        self.lastChange = time
    }

    /// Sets the level to `newLevel` from `time` on.
    /// - Precondition: `time` is not before the last change.
    public mutating func update(to newLevel: Double, at time: Double) {
        accumulate(until: time)
        level = newLevel
        if newLevel > maximum { maximum = newLevel }
    }

    /// Adds `delta` to the level from `time` on.
    public mutating func add(_ delta: Double, at time: Double) {
        update(to: level + delta, at: time)
    }

    private mutating func accumulate(until time: Double) {
        precondition(time >= lastChange, "a time-weighted level cannot change in the past (\(time) < \(lastChange))")
        area += level * (time - lastChange)
        lastChange = time
    }

    /// Forgets the history before `time` (the end of a warm-up), keeping the current level.
    /// - Precondition: `time` is not before the last change.
    public mutating func restart(at time: Double) {
        accumulate(until: time)
        area = 0
        start = time
        maximum = level
    }

    /// The integral of the level from the start to `time` (for example bed-days).
    public func integral(until time: Double) -> Double {
        area + level * (time - lastChange)
    }

    /// The average level over `[start, time]`; NaN for an empty interval.
    public func average(until time: Double) -> Double {
        time > start ? integral(until: time) / (time - start) : .nan
    }
}
