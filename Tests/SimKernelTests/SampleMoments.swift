import SimKernel

/// The mean, variance and fourth central moment of a sample, computed directly (two passes),
/// with the standard errors that turn a comparison with an exact value into a test that can
/// fail for the right reason and not by chance.
struct SampleMoments {
    /// The number of observations.
    let count: Int
    /// The sample mean.
    let mean: Double
    /// The sample variance (denominator *n* − 1).
    let variance: Double
    /// The fourth central moment (denominator *n*).
    let fourthMoment: Double

    init(_ values: [Double]) {
        precondition(values.count > 1)
        count = values.count
        let n = Double(values.count)
        mean = values.reduce(0, +) / n
        var (second, fourth) = (0.0, 0.0)
        for value in values {
            let d = (value - mean) * (value - mean)
            second += d
            fourth += d * d
        }
        variance = second / (n - 1)
        fourthMoment = fourth / n
    }

    /// Draws `count` variates of `distribution` from one stream.
    init(_ distribution: Distribution, count: Int, seed: UInt64) {
        let stream = RandomStream(seed: seed)
        self.init((0..<count).map { _ in distribution.sample(stream) })
    }

    /// The standard error of the mean when the true variance is `variance`.
    func standardErrorOfMean(variance: Double) -> Double {
        (variance / Double(count)).squareRoot()
    }

    /// The standard error of the sample variance: Var(s²) ≈ (μ₄ − σ⁴) / *n*, with μ₄ and σ⁴
    /// estimated from the sample. This scales with the distribution's kurtosis, so heavy
    /// tails get the wider tolerance they need and light tails a tight one.
    var standardErrorOfVariance: Double {
        (max(fourthMoment - variance * variance, 0) / Double(count)).squareRoot()
    }
}
