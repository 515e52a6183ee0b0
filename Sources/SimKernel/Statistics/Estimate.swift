import CGSL

/// A mean across independent replications with its Student-*t* confidence interval.
public struct Estimate: Sendable, Equatable, Codable {
    /// The sample mean.
    public var mean: Double
    /// Half the width of the confidence interval (NaN with fewer than two samples).
    public var halfWidth: Double
    /// The number of samples.
    public var count: Int
    /// The confidence level, e.g. 0.95.
    public var level: Double

    /// The lower end of the interval.
    public var lower: Double { mean - halfWidth }
    /// The upper end of the interval.
    public var upper: Double { mean + halfWidth }

    /// Whether `value` lies in the interval.
    public func covers(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// Creates an estimate from explicit parts.
    public init(mean: Double, halfWidth: Double, count: Int, level: Double = 0.95) {
        self.mean = mean
        self.halfWidth = halfWidth
        self.count = count
        self.level = level
    }

    /// The mean of `samples` with a `level` confidence interval, using GSL's sample
    /// statistics and the quantile of Student's *t* with *n* − 1 degrees of freedom.
    public init(samples: [Double], level: Double = 0.95) {
        _ = gslErrorHandlerDisabled
        count = samples.count
        self.level = level
        guard !samples.isEmpty else {
            mean = .nan
            halfWidth = .nan
            return
        }
        let mean = samples.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
        self.mean = mean
        guard samples.count > 1 else {
            halfWidth = .nan
            return
        }
        let sd = samples.withUnsafeBufferPointer { gsl_stats_sd_m($0.baseAddress, 1, $0.count, mean) }
        let t = gsl_cdf_tdist_Pinv(1 - (1 - level) / 2, Double(samples.count - 1))
        halfWidth = t * sd / Double(samples.count).squareRoot()
    }
}
