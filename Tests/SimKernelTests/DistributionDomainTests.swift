import SimKernel
import Testing

/// Parameters outside what GSL can compute are refused when a distribution is made, and GSL's
/// errors never abort the process.
@Suite("Distribution domains")
struct DistributionDomainTests {
    @Test("a Weibull shape below the minimum is refused, naming the parameter")
    func weibullShape() {
        #expect(throws: DistributionError.self) { try Distribution.weibull(shape: 0.001, scale: 1) }
        do {
            _ = try Distribution.weibull(shape: 0.001, scale: 1)
        } catch {
            #expect(error.parameter == "shape")
            #expect(error.requirement.contains("\(Distribution.minimumWeibullShape)"))
        }
    }

    @Test("the smallest Weibull shape accepted has a finite mean and variance")
    func weibullAtTheMinimum() throws {
        let weibull = try Distribution.weibull(shape: Distribution.minimumWeibullShape, scale: 1)
        #expect(weibull.mean.isFinite)
        #expect(weibull.variance.isFinite)
    }

    @Test("a Poisson mean above the maximum is refused; the maximum itself samples")
    func poissonMean() throws {
        #expect(throws: DistributionError.self) { try Distribution.poisson(mean: 1e10) }
        let poisson = try Distribution.poisson(mean: Distribution.maximumPoissonMean)
        let draw = poisson.sample(RandomStream(seed: 3))
        #expect(abs(draw - 1e9) < 1e6)
    }

    @Test("a GSL error comes back as a value instead of aborting")
    func gslDoesNotAbort() throws {
        GSLErrors.stopAborting()
        // Γ(1 + 2/0.05) = Γ(41) is finite, but a CDF of an absurd argument goes through GSL's
        // error paths: it must return, not abort.
        let gamma = try Distribution.gamma(shape: 1e-300, scale: 1e300)
        _ = gamma.cdf(1e-300)
        #expect(Bool(true) == (gamma.cdf(1) >= 0 || gamma.cdf(1).isNaN))
    }
}
