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

    /// The heap: its first ``size`` entries. When events are plain values (POD), the entries
    /// past `size` are stale copies kept as room, so that scheduling and removing an event
    /// cost one uniqueness check of the array's buffer instead of two (one to change the
    /// count, one to move entries); for other events, which may hold references that must
    /// not outlive their removal, `heap.count == size`.
    @usableFromInline var heap: ContiguousArray<Entry> = []
    @usableFromInline var size = 0
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty calendar.
    /// - Parameter capacity: the number of pending events to reserve room for.
    public init(reservingCapacity capacity: Int = 0) {
        heap.reserveCapacity(capacity)
    }

    /// The number of pending events.
    @inlinable public var count: Int { size }

    /// Whether no event is pending.
    @inlinable public var isEmpty: Bool { size == 0 }

    /// The time of the next event, or `nil` when none is pending.
    @inlinable public var nextTime: Double? { size == 0 ? nil : heap[0].time }

    /// The number of events scheduled since the calendar was created.
    @inlinable public var scheduledCount: UInt64 { nextSequence }

    /// Schedules `event` at `time`.
    ///
    /// - Parameters:
    ///   - event: the event to run.
    ///   - time: when it runs; among events at the same time it runs after those scheduled
    ///     before it.
    /// - Complexity: O(log *n*), where *n* is the number of pending events.
    @inlinable @inline(__always)
    public mutating func schedule(_ event: Event, at time: Double) {
        let entry = Entry(time: time, sequence: nextSequence, event: event)
        nextSequence &+= 1
        if _isPOD(Entry.self) {
            var hole = size
            if size == heap.count { heap.append(entry) }
            size &+= 1
            heap.withUnsafeMutableBufferPointer { buffer in
                let slots = buffer.baseAddress.unsafelyUnwrapped
                while hole > 0 {
                    let parent = (hole &- 1) &>> 1
                    guard entry.precedes(slots[parent]) else { break }
                    Self.move(slots + parent, to: slots + hole)
                    hole = parent
                }
                slots[hole] = entry
            }
            return
        }
        heap.append(entry)
        size &+= 1
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
    @inlinable @inline(__always)
    public mutating func removeNext() -> (time: Double, event: Event)? {
        guard size > 0 else { return nil }
        size &-= 1
        let count = size
        if _isPOD(Entry.self) {
            return heap.withUnsafeMutableBufferPointer { buffer in
                let slots = buffer.baseAddress.unsafelyUnwrapped
                let top = slots[0]
                if count > 0 { Self.siftDown(slots[count], in: slots, count: count) }
                return (top.time, top.event)
            }
        }
        let last = heap.removeLast()
        if count == 0 { return (last.time, last.event) }
        return heap.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer.baseAddress.unsafelyUnwrapped
            let top = slots[0]
            Self.siftDown(last, in: slots, count: count)
            return (top.time, top.event)
        }
    }

    /// Fills the hole at the root of `slots[0..<count]` with `last` (the former last entry)
    /// by sifting it down.
    @inlinable @inline(__always)
    static func siftDown(_ last: Entry, in slots: UnsafeMutablePointer<Entry>, count: Int) {
        var hole = 0
        while true {
            let left = 2 &* hole &+ 1
            if left >= count { break }
            var child = left
            if left &+ 1 < count && slots[left &+ 1].precedes(slots[left]) { child = left &+ 1 }
            guard slots[child].precedes(last) else { break }
            move(slots + child, to: slots + hole)
            hole = child
        }
        slots[hole] = last
    }

    /// Copies the entry at `source` over the one at `target`: for plain-value entries as raw
    /// bytes (a few wide moves, where a field-by-field copy of an entry with a small enum in
    /// it takes twice as many).
    @inlinable @inline(__always)
    static func move(_ source: UnsafeMutablePointer<Entry>, to target: UnsafeMutablePointer<Entry>) {
        if _isPOD(Entry.self) {
            UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: MemoryLayout<Entry>.stride)
        } else {
            target.pointee = source.pointee
        }
    }

    /// Removes every pending event.
    public mutating func removeAll() {
        heap.removeAll(keepingCapacity: true)
        size = 0
    }
}
