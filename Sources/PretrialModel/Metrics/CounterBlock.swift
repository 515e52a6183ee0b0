/// The counters of one breakdown cell as one block of plain values, indexed by
/// ``ProcessCounter``: adding two cells is a loop, so a new counter needs no line of its own.
public struct CounterBlock: Sendable, Equatable {
    /// The values, at ``ProcessCounter/rawValue``.
    public private(set) var values: [Double]

    /// A block of zeros.
    public init() {
        values = Array(repeating: 0, count: ProcessCounter.count)
    }

    /// The value of `counter`.
    public subscript(_ counter: ProcessCounter) -> Double {
        get { values[counter.rawValue] }
        set { values[counter.rawValue] = newValue }
    }

    /// Adds the values at `other` (another cell's block in the process's memory) to the
    /// first `count` counters (all of them by default).
    mutating func add(_ other: UnsafePointer<Double>, count: Int = ProcessCounter.count) {
        for index in 0..<count { values[index] += other[index] }
    }
}

extension UnsafeMutablePointer where Pointee == Double {
    /// The value of `counter` in the block that starts here (the process's hot path).
    @inline(__always)
    subscript(_ counter: ProcessCounter) -> Double {
        get { self[counter.rawValue] }
        nonmutating set { self[counter.rawValue] = newValue }
    }
}
