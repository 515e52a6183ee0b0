#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the chance that the prosecution drops a case depends on the evidence, on detention and
/// on time: a logistic model around the base probability of ``ProcessProfile/dismissalPerCourtDate``.
///
/// At court date n the probability of dismissal is
/// logistic(logit(base) + ``evidenceSlope`` × (``evidenceReference`` − evidence) +
/// ``detainedLogOdds`` if the person is held + ``perCourtDateLogOdds`` × (n − 1)), so weak cases
/// are dropped more (a positive slope), detained defendants' cases less (a negative
/// detained term), and a positive time term makes dismissal likelier as a case ages. A base of
/// 0 or 1 stays 0 or 1. Booked cases can also be declined before first appearance with
/// probability logistic(logit(``declinationAtFirstAppearance``) + the same evidence term)
/// (cited cases meet their first hazard at their first court date). Every term defaults to 0,
/// which leaves the base probability as it is and declines nothing.
public struct DismissalModel: Sendable, Equatable {
    /// Log-odds of dismissal per unit of evidence strength below the reference.
    public var evidenceSlope: Double
    /// The evidence strength at which the evidence term is 0.
    public var evidenceReference: Double
    /// Log-odds added while the person is held (negative: detained people's cases are
    /// dismissed less).
    public var detainedLogOdds: Double
    /// Log-odds added per court date after the first.
    public var perCourtDateLogOdds: Double
    /// Probability that a booked case is declined (dropped) before first appearance, at the
    /// reference evidence strength.
    public var declinationAtFirstAppearance: Double

    /// Creates a dismissal model; the defaults change nothing.
    public init(
        evidenceSlope: Double = 0, evidenceReference: Double = 0.5, detainedLogOdds: Double = 0,
        perCourtDateLogOdds: Double = 0, declinationAtFirstAppearance: Double = 0
    ) {
        self.evidenceSlope = evidenceSlope
        self.evidenceReference = evidenceReference
        self.detainedLogOdds = detainedLogOdds
        self.perCourtDateLogOdds = perCourtDateLogOdds
        self.declinationAtFirstAppearance = declinationAtFirstAppearance
    }

    /// Whether the model leaves the base probability of every court date unchanged.
    public var isNeutral: Bool { evidenceSlope == 0 && detainedLogOdds == 0 && perCourtDateLogOdds == 0 }

    /// `base` moved by `logOdds` on the logistic scale (0 and 1 stay where they are).
    @inline(__always)
    static func shifted(_ base: Double, by logOdds: Double) -> Double {
        guard base > 0 && base < 1 && logOdds != 0 else { return base }
        let odds = base / (1 - base) * exp(logOdds)
        return odds / (1 + odds)
    }
}
