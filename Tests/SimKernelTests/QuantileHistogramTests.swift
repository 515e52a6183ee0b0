import Foundation
import SimKernel
import Testing

@Suite("Quantile histogram")
struct QuantileHistogramTests {
    /// The k-th smallest observation, k = ⌈p n⌉ (at least 1): the rank HdrHistogram reads.
    static func orderStatistic(_ sorted: [Double], _ p: Double) -> Double {
        sorted[max(1, Int((p * Double(sorted.count)).rounded(.up))) - 1]
    }

    @Test(
        "quantiles are within 1/256 of the exact order statistics plus half a minute",
        arguments: ["lognormal(median: 2, sigma: 1.5)", "exponential(mean: 1) + atom at 0"])
    func matchesExactQuantiles(_ name: String) throws {
        let stream = RandomStream(seed: 42)
        let values: [Double]
        if name.hasPrefix("lognormal") {
            let distribution = try Distribution.lognormal(median: 2, sigma: 1.5)
            values = (0..<100_000).map { _ in distribution.sample(stream) }
        } else {
            let distribution = try Distribution.exponential(mean: 1)
            values = (0..<100_000).map { _ in stream.uniform() < 0.3 ? 0 : distribution.sample(stream) }
        }
        var histogram = QuantileHistogram()
        for value in values { histogram.record(value) }
        #expect(histogram.count == values.count)
        let sorted = values.sorted()
        for p in [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999] {
            let exact = Self.orderStatistic(sorted, p)
            let estimate = histogram.quantile(p)
            #expect(
                abs(estimate - exact) <= exact / 256 + histogram.resolution / 2 + 1e-12,
                "p = \(p): \(estimate) vs \(exact)")
        }
    }

    @Test("histograms of two halves add up to the histogram of the whole")
    func mergeIsExact() throws {
        let distribution = try Distribution.gamma(shape: 0.5, scale: 30)
        let stream = RandomStream(seed: 3)
        let values = (0..<20_000).map { _ in distribution.sample(stream) }
        var whole = QuantileHistogram(), first = QuantileHistogram(), second = QuantileHistogram()
        for value in values { whole.record(value) }
        for value in values[..<7_000] { first.record(value) }
        for value in values[7_000...] { second.record(value) }
        first.add(second)
        #expect(first.count == whole.count)
        for p in stride(from: 0.0, through: 1.0, by: 0.05) {
            #expect(first.quantile(p) == whole.quantile(p))
        }
    }

    @Test("edges: empty, zeros and negatives, values beyond the range")
    func edges() {
        var histogram = QuantileHistogram(resolution: 1, highest: 1_000)
        #expect(histogram.quantile(0.5).isNaN)
        histogram.record(0)
        histogram.record(-5)
        histogram.record(.nan)
        #expect(histogram.quantile(0.5) == 0)
        for _ in 0..<7 { histogram.record(1e9) }
        #expect(histogram.count == 10)
        #expect(abs(histogram.quantile(0.9) - 1_000) <= 1)
        #expect(histogram.quantile(0.3) == 0)
    }

    @Test("count(atMost:) counts the observations at or below a value, to the bin's 1%")
    func countAtMost() {
        var histogram = QuantileHistogram()
        for day in 1...1_000 { histogram.record(Double(day)) }
        #expect(histogram.count(atMost: -1) == 0)
        #expect(histogram.count(atMost: 1_000) == 1_000)
        #expect(histogram.count(atMost: 100_000) == 1_000)
        for value in [30.0, 91.0, 183.0, 365.0] {
            let counted = Double(histogram.count(atMost: value))
            #expect(abs(counted - value) <= value * 0.01 + 1, "at most \(value): \(counted)")
        }
    }
}
