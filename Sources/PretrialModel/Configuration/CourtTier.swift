import PolicyKit
import SimKernel

/// One tier of the trial courts (``CourtProfile/tiers``): the lower court (magistrates',
/// misdemeanour) or the higher one (Crown Court, felony), with its own courtrooms, trial queue,
/// trial lengths, scheduling and custody time limit, trying the charge classes listed.
///
/// A case is tried in the tier of its charge class unless it is sent up (``SendingUp``).
public struct CourtTier: Sendable {
    /// The tier's name (e.g. `magistrates`, `crown_court`), as in the scenario.
    public var name: String
    /// The charge classes (indices into the population's) whose cases start in this tier.
    public var chargeClasses: [Int]
    /// Courtrooms that hold trials in this tier (servers of its trial queue).
    public var courtrooms: Int
    /// Length of a trial in this tier, in days.
    public var trialDuration: Distribution
    /// The order of this tier's trial queue; `nil` uses the scenario's `policies.scheduling`.
    public var scheduling: (any SchedulingPolicy)?
    /// The custody time limit of cases in this tier, replacing `policies.custody_limit` for them;
    /// `nil` leaves them to that policy (or to none).
    public var custodyLimit: TierCustodyLimit?
    /// Which of this tier's charge classes are sent up to a higher tier, how often and after
    /// what delay.
    public var sentUp: [SendingUp]

    /// Creates a tier.
    public init(
        name: String, chargeClasses: [Int], courtrooms: Int, trialDuration: Distribution,
        scheduling: (any SchedulingPolicy)? = nil, custodyLimit: TierCustodyLimit? = nil, sentUp: [SendingUp] = []
    ) {
        self.name = name
        self.chargeClasses = chargeClasses
        self.courtrooms = courtrooms
        self.trialDuration = trialDuration
        self.scheduling = scheduling
        self.custodyLimit = custodyLimit
        self.sentUp = sentUp
    }
}

/// A tier's custody time limit: days held before trial, and the terms on which the court
/// extends it on application (``PolicyKit/CustodyLimitExtension``; none: release at the limit).
public struct TierCustodyLimit: Sendable, Equatable {
    /// Days of custody before trial (counted across spells and across tiers on the same case).
    public var days: Double
    /// The terms of extension, or `nil`.
    public var extensionTerms: CustodyLimitExtension?

    /// Creates the limit.
    public init(days: Double, extensionTerms: CustodyLimitExtension? = nil) {
        self.days = days
        self.extensionTerms = extensionTerms
    }
}
