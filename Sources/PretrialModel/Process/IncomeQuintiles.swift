/// The quintiles of ability to pay among arrested people: the breakdown "by income
/// quintile" puts each case in one of five cells by where the person's ability to pay falls.
///
/// The bounds are the 20th, 40th, 60th and 80th percentiles of the population's ability to
/// pay, the mixture of the groups' distributions weighted by their shares of the people
/// arrested (each draw floored at 0, as the model does), so each quintile holds a fifth of
/// the people; a new arrest while released is a case in its person's quintile, so the arrests
/// in a quintile are close to, not exactly, a fifth. The bounds are computed from the distributions with
/// GSL's CDFs, not from the people drawn, so every replication and variant uses the same
/// bounds. A person exactly at a bound is in the lower quintile; when many people share one
/// amount (say, nothing at all) the quintiles hold unequal shares.
public struct IncomeQuintiles: Sendable, Equatable {
    /// Five.
    public static let count = 5

    /// The upper bounds of quintiles 1–4, in dollars (quintile 5 has none).
    public let upperBounds: [Double]

    /// The quintiles of `population`'s ability to pay.
    public init(_ population: PopulationProfile) {
        let groups = population.groups.filter { $0.share > 0 }
        let total = groups.reduce(0) { $0 + $1.share }
        func cdf(_ x: Double) -> Double {
            x < 0 ? 0 : groups.reduce(0) { $0 + $1.share * $1.abilityToPay.cdf(x) } / total
        }
        upperBounds = [0.2, 0.4, 0.6, 0.8].map { Self.quantile($0, cdf: cdf) }
    }

    /// The quintile of `abilityToPay`: 0 (lowest fifth) to 4.
    @inline(__always)
    public func quintile(of abilityToPay: Double) -> Int {
        var index = 0
        for bound in upperBounds where abilityToPay > bound { index += 1 }
        return index
    }

    /// The smallest x ≥ 0 with `cdf(x)` ≥ `p`, by bisection to a relative 1e-12.
    static func quantile(_ p: Double, cdf: (Double) -> Double) -> Double {
        if cdf(0) >= p { return 0 }
        var low = 0.0, high = 1.0
        while cdf(high) < p {
            low = high
            high *= 2
            if !high.isFinite { return .infinity }
        }
        for _ in 0..<200 where high - low > 1e-12 * high {
            let middle = low + (high - low) / 2
            if cdf(middle) >= p { high = middle } else { low = middle }
        }
        return high
    }
}
