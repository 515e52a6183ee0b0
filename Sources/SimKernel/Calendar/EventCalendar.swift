/// The pending events of a simulation, ordered by time and then by the order in which they
/// were scheduled.
///
/// Ties in time are broken by a sequence number given at scheduling, so simultaneous events
/// run in the order they were scheduled and a run is reproducible bit for bit. Events are
/// stored inline in one contiguous binary heap: scheduling an event allocates nothing once
/// the heap's capacity has grown to the largest number of pending events.
public struct EventCalendar<Event> {
    /// One scheduled event with its ordering key.
    @usableFromInline
    struct Entry {
        @usableFromInline var time: Double
        @usableFromInline var sequence: UInt64
        @usableFromInline var event: Event

        @inlinable
        init(time: Double, sequence: UInt64, event: Event) {
            self.time = time
            self.sequence = sequence
            self.event = event
        }

        /// Whether this entry must run before `other`.
        @inlinable
        func precedes(_ other: Entry) -> Bool {
            time < other.time || (time == other.time && sequence < other.sequence)
        }
    }

    @usableFromInline var heap: ContiguousArray<Entry> = []
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty calendar.
    /// - Parameter capacity: the number of pending events to reserve room for.
    public init(reservingCapacity capacity: Int = 0) {
        heap.reserveCapacity(capacity)
    }

    /// The number of pending events.
    @inlinable public var count: Int { heap.count }

    /// Whether no event is pending.
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// The time of the next event, or `nil` when none is pending.
    @inlinable public var nextTime: Double? { heap.first?.time }

    /// The number of events scheduled since the calendar was created.
    @inlinable public var scheduledCount: UInt64 { nextSequence }

    /// Schedules `event` at `time`.
    ///
    /// - Parameters:
    ///   - event: the event to run.
    ///   - time: when it runs; among events at the same time it runs after those scheduled
    ///     before it.
    /// - Complexity: O(log *n*), where *n* is the number of pending events.
    @inlinable
    public mutating func schedule(_ event: Event, at time: Double) {
        let entry = Entry(time: time, sequence: nextSequence, event: event)
        nextSequence &+= 1
        heap.append(entry)
        var hole = heap.count &- 1
        // Most events are scheduled later than the parent of the new leaf: then the append
        // was all there was to do, and the mutable access below (a second uniqueness check
        // of the array's buffer) is skipped.
        guard hole > 0, entry.precedes(heap[(hole &- 1) &>> 1]) else { return }
        heap.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer.baseAddress.unsafelyUnwrapped
            while hole > 0 {
                let parent = (hole &- 1) &>> 1
                guard entry.precedes(slots[parent]) else { break }
                slots[hole] = slots[parent]
                hole = parent
            }
            slots[hole] = entry
        }
    }

    /// Removes and returns the earliest pending event.
    ///
    /// - Returns: the event and its time, or `nil` when no event is pending.
    /// - Complexity: O(log *n*), where *n* is the number of pending events.
    @inlinable
    public mutating func removeNext() -> (time: Double, event: Event)? {
        guard let last = heap.popLast() else { return nil }
        let count = heap.count
        if count == 0 { return (last.time, last.event) }
        return heap.withUnsafeMutableBufferPointer { slots in
            let top = slots[0]
            // Sift a hole down from the root and drop the former last entry into it.
            var hole = 0
            while true {
                let left = 2 &* hole &+ 1
                if left >= count { break }
                var child = left
                if left &+ 1 < count && slots[left &+ 1].precedes(slots[left]) { child = left &+ 1 }
                guard slots[child].precedes(last) else { break }
                slots[hole] = slots[child]
                hole = child
            }
            slots[hole] = last
            return (top.time, top.event)
        }
    }

    /// Removes every pending event.
    public mutating func removeAll() {
        heap.removeAll(keepingCapacity: true)
    }
}
