import CGSL

/// Running statistics of a series of observations (waits, stays, amounts): count, mean,
/// variance, minimum, maximum and chosen quantiles, in constant memory.
///
/// Backed by GSL. Observations are gathered in blocks of ``blockSize``; each full block is
/// summarised by GSL's `gsl_stats_mean`, `gsl_stats_tss_m` and `gsl_stats_minmax` and merged
/// into the running moments with the pairwise update of Chan, Golub & LeVeque (1979), which
/// is as accurate as a running update and costs far less per observation than `gsl_rstat_add`
/// (which also maintains a median estimate that is not asked for). Quantiles use the P²
/// algorithm of Jain & Chlamtac (1985), step for step as GSL's `gsl_rstat_quantile_add` does
/// it (so the estimates are GSL's to the last bit), written out here so that the update is
/// inlined into the fold instead of costing a library call per observation and quantile;
/// fewer than six observations are read with GSL's `gsl_sort` and
/// `gsl_stats_quantile_from_sorted_data`, as `gsl_rstat_quantile_get` does. Estimates, exact
/// only in the limit, but with no need to keep every observation. Not `Sendable`; read the
/// summary with ``summary``.
public final class Tally {
    /// The number of observations gathered before they are folded into the moments.
    public static let blockSize = 128

    private let block: UnsafeMutablePointer<Double>
    private var blockCount = 0
    /// Observations folded into the moments below.
    private var folded = 0
    private var runningMean = 0.0
    /// The sum of squared deviations from the mean.
    private var squares = 0.0
    private var smallest = Double.infinity
    private var largest = -Double.infinity
    /// The probabilities of the tracked quantiles, ascending and distinct.
    private let quantileProbabilities: [Double]
    /// The P² state of every tracked quantile, one ``P2Quantile`` after another.
    private let quantileTrackers: UnsafeMutablePointer<P2Quantile>

    /// Creates an empty tally.
    /// - Parameter quantiles: the probabilities (in (0, 1)) whose quantiles to track; each
    ///   costs a little time per observation.
    public init(quantiles: [Double] = []) {
        _ = gslErrorHandlerDisabled
        precondition(quantiles.allSatisfy { $0 > 0 && $0 < 1 }, "quantile probabilities lie in (0, 1)")
        block = .allocate(capacity: Self.blockSize)
        var unique: [Double] = []
        for p in quantiles.sorted() where !unique.contains(p) { unique.append(p) }
        quantileProbabilities = unique
        quantileTrackers = .allocate(capacity: unique.count)
        for (index, p) in unique.enumerated() { (quantileTrackers + index).initialize(to: P2Quantile(p)) }
    }

    deinit {
        block.deallocate()
        quantileTrackers.deinitialize(count: quantileProbabilities.count)
        quantileTrackers.deallocate()
    }

    /// Records one observation.
    public func record(_ value: Double) {
        block[blockCount] = value
        blockCount &+= 1
        if blockCount == Self.blockSize { fold() }
    }

    /// Folds the gathered observations into the moments and the quantile estimates.
    private func fold() {
        let k = blockCount
        guard k > 0 else { return }
        blockCount = 0
        let blockMean = gsl_stats_mean(block, 1, k)
        let blockSquares = gsl_stats_tss_m(block, 1, k, blockMean)
        var low = 0.0, high = 0.0
        gsl_stats_minmax(&low, &high, block, 1, k)
        if folded == 0 {
            runningMean = blockMean
            squares = blockSquares
            smallest = low
            largest = high
        } else {
            let n = Double(folded), m = Double(k), total = n + m
            let delta = blockMean - runningMean
            runningMean += delta * (m / total)
            squares += blockSquares + delta * delta * (n * m / total)
            if low < smallest || low.isNaN { smallest = low }
            if high > largest || high.isNaN { largest = high }
        }
        folded += k
        // Two trackers at a time, observation by observation: their updates are independent,
        // so the processor overlaps the two chains of dependent divisions. Each tracker still
        // sees the observations in order, so the estimates do not change.
        let trackers = quantileProbabilities.count
        var tracker = 0
        while tracker &+ 1 < trackers {
            let first = quantileTrackers + tracker, second = first + 1
            for index in 0..<k {
                let value = block[index]
                first.pointee.add(value)
                second.pointee.add(value)
            }
            tracker &+= 2
        }
        if tracker < trackers {
            let last = quantileTrackers + tracker
            for index in 0..<k { last.pointee.add(block[index]) }
        }
    }

