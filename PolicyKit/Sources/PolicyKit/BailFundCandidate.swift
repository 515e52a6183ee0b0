/// A person held because they could not post money bail, as a bail fund sees them at one of its
/// rounds.
public struct BailFundCandidate: Sendable, Equatable {
    /// The defendant (in custody).
    public var defendant: Defendant
    /// The bail the person is held on, in dollars.
    public var bail: Double
    /// What the person still lacks to post it themselves in cash (bail less what they and
    /// their family have raised so far), in dollars.
    public var shortfall: Double

    /// Creates a candidate.
    public init(defendant: Defendant, bail: Double, shortfall: Double) {
        self.defendant = defendant
        self.bail = bail
        self.shortfall = shortfall
    }
}
