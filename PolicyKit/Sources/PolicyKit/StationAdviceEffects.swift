/// What legal advice in police custody changes for a person who gets it, against the same
/// person without it (``StationCounselPolicy/effects``). Each is a plain number so that the
/// process can apply it without asking the policy again.
public struct StationAdviceEffects: Sendable, Equatable {
    /// Added to the probability of release without charge (no further action) at the end of
    /// police custody; from −1 to 1, the sum kept within [0, 1].
    public var releaseWithoutChargeShift: Double
    /// The share of the case's evidence strength that came from statements made without
    /// advice, which an advised person does not make: an advised case's strength is multiplied
    /// by `1 − evidenceFromUnadvisedStatements` (0 to 1).
    public var evidenceFromUnadvisedStatements: Double
    /// The probability that an advised person whom the first-appearance release decision would
    /// hold (money bail or detention) is released on recognizance instead (0 to 1).
    public var firstAppearanceReleaseShift: Double

    /// Creates the effects; the defaults change nothing.
    public init(
        releaseWithoutChargeShift: Double = 0, evidenceFromUnadvisedStatements: Double = 0,
        firstAppearanceReleaseShift: Double = 0
    ) {
        self.releaseWithoutChargeShift = releaseWithoutChargeShift
        self.evidenceFromUnadvisedStatements = evidenceFromUnadvisedStatements
        self.firstAppearanceReleaseShift = firstAppearanceReleaseShift
    }

    /// Advice that changes nothing.
    public static let neutral = StationAdviceEffects()
}