    /// The number of observations.
    public var count: Int { folded + blockCount }

    /// The mean, or NaN when empty.
    public var mean: Double {
        fold()
        return folded == 0 ? .nan : runningMean
    }

    /// The sample variance (denominator *n* − 1), or NaN with fewer than two observations.
    public var variance: Double {
        fold()
        return folded < 2 ? .nan : squares / Double(folded - 1)
    }

    /// The smallest observation, or NaN when empty.
    public var min: Double {
        fold()
        return folded == 0 ? .nan : smallest
    }

    /// The largest observation, or NaN when empty.
    public var max: Double {
        fold()
        return folded == 0 ? .nan : largest
    }

    /// The sum of the observations.
    public var sum: Double { count == 0 ? 0 : mean * Double(count) }

    /// The P² estimate of the quantile for probability `p`, which must be one the tally was
    /// created to track; NaN when empty.
    public func quantile(_ p: Double) -> Double {
        guard let tracker = quantileProbabilities.firstIndex(of: p) else {
            preconditionFailure("quantile \(p) was not tracked; pass it to Tally(quantiles:)")
        }
        fold()
        return folded == 0 ? .nan : quantileTrackers[tracker].estimate
    }

    /// A value copy of the statistics, safe to send across threads.
    public var summary: TallySummary {
        TallySummary(
            count: count, mean: mean, variance: variance, min: min, max: max,
            quantiles: quantileProbabilities.map { TallySummary.Quantile(p: $0, value: quantile($0)) })
    }
}

/// The P² estimate of one quantile (Jain & Chlamtac 1985, "The P² algorithm for dynamic
/// calculation of quantiles and histograms without storing observations", CACM 28(10)):
/// five markers whose heights approximate the minimum, the p/2, p and (1+p)/2 quantiles and
/// the maximum, moved by a piecewise-parabolic formula as observations arrive.
///
/// The steps and the order of the floating-point operations are those of GSL's
/// `gsl_rstat_quantile_add` (rstat/rquantile.c), so the estimates are the same as GSL's; it is
/// written out here so that the update is inlined in ``Tally``'s fold. Like GSL, it ignores a
/// NaN once the markers are set up.
struct P2Quantile {
    /// The marker heights q₁…q₅.
    var q0 = 0.0, q1 = 0.0, q2 = 0.0, q3 = 0.0, q4 = 0.0
    /// The marker positions n₁…n₅ (1-based ranks).
    var n1 = 2, n2 = 3, n3 = 4, n4 = 5
    /// The position of the minimum, always 1.
    let n0 = 1
    /// The desired positions n′₂…n′₄ of the middle markers (those of the extremes, 1 and
    /// the count, are never read).
    var d1: Double, d2: Double, d3: Double
    /// The increments dn′ of the desired positions per observation.
    let i1: Double, i2: Double, i3: Double
    /// The probability.
    let p: Double
    /// Observations taken.
    var count = 0

    init(_ p: Double) {
        self.p = p
        d1 = 1 + 2 * p
        d2 = 1 + 4 * p
        d3 = 3 + 2 * p
        i1 = 0.5 * p
        i2 = p
        i3 = 0.5 * (1 + p)
    }

