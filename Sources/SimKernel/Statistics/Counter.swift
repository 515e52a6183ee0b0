/// A count of occurrences (arrivals, releases, events).
public struct Counter: Sendable, Equatable {
    /// The count so far.
    public var value: Int = 0

    /// Creates a counter at zero.
    public init() {}

    /// Adds one.
    public mutating func increment() { value += 1 }

    /// Adds `amount`.
    public mutating func add(_ amount: Int) { value += amount }

    /// Sets the count back to zero (the end of a warm-up).
    public mutating func reset() { value = 0 }
}
