import Foundation
import SimKernel
import Testing

/// GSL's running statistics agree with a direct two-pass computation, and its P² quantile
/// estimates land near the true quantiles.
@Suite("Tally")
struct TallyTests {
    @Test("an empty tally reports NaN, a single value no variance")
    func emptyAndSingle() {
        let tally = Tally()
        #expect(tally.count == 0)
        #expect(tally.mean.isNaN)
        #expect(tally.variance.isNaN)
        #expect(tally.min.isNaN)
        #expect(tally.max.isNaN)
        #expect(tally.sum == 0)
        tally.record(4.5)
        #expect(tally.count == 1)
        #expect(tally.mean == 4.5)
        #expect(tally.variance.isNaN)
        #expect(tally.min == 4.5)
        #expect(tally.max == 4.5)
        #expect(tally.sum == 4.5)
    }

    @Test(
        "count, mean, variance, min, max and sum match a direct computation",
        arguments: [1, 2, 3] as [UInt64])
    func matchesDirectComputation(seed: UInt64) throws {
        let stream = RandomStream(seed: seed)
        let distribution = try Distribution.lognormal(mu: 3, sigma: 1)
        let values = (0..<10_000).map { _ in distribution.sample(stream) - 20 }
        let tally = Tally()
        values.forEach(tally.record)

        let direct = SampleMoments(values)
        #expect(tally.count == values.count)
        #expect(abs(tally.mean - direct.mean) <= 1e-12 * abs(direct.mean))
        #expect(abs(tally.variance - direct.variance) <= 1e-10 * direct.variance)
        #expect(tally.min == values.min())
        #expect(tally.max == values.max())
        #expect(abs(tally.sum - values.reduce(0, +)) <= 1e-9 * abs(values.reduce(0, +)))
    }

    @Test(
        "statistics are right whatever the count, read at the end or after every observation",
        arguments: [1, 2, 127, 128, 129, 255, 256, 257, 1_000])
    func partialBlocks(count: Int) {
        // Observations are folded in blocks; reading folds a partial block early, so reading
        // after every observation exercises merges of every size.
        let stream = RandomStream(seed: UInt64(count))
        let values = (0..<count).map { _ in stream.normal(mean: 50, sd: 10) }
        let atEnd = Tally()
        let everyTime = Tally()
        for (index, value) in values.enumerated() {
            atEnd.record(value)
            everyTime.record(value)
            let seen = Array(values[...index])
            #expect(everyTime.count == seen.count)
            if index % 17 == 0 || index == count - 1 {
                #expect(abs(everyTime.mean - seen.reduce(0, +) / Double(seen.count)) < 1e-10)
                #expect(everyTime.min == seen.min())
                #expect(everyTime.max == seen.max())
            }
        }
        for tally in [atEnd, everyTime] {
            #expect(tally.count == count)
            #expect(abs(tally.mean - values.reduce(0, +) / Double(count)) < 1e-10)
            #expect(tally.min == values.min())
            #expect(tally.max == values.max())
            if count >= 2 {
                let direct = SampleMoments(values).variance
                #expect(abs(tally.variance - direct) <= 1e-9 * direct)
            } else {
                #expect(tally.variance.isNaN)
            }
        }
    }

    @Test("a large offset does not swamp a small variance")
    func largeOffset() {
        // A naive sum-of-squares formula loses every digit here; a pairwise update keeps them.
        let stream = RandomStream(seed: 12)
        let values = (0..<50_000).map { _ in 1e9 + stream.uniform() }
        let tally = Tally()
        values.forEach(tally.record)
        let direct = SampleMoments(values.map { $0 - 1e9 }).variance
        #expect(abs(tally.variance - direct) <= 1e-6 * direct)
        #expect(abs(tally.mean - 1e9 - 0.5) < 0.01)
    }

    @Test("the variance of a known set")
    func knownVariance() {
        let tally = Tally()
        [2, 4, 4, 4, 5, 5, 7, 9].forEach { tally.record($0) }
        #expect(tally.mean == 5)
        // Sum of squared deviations 32, over n − 1 = 7.
        #expect(abs(tally.variance - 32.0 / 7) < 1e-12)
    }

    @Test(
        "P² quantiles are close to the true quantiles of a large uniform sample",
        arguments: [0.1, 0.5, 0.9, 0.99])
    func uniformQuantiles(p: Double) {
        let tally = Tally(quantiles: [p])
        let stream = RandomStream(seed: 17)
        for _ in 0..<100_000 { tally.record(100 * stream.uniform()) }
        // The sample quantile alone has a standard error of 100·√(p(1−p)/n) ≤ 0.16; P² adds
        // a small bias of its own.
        #expect(abs(tally.quantile(p) - 100 * p) < 0.5, "quantile \(p): \(tally.quantile(p))")
    }

    @Test("P² quantiles of an exponential sample are near −mean·log(1 − p)")
    func exponentialQuantiles() {
        let probabilities = [0.5, 0.9, 0.95]
        let tally = Tally(quantiles: probabilities)
        let stream = RandomStream(seed: 23)
        for _ in 0..<100_000 { tally.record(stream.exponential(mean: 2)) }
        for p in probabilities {
            let exact = -2 * log(1 - p)
            #expect(abs(tally.quantile(p) - exact) < 0.02 * exact, "quantile \(p): \(tally.quantile(p)) vs \(exact)")
        }
    }

    @Test("the summary copies every statistic")
    func summary() {
        let tally = Tally(quantiles: [0.25, 0.75])
        for value in 1...100 { tally.record(Double(value)) }
        let summary = tally.summary
        #expect(summary.count == 100)
        #expect(summary.mean == tally.mean)
        #expect(summary.variance == tally.variance)
        #expect(summary.min == 1)
        #expect(summary.max == 100)
        #expect(summary.quantiles.map(\.p) == [0.25, 0.75])
        #expect(summary.quantiles.map(\.value) == [tally.quantile(0.25), tally.quantile(0.75)])
        #expect(abs(summary.quantiles[0].value - 25.75) < 2)
        #expect(abs(summary.quantiles[1].value - 75.25) < 2)
    }

    @Test("the median comes from gsl_rstat and sits in order in the summary")
    func medianInSummary() {
        let tally = Tally(quantiles: [0.75, 0.5, 0.25])
        let stream = RandomStream(seed: 41)
        for _ in 0..<50_000 { tally.record(stream.uniform()) }
        #expect(abs(tally.quantile(0.5) - 0.5) < 0.01)
        let summary = tally.summary
        #expect(summary.quantiles.map(\.p) == [0.25, 0.5, 0.75])
        #expect(summary.quantiles.map(\.value) == [tally.quantile(0.25), tally.quantile(0.5), tally.quantile(0.75)])
        #expect(abs(summary.quantiles[0].value - 0.25) < 0.01)
        #expect(abs(summary.quantiles[2].value - 0.75) < 0.01)
        #expect(Tally(quantiles: [0.5]).quantile(0.5).isNaN)
    }
}
