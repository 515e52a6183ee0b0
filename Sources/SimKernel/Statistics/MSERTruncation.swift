/// The MSER truncation rule for the initial transient of a simulation output series (White
/// 1997, "An effective truncation heuristic for bias reduction in simulation output",
/// *Simulation* 69(6); MSER-5: White, Cobb & Spratt 2000): batch the series into means of
/// `batchSize` observations, and truncate the first *d* batches where *d* minimises the
/// marginal standard error statistic
///
///     MSER(d) = Σ_{j>d} (Z_j − Z̄_d)² / (k − d)²
///
/// over the first half of the batches (Z_j the batch means, k their number, Z̄_d the mean of
/// the batches kept). A minimum at the end of the searched range means the series has not
/// settled within it (too short, or still drifting): ``Result/reachedLimit``.
public enum MSERTruncation {
    /// The truncation chosen for one series.
    public struct Result: Sendable, Equatable {
        /// Observations to drop from the start: ``batchTruncation`` × ``batchSize``.
        public var truncation: Int
        /// Batches to drop (the minimising *d*).
        public var batchTruncation: Int
        /// The observations in a batch.
        public var batchSize: Int
        /// The batches the series made (k).
        public var batches: Int
        /// MSER at the chosen truncation.
        public var statistic: Double
        /// Whether the minimum lies at the end of the searched range (the series did not
        /// settle within it, so the rule gives no truncation point to trust).
        public var reachedLimit: Bool
    }

    /// The MSER-`batchSize` truncation of `series`.
    /// - Parameters:
    ///   - series: the observations in time order (e.g. a daily level); a trailing partial
    ///     batch is left out.
    ///   - batchSize: observations per batch (5 for MSER-5).
    ///   - searchShare: the share of the batches searched for the minimum (White's rule: a
    ///     half).
    /// - Returns: the truncation, or `nil` for fewer than 4 batches or a non-finite value.
    /// - Complexity: O(n).
    public static func truncation(_ series: [Double], batchSize: Int = 5, searchShare: Double = 0.5) -> Result? {
        precondition(batchSize >= 1, "a batch has at least one observation")
        let k = series.count / batchSize
        guard k >= 4 else { return nil }
        var means = [Double](repeating: 0, count: k)
        for batch in 0..<k {
            var sum = 0.0
            for index in (batch * batchSize)..<((batch + 1) * batchSize) { sum += series[index] }
            means[batch] = sum / Double(batchSize)
        }
        guard means.allSatisfy(\.isFinite) else { return nil }
        let limit = max(0, min(k - 2, Int((Double(k) * searchShare).rounded(.down))))
        // Welford's sums from the end: after adding batch d, `squares` is Σ_{j≥d} (Z_j − Z̄)².
        var statistics = [Double](repeating: .infinity, count: limit + 1)
        var mean = 0.0, squares = 0.0, count = 0.0
        for d in stride(from: k - 1, through: 0, by: -1) {
            count += 1
            let delta = means[d] - mean
            mean += delta / count
            squares += delta * (means[d] - mean)
            if d <= limit { statistics[d] = squares / (count * count) }
        }
        var best = 0
        for d in 1...max(1, limit) where d <= limit && statistics[d] < statistics[best] { best = d }
        return Result(
            truncation: best * batchSize, batchTruncation: best, batchSize: batchSize, batches: k,
            statistic: statistics[best], reachedLimit: limit > 0 && best == limit)
    }
}
