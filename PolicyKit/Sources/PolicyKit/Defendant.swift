/// What a policy may know about a defendant and the current case at a decision.
///
/// Latent quantities (factual guilt, hazards of failure to appear and of new arrest) are
/// deliberately absent: no real decision maker observes them.
public struct Defendant: Sendable, Equatable {
    /// The person's index in arrival order within the replication.
    public var person: Int
    /// The person's group, an index into ``PopulationInfo/groups``.
    public var group: Int
    /// What the person can pay towards bail, in dollars.
    public var abilityToPay: Double
    /// The charge class, an index into ``PopulationInfo/chargeClasses``.
    public var chargeClass: Int
    /// Number of prior arrests on record (as recorded, so it carries any policing bias).
    public var priors: Int
    /// The age band, an index into ``PopulationInfo/ageBands``.
    public var ageBand: Int
    /// Whether the person is in custody now.
    public var isDetained: Bool
    /// Days spent in pre-trial custody on this case so far.
    public var daysDetained: Double
    /// Days since the arrest for this case.
    public var daysSinceArrest: Double
    /// The simulated day of the arrest (for oldest-first ordering).
    public var arrestDay: Double
    /// Whether a lawyer represented the person at first appearance.
    public var hasCounsel: Bool
    /// The risk score from the scenario's risk instrument, if it has one (0 = lowest risk,
    /// 1 = highest).
    public var riskScore: Double?
    /// Whether this case is a new arrest while released on an earlier case.
    public var isRearrest: Bool
    /// The person's latent risk factor: a standard-normal draw, fixed for the person, standing
    /// for what predicts offending beyond recorded priors, age and charge (what a long
    /// questionnaire such as COMPAS's tries to capture). The scenario's predicted outcome
    /// (`risk_outcome`) loads on it, and an instrument may read it with its own loading (how
    /// much it knows). 0 when the scenario has neither a risk instrument nor `risk_outcome`.
    public var riskFactor: Double

    /// Creates a defendant record.
    public init(
        person: Int, group: Int, abilityToPay: Double, chargeClass: Int, priors: Int, ageBand: Int,
        isDetained: Bool, daysDetained: Double, daysSinceArrest: Double, arrestDay: Double, hasCounsel: Bool,
        riskScore: Double?, isRearrest: Bool, riskFactor: Double = 0
    ) {
        self.person = person
        self.group = group
        self.abilityToPay = abilityToPay
        self.chargeClass = chargeClass
        self.priors = priors
        self.ageBand = ageBand
        self.isDetained = isDetained
        self.daysDetained = daysDetained
        self.daysSinceArrest = daysSinceArrest
        self.arrestDay = arrestDay
        self.hasCounsel = hasCounsel
        self.riskScore = riskScore
        self.isRearrest = isRearrest
        self.riskFactor = riskFactor
    }
}
