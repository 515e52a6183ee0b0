import SimKernel

/// Committal or sending for trial (England and Wales: Crime and Disorder Act 1998, s. 51;
/// US: indictment and transfer to the felony court): a share of the cases of one charge class
/// of a lower tier move to a higher tier.
///
/// The decision is taken at first appearance (the allocation hearing); the case then has no
/// court date until the sending takes effect after ``delay``, and its court dates and trial
/// follow in the higher tier, from its first court date. Days already held count against the
/// higher tier's custody time limit (as the 182 days of the Crown Court are reduced by days
/// held in the magistrates' court: SI 1987/299, reg. 5(6B)).
public struct SendingUp: Sendable {
    /// The charge class (index into the population's) whose cases may be sent up.
    public var chargeClass: Int
    /// The tier (index into ``CourtProfile/tiers``) they are sent to; above the class's own.
    public var toTier: Int
    /// The share of the class's cases sent up, in [0, 1] (1: all, e.g. either-way offences
    /// the magistrates decline).
    public var share: Double
    /// Days from first appearance until the case is before the higher tier.
    public var delay: Distribution

    /// Creates the rule.
    public init(chargeClass: Int, toTier: Int, share: Double, delay: Distribution) {
        self.chargeClass = chargeClass
        self.toTier = toTier
        self.share = share
        self.delay = delay
    }
}
