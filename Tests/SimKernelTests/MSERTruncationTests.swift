import Foundation
import SimKernel
import Testing

/// MSER-5 truncation (White 1997) on series whose transient is known.
@Suite("MSER truncation")
struct MSERTruncationTests {
    /// `count` observations of `level(t)` plus normal noise of standard deviation `sd`.
    private func series(count: Int, sd: Double, seed: UInt64, level: (Double) -> Double) -> [Double] {
        let random = RandomStream(seed: seed)
        return (0..<count).map { level(Double($0)) + random.normal(mean: 0, sd: sd) }
    }

    @Test("an exponential approach to a level is truncated near the transient's end")
    func exponentialApproach() throws {
        // 100 (1 − e^{−t/20}): the bias falls below the noise's standard error of a batch
        // mean (5/√5 ≈ 2.2) near t = 20 ln(100/2.2) ≈ 76, and below 1 by t ≈ 92.
        for seed in UInt64(1)...20 {
            let values = series(count: 1000, sd: 5, seed: seed) { 100 * (1 - exp(-$0 / 20)) }
            let result = try #require(MSERTruncation.truncation(values))
            #expect(result.batchSize == 5)
            #expect(result.batches == 200)
            #expect(result.truncation == 5 * result.batchTruncation)
            #expect((40...160).contains(result.truncation), "seed \(seed): truncation \(result.truncation)")
            #expect(!result.reachedLimit)
        }
    }

    @Test("a stationary series is hardly truncated")
    func stationary() throws {
        var truncations: [Int] = []
        for seed in UInt64(1)...20 {
            let values = series(count: 1000, sd: 5, seed: seed) { _ in 50 }
            truncations.append(try #require(MSERTruncation.truncation(values)).truncation)
        }
        truncations.sort()
        // White's rule picks a small d by chance on noise alone; the median is near 0.
        #expect(truncations[truncations.count / 2] <= 25, "\(truncations)")
    }

    @Test("a series still climbing at the end reaches the search limit")
    func trend() throws {
        let values = series(count: 500, sd: 1, seed: 7) { $0 / 5 }
        let result = try #require(MSERTruncation.truncation(values))
        #expect(result.reachedLimit)
        #expect(result.batchTruncation == result.batches / 2)
    }

    @Test("MSER's statistic is the kept batches' squared deviations over (k − d)²")
    func statisticByHand() throws {
        // Batch size 1: means 10, 0, 1, 0, 1, 0, 1, 0; d = 1 keeps 0,1,0,1,0,1,0 (mean 3/7).
        let values: [Double] = [10, 0, 1, 0, 1, 0, 1, 0]
        let result = try #require(MSERTruncation.truncation(values, batchSize: 1))
        #expect(result.batchTruncation == 1)
        let kept = values.dropFirst()
        let mean = kept.reduce(0, +) / 7
        let squares = kept.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        #expect(abs(result.statistic - squares / 49) < 1e-12)
    }

    @Test("too short a series, or one with a NaN, has no truncation")
    func tooShort() {
        #expect(MSERTruncation.truncation([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == nil)
        #expect(MSERTruncation.truncation(Array(repeating: .nan, count: 50)) == nil)
    }
}
