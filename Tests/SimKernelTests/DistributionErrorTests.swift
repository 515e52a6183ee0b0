import SimKernel
import Testing

/// Every factory rejects parameters outside the family's domain with an error that names the
/// distribution, the parameter and the value, so a scenario author can find the mistake.
@Suite("Distribution parameter errors")
struct DistributionErrorTests {
    struct Invalid: Sendable, CustomTestStringConvertible {
        let call: String
        let distribution: String
        let parameter: String
        let build: @Sendable () throws(DistributionError) -> Distribution
        var testDescription: String { call }

        init(
            _ call: String, _ distribution: String, _ parameter: String,
            _ build: @escaping @Sendable () throws(DistributionError) -> Distribution
        ) {
            self.call = call
            self.distribution = distribution
            self.parameter = parameter
            self.build = build
        }
    }

    static let invalid: [Invalid] = [
        Invalid("constant(.nan)", "constant", "value") { () throws(DistributionError) in try .constant(.nan) },
        Invalid("constant(.infinity)", "constant", "value") { () throws(DistributionError) in try .constant(.infinity)
        },
        Invalid("exponential(mean: -1)", "exponential", "mean") { () throws(DistributionError) in
            try .exponential(mean: -1)
        },
        Invalid("exponential(mean: 0)", "exponential", "mean") { () throws(DistributionError) in
            try .exponential(mean: 0)
        },
        Invalid("exponential(mean: .infinity)", "exponential", "mean") { () throws(DistributionError) in
            try .exponential(mean: .infinity)
        },
        Invalid("gamma(shape: 0, scale: 1)", "gamma", "shape") { () throws(DistributionError) in
            try .gamma(shape: 0, scale: 1)
        },
        Invalid("gamma(shape: 2, scale: -1)", "gamma", "scale") { () throws(DistributionError) in
            try .gamma(shape: 2, scale: -1)
        },
        Invalid("lognormal(mu: .nan, sigma: 1)", "lognormal", "mu") { () throws(DistributionError) in
            try .lognormal(mu: .nan, sigma: 1)
        },
        Invalid("lognormal(mu: 0, sigma: 0)", "lognormal", "sigma") { () throws(DistributionError) in
            try .lognormal(mu: 0, sigma: 0)
        },
        Invalid("lognormal(mu: 0, sigma: -0.5)", "lognormal", "sigma") { () throws(DistributionError) in
            try .lognormal(mu: 0, sigma: -0.5)
        },
        Invalid("lognormal(median: 0, sigma: 1)", "lognormal", "median") { () throws(DistributionError) in
            try .lognormal(median: 0, sigma: 1)
        },
        Invalid("lognormal(median: -5, sigma: 1)", "lognormal", "median") { () throws(DistributionError) in
            try .lognormal(median: -5, sigma: 1)
        },
        Invalid("lognormal(median: 10, sigma: 0)", "lognormal", "sigma") { () throws(DistributionError) in
            try .lognormal(median: 10, sigma: 0)
        },
        Invalid("weibull(shape: -1, scale: 1)", "weibull", "shape") { () throws(DistributionError) in
            try .weibull(shape: -1, scale: 1)
        },
        Invalid("weibull(shape: 1, scale: 0)", "weibull", "scale") { () throws(DistributionError) in
            try .weibull(shape: 1, scale: 0)
        },
        Invalid("normal(mean: .infinity, sd: 1)", "normal", "mean") { () throws(DistributionError) in
            try .normal(mean: .infinity, sd: 1)
        },
        Invalid("normal(mean: 0, sd: 0)", "normal", "sd") { () throws(DistributionError) in
            try .normal(mean: 0, sd: 0)
        },
        Invalid("truncatedNormal(sd: -1)", "truncated_normal", "sd") { () throws(DistributionError) in
            try .truncatedNormal(mean: 0, sd: -1, lower: 0, upper: 1)
        },
        Invalid("truncatedNormal(mean: .nan)", "truncated_normal", "mean") { () throws(DistributionError) in
            try .truncatedNormal(mean: .nan, sd: 1, lower: 0, upper: 1)
        },
        Invalid("truncatedNormal(lower: .nan)", "truncated_normal", "lower") { () throws(DistributionError) in
            try .truncatedNormal(mean: 0, sd: 1, lower: .nan, upper: 1)
        },
        Invalid("truncatedNormal(upper == lower)", "truncated_normal", "upper") { () throws(DistributionError) in
            try .truncatedNormal(mean: 0, sd: 1, lower: 1, upper: 1)
        },
        Invalid("truncatedNormal(upper < lower)", "truncated_normal", "upper") { () throws(DistributionError) in
            try .truncatedNormal(mean: 0, sd: 1, lower: 2, upper: -2)
        },
        Invalid("truncatedNormal far in the tail", "truncated_normal", "lower") { () throws(DistributionError) in
            try .truncatedNormal(mean: 0, sd: 1, lower: 40, upper: 50)
        },
        Invalid("uniform(lower: -.infinity)", "uniform", "lower") { () throws(DistributionError) in
            try .uniform(lower: -.infinity, upper: 1)
        },
        Invalid("uniform(upper == lower)", "uniform", "upper") { () throws(DistributionError) in
            try .uniform(lower: 3, upper: 3)
        },
        Invalid("uniform(upper < lower)", "uniform", "upper") { () throws(DistributionError) in
            try .uniform(lower: 3, upper: 1)
        },
        Invalid("bernoulli(p: -0.1)", "bernoulli", "p") { () throws(DistributionError) in try .bernoulli(p: -0.1) },
        Invalid("bernoulli(p: 1.5)", "bernoulli", "p") { () throws(DistributionError) in try .bernoulli(p: 1.5) },
        Invalid("bernoulli(p: .nan)", "bernoulli", "p") { () throws(DistributionError) in try .bernoulli(p: .nan) },
        Invalid("poisson(mean: 0)", "poisson", "mean") { () throws(DistributionError) in try .poisson(mean: 0) },
        Invalid("poisson(mean: -2)", "poisson", "mean") { () throws(DistributionError) in try .poisson(mean: -2) },
        Invalid("binomial(n: -1)", "binomial", "n") { () throws(DistributionError) in try .binomial(n: -1, p: 0.5) },
        Invalid("binomial(n: 2^32)", "binomial", "n") { () throws(DistributionError) in
            try .binomial(n: 1 << 32, p: 0.5)
        },
        Invalid("binomial(p: 1.01)", "binomial", "p") { () throws(DistributionError) in
            try .binomial(n: 10, p: 1.01)
        },
        Invalid("empirical: no values", "empirical", "values") { () throws(DistributionError) in
            try .empirical(values: [], weights: [])
        },
        Invalid("empirical: fewer weights than values", "empirical", "weights") { () throws(DistributionError) in
            try .empirical(values: [1, 2, 3], weights: [1, 1])
        },
        Invalid("empirical: more weights than values", "empirical", "weights") { () throws(DistributionError) in
            try .empirical(values: [1], weights: [1, 1])
        },
        Invalid("empirical: weights sum to 0", "empirical", "weights") { () throws(DistributionError) in
            try .empirical(values: [1, 2], weights: [0, 0])
        },
        Invalid("empirical: a negative weight", "empirical", "weights") { () throws(DistributionError) in
            try .empirical(values: [1, 2], weights: [2, -1])
        },
        Invalid("empirical: a NaN weight", "empirical", "weights") { () throws(DistributionError) in
            try .empirical(values: [1, 2], weights: [.nan, 1])
        },
        Invalid("empirical: an infinite weight", "empirical", "weights") { () throws(DistributionError) in
            try .empirical(values: [1, 2], weights: [.infinity, 1])
        },
        Invalid("empirical: an infinite value", "empirical", "values") { () throws(DistributionError) in
            try .empirical(values: [1, .infinity], weights: [1, 1])
        },
    ]

