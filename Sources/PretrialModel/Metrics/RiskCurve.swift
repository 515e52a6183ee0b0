/// The ROC curve of a risk score summarised from counts by score decile.
enum RiskCurve {
    /// The number of score deciles (``PretrialProcess/scoreDecile(_:)``).
    static let deciles = 10

    /// The area under the ROC curve: the probability that a random outcome-positive case has a
    /// higher score decile than a random outcome-negative one, ties counting one half
    /// (the Mann–Whitney statistic over deciles). `positives[d]` and `negatives[d]` are the
    /// counts in decile `d + 1`; NaN with no positive or no negative case.
    static func areaUnderCurve(positives: [Double], negatives: [Double]) -> Double {
        let totalPositive = positives.reduce(0, +)
        let totalNegative = negatives.reduce(0, +)
        guard totalPositive > 0, totalNegative > 0 else { return .nan }
        var positivesAbove = totalPositive
        var concordant = 0.0
        for (positive, negative) in zip(positives, negatives) {
            positivesAbove -= positive
            concordant += negative * (positivesAbove + positive / 2)
        }
        return concordant / (totalPositive * totalNegative)
    }
}
