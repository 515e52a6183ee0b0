import CGSL
import Foundation
import PretrialModel
import SimKernel
import Testing

@Suite("R1 benchmark model")
struct R1Tests {
    /// P(lognormal(ln a, sa) < lognormal(ln b, sb)) = Φ((ln b − ln a) / sqrt(sa² + sb²)).
    static func probabilityBelow(medianA: Double, sigmaA: Double, medianB: Double, sigmaB: Double) -> Double {
        gsl_cdf_ugaussian_P((log(medianB) - log(medianA)) / (sigmaA * sigmaA + sigmaB * sigmaB).squareRoot())
    }

    @Test("share detained past the hearing matches R1's analytic values within 95% CIs")
    func detainedShares() throws {
        let configuration = try R1Configuration.make(arrestWindowDays: 120)
        let runs = try (0..<20).map { try PretrialSimulation.run(configuration, seed: 1, replication: $0) }
        let expectedA = 0.7 * Self.probabilityBelow(medianA: 1500, sigmaA: 1, medianB: 2000, sigmaB: 0.8)
        let expectedB = 0.7 * Self.probabilityBelow(medianA: 800, sigmaA: 1, medianB: 2000, sigmaB: 0.8)
        let a = Estimate(samples: runs.map { $0.value(.detainedPastFirstAppearanceShare, .group("A")) })
        let b = Estimate(samples: runs.map { $0.value(.detainedPastFirstAppearanceShare, .group("B")) })
        #expect(a.covers(expectedA), "A: \(a.mean) ± \(a.halfWidth) vs \(expectedA)")
        #expect(b.covers(expectedB), "B: \(b.mean) ± \(b.halfWidth) vs \(expectedB)")
    }
}
