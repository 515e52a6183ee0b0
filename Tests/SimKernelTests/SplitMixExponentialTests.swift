import CGSL
@testable import SimKernel
import Testing

@Suite("SplitMix64 exponential draws")
struct SplitMixExponentialTests {
    @Test("the direct draw agrees with gsl_ran_exponential on the same generator to two ulps")
    func matchesGSL() {
        for seed: UInt64 in [1, 7, 0xDEAD_BEEF] {
            let direct = RandomStream(seed: seed, algorithm: .splitMix64)
            let throughGSL = RandomStream(seed: seed, algorithm: .splitMix64)
            for _ in 0..<100_000 {
                let a = direct.exponential(mean: 2.5)
                let b = gsl_ran_exponential(throughGSL.generator, 2.5)
                #expect(abs(a - b) <= 2 * b.ulp, "\(a) vs \(b)")
                if abs(a - b) > 2 * b.ulp { return }
            }
        }
    }
}
