import CGSL
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A probability distribution of a non-negative or real quantity, sampled with GSL.
///
/// Built only through the throwing factory functions, so every distribution that exists
/// has valid parameters: `try Distribution.exponential(mean: 1)`.
public struct Distribution: Sendable, Equatable {
    /// The family and its parameters.
    public enum Kind: Sendable, Equatable {
        /// Always the same value.
        case constant(Double)
        /// Exponential with the given mean.
        case exponential(mean: Double)
        /// Gamma with shape *k* and scale θ (mean *k*θ).
        case gamma(shape: Double, scale: Double)
        /// Lognormal: `exp(N(mu, sigma²))`; its median is `exp(mu)`.
        case lognormal(mu: Double, sigma: Double)
        /// Weibull with shape *k* and scale λ.
        case weibull(shape: Double, scale: Double)
        /// Normal.
        case normal(mean: Double, sd: Double)
        /// Normal restricted to `[lower, upper]`.
        case truncatedNormal(mean: Double, sd: Double, lower: Double, upper: Double)
        /// Uniform on `[lower, upper)`.
        case uniform(lower: Double, upper: Double)
        /// 1 with probability `p`, else 0.
        case bernoulli(p: Double)
        /// Poisson with the given mean.
        case poisson(mean: Double)
        /// Binomial: successes in `n` trials of probability `p`.
        case binomial(n: Int, p: Double)
        /// One of `values`, with probability proportional to its weight.
        case empirical(EmpiricalTable)
    }

    /// The family and its parameters.
    public var kind: Kind {
        switch family {
        case .constant: .constant(a)
        case .exponential: .exponential(mean: a)
        case .gamma: .gamma(shape: a, scale: b)
        case .lognormal: .lognormal(mu: a, sigma: b)
        case .weibull: .weibull(shape: a, scale: b)
        case .normal: .normal(mean: a, sd: b)
        case .truncatedNormal: .truncatedNormal(mean: a, sd: b, lower: c, upper: d)
        case .uniform: .uniform(lower: a, upper: b)
        case .bernoulli: .bernoulli(p: a)
        case .poisson: .poisson(mean: a)
        case .binomial: .binomial(n: Int(a), p: b)
        case .empirical: .empirical(table.unsafelyUnwrapped)
        }
    }

    /// The family without its parameters.
    @usableFromInline
    enum Family: UInt8, Sendable {
        case constant, exponential, gamma, lognormal, weibull, normal, truncatedNormal, uniform, bernoulli, poisson,
            binomial, empirical
    }

    // The kind is stored flat: a one-byte family, up to four numbers (in the order of the
    // case's parameters) and the empirical table if any. Sampling then switches on plain
    // values, and copying a distribution (out of an array, into a call) is a copy of words
    // and at most one retain, where an enum with a class payload in one case is copied by
    // its runtime value witness.
    @usableFromInline let family: Family
    @usableFromInline let a: Double
    @usableFromInline let b: Double
    @usableFromInline let c: Double
    @usableFromInline let d: Double
    @usableFromInline let table: EmpiricalTable?

    init(_ kind: Kind) {
        _ = gslErrorHandlerDisabled
        var (a, b, c, d) = (0.0, 0.0, 0.0, 0.0)
        var table: EmpiricalTable?
        switch kind {
        case .constant(let value): (family, a) = (.constant, value)
        case .exponential(let mean): (family, a) = (.exponential, mean)
        case .gamma(let shape, let scale): (family, a, b) = (.gamma, shape, scale)
        case .lognormal(let mu, let sigma): (family, a, b) = (.lognormal, mu, sigma)
        case .weibull(let shape, let scale): (family, a, b) = (.weibull, shape, scale)
        case .normal(let mean, let sd): (family, a, b) = (.normal, mean, sd)
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            (family, a, b, c, d) = (.truncatedNormal, mean, sd, lower, upper)
        case .uniform(let lower, let upper): (family, a, b) = (.uniform, lower, upper)
        case .bernoulli(let p): (family, a) = (.bernoulli, p)
        case .poisson(let mean): (family, a) = (.poisson, mean)
        case .binomial(let n, let p): (family, a, b) = (.binomial, Double(n), p)
        case .empirical(let values): (family, table) = (.empirical, values)
        }
        (self.a, self.b, self.c, self.d, self.table) = (a, b, c, d, table)
    }

    /// The value of a constant distribution, or `nil` for any other: lets a caller skip
    /// preparing a random stream that would not be drawn from.
    @inlinable
    public var constantValue: Double? { family == .constant ? a : nil }

    /// Distributions are equal when their kinds are.
    public static func == (lhs: Distribution, rhs: Distribution) -> Bool { lhs.kind == rhs.kind }
}

extension Distribution {
    /// A constant.
    public static func constant(_ value: Double) throws(DistributionError) -> Distribution {
        try require(value.isFinite, "constant", "value", value, "be a finite number")
        return Distribution(.constant(value))
    }

    /// An exponential distribution.
    public static func exponential(mean: Double) throws(DistributionError) -> Distribution {
        try require(mean > 0 && mean.isFinite, "exponential", "mean", mean, "be greater than 0")
        return Distribution(.exponential(mean: mean))
    }

    /// A gamma distribution with shape *k* and scale θ.
    public static func gamma(shape: Double, scale: Double) throws(DistributionError) -> Distribution {
        try require(shape > 0 && shape.isFinite, "gamma", "shape", shape, "be greater than 0")
        try require(scale > 0 && scale.isFinite, "gamma", "scale", scale, "be greater than 0")
        return Distribution(.gamma(shape: shape, scale: scale))
    }