    @Test("invalid parameters throw an error naming the parameter", arguments: invalid)
    func invalidParameterIsNamed(_ invalid: Invalid) {
        let error = #expect(throws: DistributionError.self) { try invalid.build() }
        #expect(error?.distribution == invalid.distribution)
        #expect(error?.parameter == invalid.parameter)
        let description = error?.description ?? ""
        #expect(description.hasPrefix("\(invalid.distribution): parameter '\(invalid.parameter)' is "))
        #expect(description.contains("; it must "))
    }

    @Test("the error text reads as documented")
    func exactErrorText() {
        func text(_ build: () throws(DistributionError) -> Distribution) -> String? {
            do {
                _ = try build()
                return nil
            } catch {
                return error.description
            }
        }
        #expect(
            text { () throws(DistributionError) in try .exponential(mean: -1) }
                == "exponential: parameter 'mean' is -1.0; it must be greater than 0")
        #expect(
            text { () throws(DistributionError) in try .lognormal(mu: 0, sigma: 0) }
                == "lognormal: parameter 'sigma' is 0.0; it must be greater than 0")
        #expect(
            text { () throws(DistributionError) in try .bernoulli(p: 1.5) }
                == "bernoulli: parameter 'p' is 1.5; it must be between 0 and 1")
        #expect(
            text { () throws(DistributionError) in try .uniform(lower: 3, upper: 1) }
                == "uniform: parameter 'upper' is 1.0; it must be greater than lower (3.0)")
        #expect(
            text { () throws(DistributionError) in try .truncatedNormal(mean: 0, sd: 1, lower: 2, upper: 2) }
                == "truncated_normal: parameter 'upper' is 2.0; it must be greater than lower (2.0)")
        #expect(
            text { () throws(DistributionError) in try .binomial(n: -3, p: 0.5) }
                == "binomial: parameter 'n' is -3; it must be a whole number from 0 to 4294967295")
        #expect(
            text { () throws(DistributionError) in try .empirical(values: [1, 2, 3], weights: [1, 1]) }
                == "empirical: parameter 'weights' is 2 numbers; it must give one weight for each of the 3 values")
        #expect(
            text { () throws(DistributionError) in try .empirical(values: [1, 2], weights: [0, 0]) }
                == "empirical: parameter 'weights' is summing to 0.0; it must sum to a positive number")
    }

    @Test("boundary values are accepted")
    func boundaryValuesAreAccepted() throws {
        _ = try Distribution.bernoulli(p: 0)
        _ = try Distribution.bernoulli(p: 1)
        _ = try Distribution.binomial(n: 0, p: 0)
        _ = try Distribution.binomial(n: 5, p: 1)
        _ = try Distribution.constant(0)
        _ = try Distribution.constant(-1)
        _ = try Distribution.normal(mean: -1e9, sd: 1e-9)
        _ = try Distribution.truncatedNormal(mean: 0, sd: 1, lower: -.infinity, upper: .infinity)
        _ = try Distribution.empirical(values: [4], weights: [1e-300])
    }
}
