import Histogram

/// Quantiles of a series of non-negative observations (days, dollars), to a fixed relative
/// precision, from a high-dynamic-range histogram (HdrHistogram's layout).
///
/// An observation is rounded to a whole number of ``resolution`` units and counted in a
/// log-linear bin: bins are one unit wide up to 256 units, and 1/128 of their value beyond
/// (HdrHistogram with two significant digits), so a quantile read back is within 1/256 (0.4%)
/// of the observation at that rank plus half a ``resolution`` unit (the rounding); values beyond
/// ``highest`` are counted as ``highest``. Recording costs a few dozen instructions whatever
/// the number of observations, reading a quantile a pass over a few thousand bins, and
/// histograms of disjoint series merge exactly (``add(_:)``), which P² estimates do not.
/// Memory is fixed at creation (about 10 kB for the default range, a minute to a hundred years
/// in days).
///
/// The bins are kept here (``LogLinearBins``) rather than in HdrHistogram's `Histogram`, whose
/// recording and reading are generic calls that cost several times more (a tenth of R1's
/// instructions went to them); the figures are HdrHistogram's to the bit, which debug builds
/// check against a `Histogram` fed the same observations.
public struct QuantileHistogram: Sendable {
    /// The unit observations are rounded to.
    public let resolution: Double
    /// The largest value kept apart; larger ones count as this.
    public let highest: Double
    @usableFromInline let highestUnits: UInt64
    @usableFromInline var bins: LogLinearBins
    #if DEBUG
        /// The same observations in HdrHistogram itself, to check every quantile against.
        @usableFromInline var reference: Histogram<UInt32>
    #endif

    /// Creates an empty histogram.
    /// - Parameters:
    ///   - resolution: the unit observations are rounded to (default one minute, in days).
    ///   - highest: the largest value kept apart (default 36,500 days, a hundred years).
    public init(resolution: Double = 1.0 / 1440, highest: Double = 36_500) {
        precondition(resolution > 0 && highest > resolution, "a histogram needs 0 < resolution < highest")
        self.resolution = resolution
        self.highest = highest
        highestUnits = UInt64((highest / resolution).rounded(.up))
        bins = LogLinearBins(highest: highestUnits)
        #if DEBUG
            reference = Histogram(highestTrackableValue: highestUnits, numberOfSignificantValueDigits: .two)
        #endif
    }

    /// The number of observations.
    public var count: Int { Int(bins.total) }

    /// Records one observation (negative values and NaN count as 0).
    @inlinable @inline(__always)
    public mutating func record(_ value: Double) {
        let units = value > 0 ? value / resolution : 0
        // Rounds half up (`rounded()` would be a libm call).
        let rounded = units < Double(highestUnits) ? UInt64(units + 0.5) : highestUnits
        bins.record(rounded)
        #if DEBUG
            reference.record(rounded)
        #endif
    }

    /// The `p` quantile (`p` in [0, 1]): the k-th smallest observation, k = ⌈p n⌉ (at least
    /// 1), read as the middle of its bin (HdrHistogram's `valueAtPercentile` gives the bin's
    /// top, which would bias every quantile up by up to a bin); NaN with no observations.
    public func quantile(_ p: Double) -> Double {
        guard bins.total > 0 else { return .nan }
        let top = bins.valueAtPercentile(p * 100)
        let middle = Swift.min(Swift.max(bins.medianEquivalent(top), bins.min), bins.maxRecorded)
        #if DEBUG
            let check = reference.valueAtPercentile(p * 100)
            let checkMiddle = Swift.min(
                Swift.max(reference.medianEquivalentForValue(check), reference.min), reference.maxRecorded)
            assert(middle == checkMiddle && bins.total == reference.totalCount, "bins differ from HdrHistogram")
        #endif
        return Double(middle) * resolution
    }

    /// The observations at most `value`, to the histogram's precision: an observation in the
    /// same bin as `value` (within 1% of it, or a resolution unit) counts as at most `value`.
    /// - Complexity: O(bins up to `value`'s).
    public func count(atMost value: Double) -> Int {
        guard value >= 0 else { return 0 }
        let units = value / resolution
        let rounded = units < Double(highestUnits) ? UInt64(units + 0.5) : highestUnits
        return Int(bins.count(atMost: rounded))
    }

    /// Adds the observations of `other`, which must have the same resolution and range.
    public mutating func add(_ other: QuantileHistogram) {
        precondition(other.resolution == resolution && other.highest == highest, "histograms differ in range")
        bins.add(other.bins)
        #if DEBUG
            reference.add(other.reference)
        #endif
    }
}