    /// A lognormal distribution given the mean and standard deviation of its logarithm.
    public static func lognormal(mu: Double, sigma: Double) throws(DistributionError) -> Distribution {
        try require(mu.isFinite, "lognormal", "mu", mu, "be a finite number")
        try require(sigma > 0 && sigma.isFinite, "lognormal", "sigma", sigma, "be greater than 0")
        return Distribution(.lognormal(mu: mu, sigma: sigma))
    }

    /// A lognormal distribution given its median (`exp(mu)`) and the standard deviation of its
    /// logarithm — the natural way to write bail amounts and incomes.
    public static func lognormal(median: Double, sigma: Double) throws(DistributionError) -> Distribution {
        try require(median > 0 && median.isFinite, "lognormal", "median", median, "be greater than 0")
        return try lognormal(mu: log(median), sigma: sigma)
    }

    /// The smallest Weibull shape accepted. Below it the mean and variance, Γ(1 + 1/k) and
    /// Γ(1 + 2/k), leave the range of a double (Γ overflows past 171) and samples, scale ×
    /// E^(1/k), are infinite; a shape of 0.05 already gives a mean of 8 × 10⁴⁷ times the
    /// scale, far beyond any delay.
    public static let minimumWeibullShape = 0.05

    /// The largest Poisson mean accepted. GSL's sampler reduces a mean above 10 through
    /// gamma variates of `unsigned int` order (mean × 7/8), which overflow from about 4.9 ×
    /// 10⁹ and never return; 10⁹ leaves room and is far more than any count in a scenario.
    public static let maximumPoissonMean = 1e9

    /// A Weibull distribution.
    public static func weibull(shape: Double, scale: Double) throws(DistributionError) -> Distribution {
        try require(
            shape >= minimumWeibullShape && shape.isFinite, "weibull", "shape", shape,
            "be at least \(minimumWeibullShape) (smaller shapes give infinite means and samples)")
        try require(scale > 0 && scale.isFinite, "weibull", "scale", scale, "be greater than 0")
        return Distribution(.weibull(shape: shape, scale: scale))
    }

    /// A normal distribution.
    public static func normal(mean: Double, sd: Double) throws(DistributionError) -> Distribution {
        try require(mean.isFinite, "normal", "mean", mean, "be a finite number")
        try require(sd > 0 && sd.isFinite, "normal", "sd", sd, "be greater than 0")
        return Distribution(.normal(mean: mean, sd: sd))
    }

    /// A normal distribution truncated to `[lower, upper]`.
    public static func truncatedNormal(
        mean: Double, sd: Double, lower: Double, upper: Double
    ) throws(DistributionError) -> Distribution {
        try require(mean.isFinite, "truncated_normal", "mean", mean, "be a finite number")
        try require(sd > 0 && sd.isFinite, "truncated_normal", "sd", sd, "be greater than 0")
        try require(!lower.isNaN, "truncated_normal", "lower", lower, "be a number")
        try require(upper > lower, "truncated_normal", "upper", upper, "be greater than lower (\(lower))")
        let mass = standardNormalMass(from: (lower - mean) / sd, to: (upper - mean) / sd)
        try require(
            mass > 1e-12, "truncated_normal", "lower", lower,
            "leave some probability between lower and upper (the interval lies far in a tail)")
        return Distribution(.truncatedNormal(mean: mean, sd: sd, lower: lower, upper: upper))
    }

    /// A uniform distribution on `[lower, upper)`.
    public static func uniform(lower: Double, upper: Double) throws(DistributionError) -> Distribution {
        try require(lower.isFinite, "uniform", "lower", lower, "be a finite number")
        try require(upper > lower && upper.isFinite, "uniform", "upper", upper, "be greater than lower (\(lower))")
        return Distribution(.uniform(lower: lower, upper: upper))
    }

    /// A Bernoulli distribution.
    public static func bernoulli(p: Double) throws(DistributionError) -> Distribution {
        try require(p >= 0 && p <= 1, "bernoulli", "p", p, "be between 0 and 1")
        return Distribution(.bernoulli(p: p))
    }

    /// A Poisson distribution.
    public static func poisson(mean: Double) throws(DistributionError) -> Distribution {
        try require(mean > 0 && mean.isFinite, "poisson", "mean", mean, "be greater than 0")
        try require(
            mean <= maximumPoissonMean, "poisson", "mean", mean,
            "be at most 1,000,000,000 (GSL's Poisson sampler cannot draw larger means)")
        return Distribution(.poisson(mean: mean))
    }

    /// A binomial distribution.
    public static func binomial(n: Int, p: Double) throws(DistributionError) -> Distribution {
        guard n >= 0, n <= Int(UInt32.max) else {
            throw DistributionError(
                distribution: "binomial", parameter: "n", value: "\(n)",
                requirement: "be a whole number from 0 to \(UInt32.max)")
        }
        try require(p >= 0 && p <= 1, "binomial", "p", p, "be between 0 and 1")
        return Distribution(.binomial(n: n, p: p))
    }

    /// An empirical distribution: `values[i]` with probability `weights[i] / sum(weights)`.
    public static func empirical(values: [Double], weights: [Double]) throws(DistributionError) -> Distribution {
        Distribution(.empirical(try EmpiricalTable(values: values, weights: weights)))
    }

    private static func require(
        _ condition: Bool, _ distribution: String, _ parameter: String, _ value: Double, _ requirement: String
    ) throws(DistributionError) {
        guard condition else {
            throw DistributionError(
                distribution: distribution, parameter: parameter,
                value: "\(value)", requirement: requirement)
        }
    }
}