    /// Takes one observation.
    @inline(__always)
    mutating func add(_ x: Double) {
        if count < 5 {
            switch count {
            case 0: q0 = x
            case 1: q1 = x
            case 2: q2 = x
            case 3: q3 = x
            default: q4 = x
            }
            count += 1
            if count == 5 { sortHeights() }
            return
        }
        // Step B1: the cell k with q_k <= x < q_(k+1), extending the extremes. A NaN falls
        // in no cell and is skipped.
        let k: Int
        if x < q0 {
            q0 = x
            k = 0
        } else if x >= q4 {
            q4 = x
            k = 3
        } else if x < q1 {
            k = 0
        } else if x < q2 {
            k = 1
        } else if x < q3 {
            k = 2
        } else if x < q4 {
            k = 3
        } else {
            return
        }
        // Step B2: positions above the cell move up; desired positions move by their
        // increments (the first by 0, the last by 1).
        if k < 1 { n1 &+= 1 }
        if k < 2 { n2 &+= 1 }
        if k < 3 { n3 &+= 1 }
        n4 &+= 1
        d1 += i1
        d2 += i2
        d3 += i3
        // Step B3: adjust the three middle markers in turn.
        Self.adjust(&q1, &n1, d1, lower: q0, n0, upper: q2, n2)
        Self.adjust(&q2, &n2, d2, lower: q1, n1, upper: q3, n3)
        Self.adjust(&q3, &n3, d3, lower: q2, n2, upper: q4, n4)
        count += 1
    }

    /// Moves one middle marker by one position towards its desired position when it is off
    /// by a whole position or more and the neighbour on that side leaves room: with the
    /// parabolic (P²) formula if that keeps the heights in order, else linearly.
    @inline(__always)
    static func adjust(
        _ q: inout Double, _ n: inout Int, _ desired: Double,
        lower qm1: Double, _ nm1: Int, upper qp1: Double, _ np1: Int
    ) {
        let ni = Double(n)
        let d = desired - ni
        guard (d >= 1 && np1 &- n > 1) || (d <= -1 && nm1 &- n < -1) else { return }
        let sign = d > 0 ? 1.0 : -1.0
        let qi = q
        let (np1d, nm1d) = (Double(np1), Double(nm1))
        let outer = sign / (np1d - nm1d)
        let innerLeft = (ni - nm1d + sign) * (qp1 - qi) / (np1d - ni)
        let innerRight = (np1d - ni - sign) * (qi - qm1) / (ni - nm1d)
        let parabolic = qi + outer * (innerLeft + innerRight)
        if qm1 < parabolic && parabolic < qp1 {
            q = parabolic
        } else if sign > 0 {
            q += sign * (qp1 - qi) / (np1d - ni)
        } else {
            q += sign * (qm1 - qi) / (nm1d - ni)
        }
        n = sign > 0 ? n &+ 1 : n &- 1
    }

    /// Sorts the first five heights with GSL's `gsl_sort`, as GSL does before the sixth
    /// observation.
    mutating func sortHeights() {
        var heights = [q0, q1, q2, q3, q4]
        heights.withUnsafeMutableBufferPointer { gsl_sort($0.baseAddress, 1, 5) }
        (q0, q1, q2, q3, q4) = (heights[0], heights[1], heights[2], heights[3], heights[4])
    }

    /// The estimate: the middle marker once there are more than five observations; before,
    /// GSL's quantile of the sorted observations (as `gsl_rstat_quantile_get`).
    var estimate: Double {
        if count > 5 { return q2 }
        var heights = [q0, q1, q2, q3, q4]
        return heights.withUnsafeMutableBufferPointer { buffer in
            gsl_sort(buffer.baseAddress, 1, count)
            return gsl_stats_quantile_from_sorted_data(buffer.baseAddress, 1, count, p)
        }
    }
}
/// The statistics of a ``Tally`` at one moment, as plain values.
public struct TallySummary: Sendable, Equatable {
    /// One tracked quantile.
    public struct Quantile: Sendable, Equatable {
        /// The probability.
        public var p: Double
        /// The estimated quantile.
        public var value: Double
    }
    /// The number of observations.
    public var count: Int
    /// The mean (NaN when empty).
    public var mean: Double
    /// The sample variance (NaN with fewer than two observations).
    public var variance: Double
    /// The smallest observation.
    public var min: Double
    /// The largest observation.
    public var max: Double
    /// The tracked quantiles.
    public var quantiles: [Quantile]
}
