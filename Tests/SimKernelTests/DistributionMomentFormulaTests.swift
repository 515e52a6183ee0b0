import Foundation
import SimKernel
import Testing

/// The analytic `mean` and `variance` of each family against closed forms worked out by hand
/// (or with SciPy, for the truncated normal), independently of the formulas in the kernel.
@Suite("Distribution mean and variance formulas")
struct DistributionMomentFormulaTests {
    struct Known: Sendable, CustomTestStringConvertible {
        let name: String
        let build: @Sendable () throws -> Distribution
        let mean: Double
        let variance: Double
        var testDescription: String { name }

        init(_ name: String, mean: Double, variance: Double, _ build: @escaping @Sendable () throws -> Distribution) {
            self.name = name
            self.build = build
            self.mean = mean
            self.variance = variance
        }
    }

    static let known: [Known] = [
        Known("constant(-4)", mean: -4, variance: 0) { try .constant(-4) },
        Known("exponential(mean: 2)", mean: 2, variance: 4) { try .exponential(mean: 2) },
        Known("gamma(shape: 3, scale: 2)", mean: 6, variance: 12) { try .gamma(shape: 3, scale: 2) },
        Known("gamma(shape: 1, scale: 5) is exponential", mean: 5, variance: 25) { try .gamma(shape: 1, scale: 5) },
        // e^{1/2} and (e − 1)e.
        Known("lognormal(mu: 0, sigma: 1)", mean: 1.6487212707001282, variance: 4.670774270471604) {
            try .lognormal(mu: 0, sigma: 1)
        },
        // 100 e^{1/8} and 100² e^{1/4}(e^{1/4} − 1).
        Known("lognormal(median: 100, sigma: 0.5)", mean: 113.31484530668263, variance: 3646.958540123865) {
            try .lognormal(median: 100, sigma: 0.5)
        },
        Known("weibull(shape: 1, scale: 3) is exponential", mean: 3, variance: 9) { try .weibull(shape: 1, scale: 3) },
        // Rayleigh: √π/2 and 1 − π/4.
        Known("weibull(shape: 2, scale: 1)", mean: 0.8862269254527579, variance: 0.21460183660255172) {
            try .weibull(shape: 2, scale: 1)
        },
        // 2 Γ(3) and 4 (Γ(5) − Γ(3)²).
        Known("weibull(shape: 0.5, scale: 2)", mean: 4, variance: 80) { try .weibull(shape: 0.5, scale: 2) },
        Known("normal(mean: 10, sd: 3)", mean: 10, variance: 9) { try .normal(mean: 10, sd: 3) },
        // Half-normal: √(2/π) and 1 − 2/π.
        Known("truncatedNormal [0, ∞) is half-normal", mean: 0.7978845608028654, variance: 0.3633802276324186) {
            try .truncatedNormal(mean: 0, sd: 1, lower: 0, upper: .infinity)
        },
        Known("truncatedNormal (−∞, ∞) is normal", mean: 1.5, variance: 4) {
            try .truncatedNormal(mean: 1.5, sd: 2, lower: -.infinity, upper: .infinity)
        },
        // scipy.stats.truncnorm(-1, 1).
        Known("truncatedNormal [−1, 1]", mean: 0, variance: 0.291125094772793) {
            try .truncatedNormal(mean: 0, sd: 1, lower: -1, upper: 1)
        },
        // scipy.stats.truncnorm(-2/3, inf, loc=2, scale=3).
        Known("truncatedNormal(mean: 2, sd: 3, [0, ∞))", mean: 3.282052774994489, variance: 4.792235132139951) {
            try .truncatedNormal(mean: 2, sd: 3, lower: 0, upper: .infinity)
        },
        // Far right tails, where 1 − Φ(a) loses its digits (mpmath, 40 digits).
        Known("truncatedNormal [4, ∞)", mean: 4.2256071444894711, variance: 0.046672838397422631) {
            try .truncatedNormal(mean: 0, sd: 1, lower: 4, upper: .infinity)
        },
        Known("truncatedNormal [6.5, ∞)", mean: 6.6473013611904907, variance: 0.02084346125323911) {
            try .truncatedNormal(mean: 0, sd: 1, lower: 6.5, upper: .infinity)
        },
        Known("truncatedNormal [7, ∞)", mean: 7.1375456132265033, variance: 0.018261911696622231) {
            try .truncatedNormal(mean: 0, sd: 1, lower: 7, upper: .infinity)
        },
        Known("truncatedNormal (−∞, −7] mirrors [7, ∞)", mean: -7.1375456132265033, variance: 0.018261911696622231) {
            try .truncatedNormal(mean: 0, sd: 1, lower: -.infinity, upper: -7)
        },
        Known(
            "truncatedNormal(mean: 10, sd: 2, [24, ∞)) is [7, ∞) scaled", mean: 10 + 2 * 7.1375456132265033,
            variance: 4 * 0.018261911696622231
        ) {
            try .truncatedNormal(mean: 10, sd: 2, lower: 24, upper: .infinity)
        },
        Known("uniform(lower: 2, upper: 5)", mean: 3.5, variance: 0.75) { try .uniform(lower: 2, upper: 5) },
        Known("bernoulli(p: 0.3)", mean: 0.3, variance: 0.21) { try .bernoulli(p: 0.3) },
        Known("bernoulli(p: 1)", mean: 1, variance: 0) { try .bernoulli(p: 1) },
        Known("poisson(mean: 4)", mean: 4, variance: 4) { try .poisson(mean: 4) },
        Known("binomial(n: 10, p: 0.3)", mean: 3, variance: 2.1) { try .binomial(n: 10, p: 0.3) },
        Known("binomial(n: 0, p: 0.5)", mean: 0, variance: 0) { try .binomial(n: 0, p: 0.5) },
        // E[X] = (1 + 2 + 6)/4, E[X²] = (1 + 4 + 18)/4.
        Known("empirical([1, 2, 3] × [1, 1, 2])", mean: 2.25, variance: 0.6875) {
            try .empirical(values: [1, 2, 3], weights: [1, 1, 2])
        },
        Known("empirical: unnormalised weights", mean: 2.25, variance: 0.6875) {
            try .empirical(values: [1, 2, 3], weights: [10, 10, 20])
        },
        Known("empirical: a zero weight", mean: 5, variance: 0) {
            try .empirical(values: [5, 1_000], weights: [3, 0])
        },
    ]

    @Test("mean and variance equal the closed form", arguments: known)
    func closedForm(_ known: Known) throws {
        let distribution = try known.build()
        #expect(
            abs(distribution.mean - known.mean) <= 1e-12 * max(1, abs(known.mean)),
            "mean \(distribution.mean), expected \(known.mean)")
        #expect(
            abs(distribution.variance - known.variance) <= 1e-10 * max(1, known.variance),
            "variance \(distribution.variance), expected \(known.variance)")
    }

    @Test("lognormal by median is lognormal with mu = log(median)")
    func lognormalByMedian() throws {
        let byMedian = try Distribution.lognormal(median: 250, sigma: 0.7)
        let byMu = try Distribution.lognormal(mu: log(250), sigma: 0.7)
        #expect(byMedian == byMu)
        // Half the draws fall below the median.
        let stream = RandomStream(seed: 3)
        let below = (0..<100_000).filter { _ in byMedian.sample(stream) < 250 }.count
        // Binomial(100 000, ½): standard deviation 158; five of them is 790.
        #expect(abs(below - 50_000) <= 790)
    }
}
