/// The bins of a ``QuantileHistogram``: HdrHistogram's log-linear layout with a lowest
/// discernible value of 1 and two significant digits (buckets of 256 sub-buckets, each bucket
/// after the first using its top 128 at twice the width of the one before), its counts, its
/// lowest non-zero and highest observations, and its reading of a percentile, with the same
/// arithmetic as HdrHistogram's `Histogram` (so the same figures to the bit) in plain
/// non-generic code.
@usableFromInline
struct LogLinearBins: Sendable {
    /// log2 of the sub-buckets in the top half of a bucket (128).
    @usableFromInline static let halfCountMagnitude = 7
    /// Sub-buckets in a bucket (256).
    @usableFromInline static let subBucketCount = 1 << (halfCountMagnitude + 1)
    /// Sub-buckets in the top half of a bucket.
    @usableFromInline static let halfCount = 1 << halfCountMagnitude
    /// 64 less the bits of the largest value of bucket 0.
    @usableFromInline static let leadingZeroCountBase = 64 - (halfCountMagnitude + 1)

    /// The count of each bin.
    @usableFromInline var counts: [UInt32]
    /// Observations in all.
    @usableFromInline var total: UInt64 = 0
    /// The highest observation (0 with none).
    @usableFromInline var maxValue: UInt64 = 0
    /// The lowest observation above 0 (`UInt64.max` with none).
    @usableFromInline var minNonZeroValue: UInt64 = .max

    /// Empty bins for values up to `highest` (HdrHistogram's `highestTrackableValue`).
    init(highest: UInt64) {
        var smallestUntrackable = UInt64(Self.subBucketCount)
        var buckets = 1
        while smallestUntrackable <= highest {
            if smallestUntrackable > UInt64.max / 2 {
                buckets += 1
                break
            }
            smallestUntrackable <<= 1
            buckets += 1
        }
        counts = Array(repeating: 0, count: (buckets + 1) * Self.halfCount)
    }

    /// The bucket of `value`.
    @inlinable @inline(__always)
    static func bucket(_ value: UInt64) -> Int {
        leadingZeroCountBase - (value | UInt64(subBucketCount - 1)).leadingZeroBitCount
    }

    /// The index in ``counts`` of the bin of `value`.
    @inlinable @inline(__always)
    static func index(of value: UInt64) -> Int {
        let bucket = Self.bucket(value)
        return ((bucket + 1) << Self.halfCountMagnitude) + Int(value >> bucket) - Self.halfCount
    }

    /// Counts one observation of `value` (at most the `highest` of ``init(highest:)``).
    @inlinable @inline(__always)
    mutating func record(_ value: UInt64) {
        let index = Self.index(of: value)
        counts.withUnsafeMutableBufferPointer { $0[index] &+= 1 }
        total &+= 1
        if value > maxValue { maxValue = value }
        if value < minNonZeroValue, value != 0 { minNonZeroValue = value }
    }

    /// Adds the counts of `other` (bins of the same range).
    mutating func add(_ other: LogLinearBins) {
        precondition(counts.count == other.counts.count, "bins of different ranges")
        guard other.total > 0 else { return }
        // Bins above the bin of `other`'s highest observation are empty.
        let last = Self.index(of: other.maxValue)
        counts.withUnsafeMutableBufferPointer { mine in
            other.counts.withUnsafeBufferPointer { theirs in
                for index in 0...last { mine[index] &+= theirs[index] }
            }
        }
        total &+= other.total
        if other.maxValue > maxValue { maxValue = other.maxValue }
        if other.minNonZeroValue < minNonZeroValue { minNonZeroValue = other.minNonZeroValue }
    }

    /// The lowest value of the bin of `value` and the bin's width.
    @inline(__always)
    static func range(of value: UInt64) -> (lowest: UInt64, size: UInt64) {
        let bucket = Self.bucket(value)
        let subBucket = Int(value >> bucket)
        let widthBucket = subBucket >= subBucketCount ? bucket + 1 : bucket
        return (UInt64(subBucket) << bucket, UInt64(1) << widthBucket)
    }

    /// The middle (rounded up) of the bin of `value` (HdrHistogram's `medianEquivalentForValue`).
    func medianEquivalent(_ value: UInt64) -> UInt64 {
        let (lowest, size) = Self.range(of: value)
        return lowest + (size >> 1)
    }

    /// The observations in the bins up to and including the bin of `value`.
    /// - Complexity: O(bins up to `value`'s), O(1) at or above the highest observation.
    func count(atMost value: UInt64) -> UInt64 {
        guard total > 0, value < maxValue else { return total }
        let last = Swift.min(Self.index(of: value), counts.count - 1)
        return counts.withUnsafeBufferPointer { bins in
            var running: UInt64 = 0
            for index in 0...last { running += UInt64(bins[index]) }
            return running
        }
    }

    /// The lowest observation (0 if there is a 0 or none; HdrHistogram's `min`).
    var min: UInt64 { (counts[0] > 0 || total == 0) ? 0 : minNonZeroValue }

    /// The highest observation (HdrHistogram's `maxRecorded`).
    var maxRecorded: UInt64 { maxValue }

    /// The top of the bin of the observation at `percentile` (0–100), within the observations'
    /// range (HdrHistogram's `valueAtPercentile`).
    func valueAtPercentile(_ percentile: Double) -> UInt64 {
        guard percentile != 0 else { return min }
        guard percentile < 100 else { return maxRecorded }
        let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
        let countAtPercentile = Swift.max(1, UInt64(((requested * Double(total)) / 100).rounded(.up)))
        return counts.withUnsafeBufferPointer { bins in
            var running: UInt64 = 0
            for index in 0..<bins.count {
                running += UInt64(bins[index])
                if running >= countAtPercentile {
                    var bucket = (index >> Self.halfCountMagnitude) - 1
                    var subBucket = (index & (Self.halfCount - 1)) + Self.halfCount
                    if bucket < 0 {
                        subBucket -= Self.halfCount
                        bucket = 0
                    }
                    let (lowest, size) = Self.range(of: UInt64(subBucket) << bucket)
                    return Swift.max(Swift.min(lowest + size - 1, maxRecorded), min)
                }
            }
            return 0
        }
    }
}
