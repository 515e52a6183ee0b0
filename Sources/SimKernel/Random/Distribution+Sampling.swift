import CGSL
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Distribution {
    /// Draws one variate from `stream` with GSL's `gsl_ran_*` functions.
    @inlinable
    public func sample(_ stream: RandomStream) -> Double {
        if family == .empirical { return table.unsafelyUnwrapped.sample(stream) }
        if family == .exponential, let state = stream.splitMixState { return RandomStream.exponential(state, mean: a) }
        return Self.sample(family, a, b, c, d, stream.generator)
    }

    /// A draw from a family other than `.empirical`, given its parameters as stored.
    @inlinable @inline(__always)
    static func sample(
        _ family: Family, _ a: Double, _ b: Double, _ c: Double, _ d: Double,
        _ r: UnsafeMutablePointer<gsl_rng>
    ) -> Double {
        switch family {
        case .constant: return a
        case .exponential: return gsl_ran_exponential(r, a)
        case .gamma: return gsl_ran_gamma(r, a, b)
        case .lognormal: return lognormal(r, mu: a, sigma: b)
        case .weibull: return gsl_ran_weibull(r, b, a)
        case .normal: return a + gsl_ran_gaussian_ziggurat(r, b)
        case .truncatedNormal: return truncatedNormal(r, mean: a, sd: b, lower: c, upper: d)
        case .uniform: return gsl_ran_flat(r, a, b)
        case .bernoulli: return Double(gsl_ran_bernoulli(r, a))
        case .poisson: return Double(gsl_ran_poisson(r, a))
        case .binomial: return Double(gsl_ran_binomial(r, b, UInt32(a)))
        case .empirical: preconditionFailure("an empirical distribution is sampled through its table")
        }
    }

    /// A lognormal variate, `exp(N(mu, sigma²))`, from GSL's ziggurat normal
    /// (`gsl_ran_gaussian_ziggurat`, Marsaglia & Tsang 2000). GSL's own `gsl_ran_lognormal`
    /// draws its normal by the polar Box–Muller method (two or more uniforms, a logarithm and
    /// a square root per variate), which made it the costliest draw of the pre-trial model.
    @inlinable @inline(__always)
    static func lognormal(_ r: UnsafeMutablePointer<gsl_rng>, mu: Double, sigma: Double) -> Double {
        exp(mu + gsl_ran_gaussian_ziggurat(r, sigma))
    }

    /// A normal variate restricted to `[lower, upper]`.
    ///
    /// Inverse transform restricted to [F(lower), F(upper)]: exact, and no rejection loop that
    /// could stall when the interval is in a tail. An interval above the mean is drawn as the
    /// mirror image of one below it: near 1 the CDF rounds (to 1 itself, whose inverse is
    /// infinite), near 0 it keeps full relative precision.
    @usableFromInline
    static func truncatedNormal(
        _ r: UnsafeMutablePointer<gsl_rng>, mean: Double, sd: Double,
        lower: Double, upper: Double
    ) -> Double {
        let mirrored = lower > mean
        let (a, b) = mirrored ? (mean - upper, mean - lower) : (lower - mean, upper - mean)
        let low = gsl_cdf_gaussian_P(a, sd)
        let high = gsl_cdf_gaussian_P(b, sd)
        let z = gsl_cdf_gaussian_Pinv(low + (high - low) * gsl_rng_uniform_pos(r), sd)
        return min(max(mirrored ? mean - z : mean + z, lower), upper)
    }

    /// The distribution's mean.
    public var mean: Double {
        switch kind {
        case .constant(let value): return value
        case .exponential(let mean): return mean
        case .gamma(let shape, let scale): return shape * scale
        case .lognormal(let mu, let sigma): return exp(mu + sigma * sigma / 2)
        case .weibull(let shape, let scale): return scale * gsl_sf_gamma(1 + 1 / shape)
        case .normal(let mean, _): return mean
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            let (a, b) = ((lower - mean) / sd, (upper - mean) / sd)
            let mass = Distribution.standardNormalMass(from: a, to: b)
            return mean + sd * (gsl_ran_ugaussian_pdf(a) - gsl_ran_ugaussian_pdf(b)) / mass
        case .uniform(let lower, let upper): return (lower + upper) / 2
        case .bernoulli(let p): return p
        case .poisson(let mean): return mean
        case .binomial(let n, let p): return Double(n) * p
        case .empirical(let table): return table.moments.mean
        }
    }

    /// The distribution's variance.
    public var variance: Double {
        switch kind {
        case .constant: return 0
        case .exponential(let mean): return mean * mean
        case .gamma(let shape, let scale): return shape * scale * scale
        case .lognormal(let mu, let sigma): return (exp(sigma * sigma) - 1) * exp(2 * mu + sigma * sigma)
        case .weibull(let shape, let scale):
            let g1 = gsl_sf_gamma(1 + 1 / shape)
            return scale * scale * (gsl_sf_gamma(1 + 2 / shape) - g1 * g1)
        case .normal(_, let sd): return sd * sd
        case .truncatedNormal(let mean, let sd, let lower, let upper):
            let (a, b) = ((lower - mean) / sd, (upper - mean) / sd)
            let mass = Distribution.standardNormalMass(from: a, to: b)
            let (pa, pb) = (gsl_ran_ugaussian_pdf(a), gsl_ran_ugaussian_pdf(b))
            let (fa, fb) = (a.isFinite ? a * pa : 0, b.isFinite ? b * pb : 0)
            let shift = (pa - pb) / mass
            return sd * sd * (1 + (fa - fb) / mass - shift * shift)
        case .uniform(let lower, let upper): return (upper - lower) * (upper - lower) / 12
        case .bernoulli(let p): return p * (1 - p)
        case .poisson(let mean): return mean
        case .binomial(let n, let p): return Double(n) * p * (1 - p)
        case .empirical(let table): return table.moments.variance
        }
    }

    /// The standard normal probability of `[a, b]`, taken from the upper tail when `a > 0` so
    /// that a far right tail keeps its digits (1 − Φ(a) would cancel them).
    static func standardNormalMass(from a: Double, to b: Double) -> Double {
        a > 0 ? gsl_cdf_ugaussian_Q(a) - gsl_cdf_ugaussian_Q(b) : gsl_cdf_ugaussian_P(b) - gsl_cdf_ugaussian_P(a)
    }
}

