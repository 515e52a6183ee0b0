import CGSL

/// Running statistics of a series of observations (waits, stays, amounts): count, mean,
/// variance, minimum, maximum and chosen quantiles, in constant memory.
///
/// Backed by GSL. Observations are gathered in blocks of ``blockSize``; each full block is
/// summarised by GSL's `gsl_stats_mean`, `gsl_stats_tss_m` and `gsl_stats_minmax` and merged
/// into the running moments with the pairwise update of Chan, Golub & LeVeque (1979), which
/// is as accurate as a running update and costs far less per observation than `gsl_rstat_add`
/// (which also maintains a median estimate that is not asked for). Quantiles use GSL's P²
/// algorithm of Jain & Chlamtac (1985) (`gsl_rstat_quantile_*`): estimates, exact only in the
/// limit, but with no need to keep every observation. Not `Sendable`; read the summary with
/// ``summary``.
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
    private let quantileTrackers: [(p: Double, workspace: OpaquePointer)]

    /// Creates an empty tally.
    /// - Parameter quantiles: the probabilities (in (0, 1)) whose quantiles to track; each
    ///   costs a little time per observation.
    public init(quantiles: [Double] = []) {
        _ = gslErrorHandlerDisabled
        precondition(quantiles.allSatisfy { $0 > 0 && $0 < 1 }, "quantile probabilities lie in (0, 1)")
        block = .allocate(capacity: Self.blockSize)
        var unique: [Double] = []
        for p in quantiles.sorted() where !unique.contains(p) { unique.append(p) }
        quantileTrackers = unique.map { ($0, OpaquePointer(gsl_rstat_quantile_alloc($0)!)) }
    }

    deinit {
        block.deallocate()
        for tracker in quantileTrackers { gsl_rstat_quantile_free(UnsafeMutablePointer(tracker.workspace)) }
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
        for tracker in quantileTrackers {
            let workspace = UnsafeMutablePointer<gsl_rstat_quantile_workspace>(tracker.workspace)
            for index in 0..<k { _ = gsl_rstat_quantile_add(block[index], workspace) }
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
        guard let tracker = quantileTrackers.first(where: { $0.p == p }) else {
            preconditionFailure("quantile \(p) was not tracked; pass it to Tally(quantiles:)")
        }
        fold()
        return folded == 0 ? .nan : gsl_rstat_quantile_get(UnsafeMutablePointer(tracker.workspace))
    }

    /// A value copy of the statistics, safe to send across threads.
    public var summary: TallySummary {
        TallySummary(count: count, mean: mean, variance: variance, min: min, max: max,
                     quantiles: quantileTrackers.map { TallySummary.Quantile(p: $0.p, value: quantile($0.p)) })
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
