import SimKernel
import Testing

/// The Student-t interval against a hand computation with tabled quantiles.
@Suite("Estimate")
struct EstimateTests {
    @Test(
        "95% and 99% intervals for 1…10 match the tables",
        arguments: [
            (0.95, 2.262157),  // t_{0.975, 9}
            (0.99, 3.249836),  // t_{0.995, 9}
        ])
    func tInterval(level: Double, t: Double) {
        let samples = (1...10).map(Double.init)
        let estimate = Estimate(samples: samples, level: level)
        // Mean 5.5; sample variance 82.5 / 9.
        let standardError = (82.5 / 9 / 10).squareRoot()
        #expect(estimate.mean == 5.5)
        #expect(estimate.count == 10)
        #expect(estimate.level == level)
        // The tabled t has six decimals.
        #expect(abs(estimate.halfWidth - t * standardError) < 1e-6 * standardError)
        #expect(abs(estimate.lower - (5.5 - t * standardError)) < 1e-5)
        #expect(abs(estimate.upper - (5.5 + t * standardError)) < 1e-5)
    }

    @Test("the 95% half-width for 1…10 is 2.16585")
    func halfWidthValue() {
        #expect(abs(Estimate(samples: (1...10).map(Double.init)).halfWidth - 2.165851) < 1e-6)
    }

    @Test("covers includes the ends and excludes what lies outside")
    func covers() {
        let estimate = Estimate(mean: 10, halfWidth: 2, count: 5)
        #expect(estimate.covers(8))
        #expect(estimate.covers(12))
        #expect(estimate.covers(10))
        #expect(!estimate.covers(7.999))
        #expect(!estimate.covers(12.001))
        #expect(!estimate.covers(.nan))
    }

    @Test("too few samples give no interval")
    func tooFewSamples() {
        let none = Estimate(samples: [])
        #expect(none.mean.isNaN)
        #expect(none.halfWidth.isNaN)
        #expect(none.count == 0)
        let one = Estimate(samples: [3])
        #expect(one.mean == 3)
        #expect(one.halfWidth.isNaN)
        #expect(!one.covers(3))
    }

    @Test("identical samples give a zero-width interval")
    func identicalSamples() {
        let estimate = Estimate(samples: [4, 4, 4, 4])
        #expect(estimate.mean == 4)
        #expect(estimate.halfWidth == 0)
        #expect(estimate.covers(4))
    }

    @Test("95% intervals cover the true mean about 95% of the time")
    func coverage() {
        let stream = RandomStream(seed: 314)
        let trials = 4_000
        var covered = 0
        for _ in 0..<trials {
            let samples = (0..<10).map { _ in stream.normal(mean: 7, sd: 3) }
            if Estimate(samples: samples).covers(7) { covered += 1 }
        }
        // Binomial(4000, 0.95): standard deviation 13.8; five of them is 69.
        #expect(abs(covered - 3_800) <= 69, "covered \(covered) of \(trials)")
    }
}
