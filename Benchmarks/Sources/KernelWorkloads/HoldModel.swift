import SimKernel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SplitMix64 (Steele, Lea & Flood 2014), written out inline here and in `cpp/hold.cpp`, so
/// both languages draw the same numbers at almost no cost and the heap dominates the hold model.
public struct SplitMix64 {
    @usableFromInline var state: UInt64

    /// A generator started at `seed`.
    @inlinable
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An exponential variate with the given mean: `-log(u) * mean`, `u` uniform on (0, 1].
    @inlinable
    public mutating func exponential(mean: Double) -> Double {
        let u = Double((next() >> 11) + 1) * 0x1p-53
        return -log(u) * mean
    }
}

/// The event of the hold model: the same shape as the project's small event enums. With the
/// calendar's time and sequence number an entry is 22 bytes, stride 24, like the C++ struct.
public enum HoldEvent: Equatable {
    case arrival(Int32)
    case hearing(Int32, UInt8)
    case release(Int32)
    case endOfDay

    static func preloaded(_ index: Int) -> HoldEvent {
        let id = Int32(truncatingIfNeeded: index)
        switch index & 3 {
        case 0: return .arrival(id)
        case 1: return .hearing(id, UInt8(truncatingIfNeeded: index))
        case 2: return .release(id)
        default: return .endOfDay
        }
    }
}

/// The classic hold model: with `pending` events in the calendar, each hold removes the next
/// event and schedules one at its time plus an exponential delay with mean `pending`, so the
/// calendar keeps its size.
public struct HoldModel {
    /// Events kept in the calendar.
    public let pending: Int
    var calendar: EventCalendar<HoldEvent>
    var random: SplitMix64
    let mean: Double
    /// The time of the last event removed.
    public private(set) var clock: Double = 0

    /// Fills a calendar with `pending` events at exponential times from 0.
    public init(pending: Int, seed: UInt64 = 1) {
        self.pending = pending
        calendar = EventCalendar(reservingCapacity: pending + 1)
        random = SplitMix64(seed: seed)
        mean = Double(pending)
        for index in 0..<pending {
            calendar.schedule(.preloaded(index), at: random.exponential(mean: mean))
        }
    }

    /// Performs `count` holds.
    public mutating func hold(_ count: Int) {
        var t = clock
        for _ in 0..<count {
            let next = calendar.removeNext().unsafelyUnwrapped
            t = next.time
            calendar.schedule(next.event, at: t + random.exponential(mean: mean))
        }
        clock = t
    }

    /// The size and stride of one calendar entry's fields: (time, sequence, event).
    public static var entryLayout: (size: Int, stride: Int) {
        (MemoryLayout<(Double, UInt64, HoldEvent)>.size, MemoryLayout<(Double, UInt64, HoldEvent)>.stride)
    }
}
