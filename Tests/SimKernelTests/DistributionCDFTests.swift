import Foundation
import SimKernel
import Testing

/// `Distribution.cdf` against closed forms and against the sampler.
@Suite("Distribution CDFs")
struct DistributionCDFTests {
    @Test("the CDF agrees with the share of samples at or below each point", arguments: DistributionCase.all)
    func cdfMatchesSamples(_ distributionCase: DistributionCase) throws {
        let distribution = try distributionCase.build()
        let stream = RandomStream(seed: 2_026_11_26)
        let count = 40_000
        let sorted = (0..<count).map { _ in distribution.sample(stream) }.sorted()
        // The Kolmogorov–Smirnov bound at α = 0.001 holds at any set of points, so checking
        // at the sample's percentiles can fail only for a CDF that differs from the sampler.
        let bound = 1.95 / Double(count).squareRoot()
        for percentile in stride(from: 1, through: 99, by: 2) {
            let x = sorted[count * percentile / 100]
            let atOrBelow = sorted.partitioningIndex { $0 > x }
            let share = Double(atOrBelow) / Double(count)
            #expect(
                abs(share - distribution.cdf(x)) <= bound,
                "at \(x): \(share) of samples vs cdf \(distribution.cdf(x))")
        }
    }

    @Test("closed forms and edges")
    func closedForms() throws {
        #expect(abs(try Distribution.exponential(mean: 2).cdf(2) - (1 - exp(-1))) < 1e-15)
        #expect(abs(try Distribution.lognormal(median: 800, sigma: 1.3).cdf(800) - 0.5) < 1e-14)
        #expect(abs(try Distribution.normal(mean: 1, sd: 2).cdf(1 + 2 * 1.959963984540054) - 0.975) < 1e-12)
        #expect(try Distribution.uniform(lower: 2, upper: 6).cdf(3) == 0.25)
        #expect(try Distribution.constant(5).cdf(4.999) == 0)
        #expect(try Distribution.constant(5).cdf(5) == 1)
        #expect(try Distribution.bernoulli(p: 0.3).cdf(0) == 0.7)
        #expect(abs(try Distribution.binomial(n: 3, p: 0.5).cdf(1.5) - 0.5) < 1e-12)
        #expect(try Distribution.empirical(values: [1, 2, 3], weights: [1, 1, 2]).cdf(2) == 0.5)
        let truncated = try Distribution.truncatedNormal(mean: 0, sd: 1, lower: -1, upper: 1)
        #expect(truncated.cdf(-1.5) == 0)
        #expect(abs(truncated.cdf(0) - 0.5) < 1e-15)
        #expect(truncated.cdf(1) == 1)
        for positive in [
            try Distribution.exponential(mean: 1), try .gamma(shape: 2, scale: 1),
            try .lognormal(mu: 0, sigma: 1), try .weibull(shape: 2, scale: 1),
        ] {
            #expect(positive.cdf(-1) == 0 && positive.cdf(0) == 0)
        }
        #expect(try Distribution.poisson(mean: 3).cdf(.nan).isNaN)
    }
}

extension Array where Element == Double {
    /// The first index whose element satisfies `predicate`, which must be false then true
    /// along the array (binary search).
    func partitioningIndex(where predicate: (Double) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
