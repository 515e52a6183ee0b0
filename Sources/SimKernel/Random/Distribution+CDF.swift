import CGSL

extension Distribution {
    /// P(X ≤ `x`): GSL's `gsl_cdf_*_P` for each family, exact sums for the discrete ones.
    ///
    /// Used away from the hot path, for figures derived from a whole distribution (for
    /// example the quintiles of a population's ability to pay).
    public func cdf(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        _ = gslErrorHandlerDisabled
        switch family {
        case .constant:
            return x < a ? 0 : 1
        case .exponential:
            return x <= 0 ? 0 : gsl_cdf_exponential_P(x, a)
        case .gamma:
            return x <= 0 ? 0 : gsl_cdf_gamma_P(x, a, b)
        case .lognormal:
            return x <= 0 ? 0 : gsl_cdf_lognormal_P(x, a, b)
        case .weibull:
            return x <= 0 ? 0 : gsl_cdf_weibull_P(x, b, a)
        case .normal:
            return gsl_cdf_gaussian_P(x - a, b)
        case .truncatedNormal:
            if x < c { return 0 }
            if x >= d { return 1 }
            let lower = (c - a) / b
            return Self.standardNormalMass(from: lower, to: (x - a) / b)
                / Self.standardNormalMass(from: lower, to: (d - a) / b)
        case .uniform:
            return x <= a ? 0 : x >= b ? 1 : (x - a) / (b - a)
        case .bernoulli:
            return x < 0 ? 0 : x < 1 ? 1 - a : 1
        case .poisson:
            return x < 0 ? 0 : gsl_cdf_poisson_P(Self.count(x), a)
        case .binomial:
            return x < 0 ? 0 : x >= a ? 1 : gsl_cdf_binomial_P(Self.count(x), b, UInt32(a))
        case .empirical:
            let table = table.unsafelyUnwrapped
            var below = 0.0, total = 0.0
            for (value, weight) in zip(table.values, table.weights) {
                total += weight
                if value <= x { below += weight }
            }
            return below / total
        }
    }

    /// The largest count not above `x` (at least 0), saturated to the range GSL takes.
    private static func count(_ x: Double) -> UInt32 {
        x >= Double(UInt32.max) ? UInt32.max : UInt32(x.rounded(.down))
    }
}
