import SimKernel
import Testing

/// A named distribution for parameterized tests, built through the public throwing factory.
struct DistributionCase: Sendable, CustomTestStringConvertible {
    let name: String
    let build: @Sendable () throws -> Distribution

    init(_ name: String, _ build: @escaping @Sendable () throws -> Distribution) {
        self.name = name
        self.build = build
    }

    var testDescription: String { name }

    /// Every family, with parameters that reach the different code paths of GSL's samplers
    /// (gamma below and above shape 1, Poisson and binomial below and above the switch to
    /// their rejection algorithms, truncation on one side, both sides and far in a tail).
    static let all: [DistributionCase] = [
        DistributionCase("constant(7)") { try .constant(7) },
        DistributionCase("exponential(mean: 2.5)") { try .exponential(mean: 2.5) },
        DistributionCase("gamma(shape: 0.4, scale: 3)") { try .gamma(shape: 0.4, scale: 3) },
        DistributionCase("gamma(shape: 3, scale: 2)") { try .gamma(shape: 3, scale: 2) },
        DistributionCase("lognormal(mu: 1, sigma: 0.5)") { try .lognormal(mu: 1, sigma: 0.5) },
        DistributionCase("lognormal(median: 500, sigma: 0.8)") { try .lognormal(median: 500, sigma: 0.8) },
        DistributionCase("weibull(shape: 0.7, scale: 10)") { try .weibull(shape: 0.7, scale: 10) },
        DistributionCase("weibull(shape: 2, scale: 1)") { try .weibull(shape: 2, scale: 1) },
        DistributionCase("normal(mean: -3, sd: 2)") { try .normal(mean: -3, sd: 2) },
        DistributionCase("truncatedNormal(mean: 2, sd: 3, [0, ∞))") {
            try .truncatedNormal(mean: 2, sd: 3, lower: 0, upper: .infinity)
        },
        DistributionCase("truncatedNormal(mean: 0, sd: 1, [-1, 1])") {
            try .truncatedNormal(mean: 0, sd: 1, lower: -1, upper: 1)
        },
        DistributionCase("truncatedNormal(mean: 0, sd: 1, [4, ∞))") {
            try .truncatedNormal(mean: 0, sd: 1, lower: 4, upper: .infinity)
        },
        DistributionCase("truncatedNormal(mean: 0, sd: 1, [7, ∞))") {
            try .truncatedNormal(mean: 0, sd: 1, lower: 7, upper: .infinity)
        },
        DistributionCase("truncatedNormal(mean: 0, sd: 1, (−∞, −7])") {
            try .truncatedNormal(mean: 0, sd: 1, lower: -.infinity, upper: -7)
        },
        DistributionCase("truncatedNormal(mean: 100, sd: 15, [130, 160])") {
            try .truncatedNormal(mean: 100, sd: 15, lower: 130, upper: 160)
        },
        DistributionCase("uniform(lower: 2, upper: 5)") { try .uniform(lower: 2, upper: 5) },
        DistributionCase("bernoulli(p: 0.3)") { try .bernoulli(p: 0.3) },
        DistributionCase("poisson(mean: 3.5)") { try .poisson(mean: 3.5) },
        DistributionCase("poisson(mean: 40)") { try .poisson(mean: 40) },
        DistributionCase("binomial(n: 10, p: 0.3)") { try .binomial(n: 10, p: 0.3) },
        DistributionCase("binomial(n: 200, p: 0.45)") { try .binomial(n: 200, p: 0.45) },
        DistributionCase("empirical([1, 2, 3, 10] × [1, 1, 2, 0.5])") {
            try .empirical(values: [1, 2, 3, 10], weights: [1, 1, 2, 0.5])
        },
    ]
}

/// Samples of each distribution agree with its analytic mean and variance.
@Suite("Distribution sampling")
struct DistributionSamplingTests {
    static let draws = 200_000

    @Test("sample mean and variance match the analytic moments", arguments: DistributionCase.all)
    func sampleMomentsMatchAnalyticMoments(_ distributionCase: DistributionCase) throws {
        let distribution = try distributionCase.build()
        let sample = SampleMoments(distribution, count: Self.draws, seed: 20_240_601)

        if distribution.variance == 0 {
            #expect(sample.mean == distribution.mean)
            #expect(sample.variance == 0)
            return
        }
        // Five standard errors: a correct sampler fails about once in 1.7 million; a sampler
        // off by a few percent of a standard deviation fails for certain at 200 000 draws.
        let meanTolerance = 5 * sample.standardErrorOfMean(variance: distribution.variance)
        #expect(
            abs(sample.mean - distribution.mean) <= meanTolerance,
            "mean \(sample.mean) vs \(distribution.mean) ± \(meanTolerance)")
        let varianceTolerance = 5 * sample.standardErrorOfVariance
        #expect(
            abs(sample.variance - distribution.variance) <= varianceTolerance,
            "variance \(sample.variance) vs \(distribution.variance) ± \(varianceTolerance)")
    }

    @Test("samples stay in the support", arguments: DistributionCase.all)
    func samplesStayInSupport(_ distributionCase: DistributionCase) throws {
        let distribution = try distributionCase.build()
        let stream = RandomStream(seed: 7)
        let values = (0..<20_000).map { _ in distribution.sample(stream) }
        #expect(values.allSatisfy { $0.isFinite })
        switch distribution.kind {
        case .exponential, .gamma, .lognormal, .weibull:
            #expect(values.allSatisfy { $0 >= 0 })
        case .truncatedNormal(_, _, let lower, let upper):
            #expect(values.allSatisfy { $0 >= lower && $0 <= upper })
        case .uniform(let lower, let upper):
            #expect(values.allSatisfy { $0 >= lower && $0 < upper })
        case .bernoulli:
            #expect(Set(values).isSubset(of: [0, 1]))
        case .poisson:
            #expect(values.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        case .binomial(let n, _):
            #expect(values.allSatisfy { $0 >= 0 && $0 <= Double(n) && $0 == $0.rounded() })
        case .empirical(let table):
            #expect(Set(values).isSubset(of: Set(table.values)))
        case .constant(let value):
            #expect(values.allSatisfy { $0 == value })
        case .normal:
            break
        }
    }

    @Test("the same seed draws the same values", arguments: DistributionCase.all)
    func sameSeedSameDraws(_ distributionCase: DistributionCase) throws {
        let distribution = try distributionCase.build()
        let (first, second) = (RandomStream(seed: 99), RandomStream(seed: 99))
        let a = (0..<1_000).map { _ in distribution.sample(first) }
        let b = (0..<1_000).map { _ in distribution.sample(second) }
        #expect(a == b)
    }
}
