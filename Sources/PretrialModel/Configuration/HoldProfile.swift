import SimKernel

/// Probation, parole or warrant holds: at booking, a person may be held on one whatever the
/// release decision on the new case, with a probability that rises with their prior record.
///
/// P(hold at a booking) = min(`maximum`, `probability` + `perPrior` × priors). A hold keeps the
/// person in jail until it ends: after `duration` if one is given, and at the latest when the
/// case it was placed with is disposed (what then becomes of the violation is outside the
/// model, like the sentence).
public struct HoldProfile: Sendable {
    /// The probability of a hold at a booking of a person with no priors.
    public var probability: Double
    /// Added to the probability per prior.
    public var perPrior: Double
    /// The highest probability, whatever the priors.
    public var maximum: Double
    /// How long a hold lasts; nil: until the case it was placed with is disposed.
    public var duration: Distribution?

    /// Creates the hold profile.
    public init(probability: Double, perPrior: Double = 0, maximum: Double = 1, duration: Distribution? = nil) {
        self.probability = probability
        self.perPrior = perPrior
        self.maximum = maximum
        self.duration = duration
    }

    /// No holds (a scenario without a `holds` section).
    public static let none = HoldProfile(probability: 0, perPrior: 0, maximum: 0)

    /// Whether any booking can bring a hold.
    public var isActive: Bool { maximum > 0 && (probability > 0 || perPrior > 0) }
}
