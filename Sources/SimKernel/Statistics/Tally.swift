import CGSL

/// Running statistics of a series of observations (waits, stays, amounts): count, mean,
/// variance, minimum, maximum and chosen quantiles, in constant memory.
///
/// Backed by GSL's running statistics (`gsl_rstat_*`), whose quantiles use the P²
/// algorithm of Jain & Chlamtac (1985): estimates, exact only in the limit, but with no
/// need to keep every observation. Not `Sendable`; read the summary with ``summary``.
public final class Tally {
    private let moments: OpaquePointer
    private let quantileTrackers: [(p: Double, workspace: OpaquePointer)]
    private let tracksMedian: Bool

    /// Creates an empty tally.
    /// - Parameter quantiles: the probabilities (in (0, 1)) whose quantiles to track; each
    ///   costs a little time per observation.
    public init(quantiles: [Double] = []) {
        _ = gslErrorHandlerDisabled
        precondition(quantiles.allSatisfy { $0 > 0 && $0 < 1 }, "quantile probabilities lie in (0, 1)")
        moments = OpaquePointer(gsl_rstat_alloc()!)
        // gsl_rstat tracks the median itself; only other quantiles need a workspace.
        quantileTrackers = quantiles.filter { $0 != 0.5 }.map { ($0, OpaquePointer(gsl_rstat_quantile_alloc($0)!)) }
        tracksMedian = quantiles.contains(0.5)
    }

    deinit {
        gsl_rstat_free(UnsafeMutablePointer(moments))
        for tracker in quantileTrackers { gsl_rstat_quantile_free(UnsafeMutablePointer(tracker.workspace)) }
    }

    /// Records one observation.
    public func record(_ value: Double) {
        _ = gsl_rstat_add(value, UnsafeMutablePointer(moments))
        for tracker in quantileTrackers {
            _ = gsl_rstat_quantile_add(value, UnsafeMutablePointer(tracker.workspace))
        }
    }

    /// The number of observations.
    public var count: Int { Int(gsl_rstat_n(UnsafePointer(UnsafeMutablePointer<gsl_rstat_workspace>(moments)))) }

    /// The mean, or NaN when empty.
    public var mean: Double { count == 0 ? .nan : gsl_rstat_mean(UnsafeMutablePointer(moments)) }

    /// The sample variance (denominator *n* − 1), or NaN with fewer than two observations.
    public var variance: Double { count < 2 ? .nan : gsl_rstat_variance(UnsafeMutablePointer(moments)) }

    /// The smallest observation, or NaN when empty.
    public var min: Double { count == 0 ? .nan : gsl_rstat_min(UnsafeMutablePointer(moments)) }

    /// The largest observation, or NaN when empty.
    public var max: Double { count == 0 ? .nan : gsl_rstat_max(UnsafeMutablePointer(moments)) }

    /// The sum of the observations.
    public var sum: Double { count == 0 ? 0 : mean * Double(count) }

    /// The P² estimate of the quantile for probability `p`, which must be one the tally was
    /// created to track; NaN when empty.
    public func quantile(_ p: Double) -> Double {
        if p == 0.5 && tracksMedian {
            return count == 0 ? .nan : gsl_rstat_median(UnsafeMutablePointer(moments))
        }
        guard let tracker = quantileTrackers.first(where: { $0.p == p }) else {
            preconditionFailure("quantile \(p) was not tracked; pass it to Tally(quantiles:)")
        }
        return count == 0 ? .nan : gsl_rstat_quantile_get(UnsafeMutablePointer(tracker.workspace))
    }

    /// A value copy of the statistics, safe to send across threads.
    public var summary: TallySummary {
        TallySummary(count: count, mean: mean, variance: variance, min: min, max: max,
                     quantiles: ((tracksMedian ? [0.5] : []) + quantileTrackers.map(\.p)).sorted()
                        .map { TallySummary.Quantile(p: $0, value: quantile($0)) })
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
