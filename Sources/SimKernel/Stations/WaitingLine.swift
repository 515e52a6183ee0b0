import DequeModule

/// The order in which a station's waiting line is served.
public enum QueueDiscipline: Sendable, Equatable {
    /// First come, first served.
    case fifo
    /// Lowest priority value first; first come, first served among equal priorities.
    case priority
}

/// The customers waiting for a server, in the order of a ``QueueDiscipline``.
///
/// One type for both disciplines, chosen at run time (a policy may pick the discipline), with
/// no existential or copy-on-write cost: FIFO uses a ring buffer, priority a binary heap
/// keyed by (priority, arrival sequence).
public struct WaitingLine<Customer> {
    /// One waiting customer.
    @usableFromInline
    struct Entry {
        @usableFromInline var priority: Double
        @usableFromInline var sequence: UInt64
        @usableFromInline var arrival: Double
        @usableFromInline var customer: Customer

        @inlinable
        init(priority: Double, sequence: UInt64, arrival: Double, customer: Customer) {
            self.priority = priority
            self.sequence = sequence
            self.arrival = arrival
            self.customer = customer
        }

        @inlinable
        func precedes(_ other: Entry) -> Bool {
            priority < other.priority || (priority == other.priority && sequence < other.sequence)
        }
    }

    /// The discipline the line follows.
    public let discipline: QueueDiscipline
    @usableFromInline var ring: Deque<Entry> = []
    @usableFromInline var heap: ContiguousArray<Entry> = []
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty line.
    public init(discipline: QueueDiscipline) {
        self.discipline = discipline
    }

    /// The number of customers waiting.
    @inlinable
    public var count: Int { discipline == .fifo ? ring.count : heap.count }

    /// Whether nobody waits.
    @inlinable
    public var isEmpty: Bool { count == 0 }

    /// Adds a customer.
    /// - Parameters:
    ///   - customer: who joins.
    ///   - priority: the priority key (ignored under FIFO); lower is served first.
    ///   - arrival: when the customer joined, returned with it to measure the wait.
    /// - Complexity: O(1) amortised under FIFO, O(log *n*) under priority.
    @inlinable
    public mutating func enqueue(_ customer: Customer, priority: Double = 0, arrival: Double) {
        let entry = Entry(priority: priority, sequence: nextSequence, arrival: arrival, customer: customer)
        nextSequence &+= 1
        if discipline == .fifo {
            ring.append(entry)
            return
        }
        heap.append(entry)
        var hole = heap.count - 1
        heap.withUnsafeMutableBufferPointer { slots in
            while hole > 0 {
                let parent = (hole - 1) >> 1
                guard entry.precedes(slots[parent]) else { break }
                slots[hole] = slots[parent]
                hole = parent
            }
            slots[hole] = entry
        }
    }

    /// Removes the customer to serve next.
    /// - Returns: the customer and when it joined, or `nil` when the line is empty.
    /// - Complexity: O(1) under FIFO, O(log *n*) under priority.
    @inlinable
    public mutating func dequeue() -> (customer: Customer, arrival: Double)? {
        if discipline == .fifo {
            guard let first = ring.popFirst() else { return nil }
            return (first.customer, first.arrival)
        }
        guard let last = heap.popLast() else { return nil }
        let count = heap.count
        if count == 0 { return (last.customer, last.arrival) }
        return heap.withUnsafeMutableBufferPointer { slots in
            let top = slots[0]
            var hole = 0
            while true {
                let left = 2 * hole + 1
                if left >= count { break }
                var child = left
                if left + 1 < count && slots[left + 1].precedes(slots[left]) { child = left + 1 }
                guard slots[child].precedes(last) else { break }
                slots[hole] = slots[child]
                hole = child
            }
            slots[hole] = last
            return (top.customer, top.arrival)
        }
    }
}