extension Distribution {
    /// A distribution's family and parameters as plain values, for sampling in a hot loop:
    /// copying one costs no reference counting, because it does not own the empirical table
    /// it may refer to. Use it only while the ``Distribution`` it came from is alive (for
    /// example, a model that keeps both); it samples exactly as that distribution does.
    public struct Borrowed {
        @usableFromInline let family: Family
        @usableFromInline let a: Double
        @usableFromInline let b: Double
        @usableFromInline let c: Double
        @usableFromInline let d: Double
        @usableFromInline let table: Unmanaged<EmpiricalTable>?

        @inlinable
        init(_ distribution: Distribution) {
            family = distribution.family
            (a, b, c, d) = (distribution.a, distribution.b, distribution.c, distribution.d)
            table = distribution.table.map { Unmanaged.passUnretained($0) }
        }

        /// The value of a constant distribution, or `nil` for any other.
        @inlinable
        public var constantValue: Double? { family == .constant ? a : nil }

        /// Draws one variate from `stream`, as ``Distribution/sample(_:)`` does.
        @inlinable
        public func sample(_ stream: RandomStream) -> Double {
            if family == .empirical {
                return table.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.sample(stream) }
            }
            if family == .exponential, let state = stream.splitMixState {
                return RandomStream.exponential(state, mean: a)
            }
            return Distribution.sample(family, a, b, c, d, stream.generator)
        }
    }

    /// The distribution as plain values that do not keep it alive (see ``Borrowed``).
    @inlinable
    public var borrowed: Borrowed { Borrowed(self) }
}

extension EmpiricalTable {
    /// The mean and variance of the weighted values.
    var moments: (mean: Double, variance: Double) {
        let total = weights.reduce(0, +)
        let mean = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
        let second = zip(values, weights).reduce(0) { $0 + ($1.0 - mean) * ($1.0 - mean) * $1.1 } / total
        return (mean, second)
    }
}
