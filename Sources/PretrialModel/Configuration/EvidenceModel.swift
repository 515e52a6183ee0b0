/// The strength of the evidence in a case, a number in (0, 1) drawn once per case from a beta
/// distribution whose mean is higher when the person is factually guilty.
///
/// The draw is Beta(m × c, (1 − m) × c), with m = ``guiltyMean`` or ``innocentMean`` and c =
/// ``concentration`` (a larger c packs cases closer to their mean). Evidence strength moves
/// the dismissal and declination hazards (``DismissalModel``); without an evidence model every
/// case sits at the dismissal model's reference strength, so it has no effect.
public struct EvidenceModel: Sendable, Equatable {
    /// Mean evidence strength of cases against factually guilty people.
    public var guiltyMean: Double
    /// Mean evidence strength of cases against factually innocent people.
    public var innocentMean: Double
    /// The beta distribution's concentration (a + b), greater than 0.
    public var concentration: Double

    /// Creates an evidence model.
    public init(guiltyMean: Double, innocentMean: Double, concentration: Double) {
        self.guiltyMean = guiltyMean
        self.innocentMean = innocentMean
        self.concentration = concentration
    }
}
