/// Decides at arrest whether to book the person or cite and release.
public protocol ArrestPolicy: Sendable {
    /// The decision for `defendant`.
    func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision
}

/// Decides whether a lawyer is present at first appearance, and what a lawyer there changes.
public protocol CounselPolicy: Sendable {
    /// Whether `defendant` has counsel at first appearance, and its effect on the release
    /// decision.
    func counsel(_ defendant: Defendant, random: any RandomSource) -> CounselOutcome
}

/// Scores a defendant's risk from observed attributes (priors, charge, age).
public protocol RiskInstrument: Sendable {
    /// A score in [0, 1]; higher means higher predicted risk.
    func score(_ defendant: Defendant, random: any RandomSource) -> Double
}

/// Decides release at first appearance.
public protocol ReleasePolicy: Sendable {
    /// The release decision for `defendant` (its ``Defendant/riskScore`` and
    /// ``Defendant/hasCounsel`` are set).
    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision
    /// The risk-score threshold at or above which this policy treats a person as high risk,
    /// or `nil` if it has none. The fairness figures count a score as flagged at this
    /// threshold unless the scenario sets `risk_outcome.threshold`. The default is `nil`.
    var riskThreshold: Double? { get }
}

extension ReleasePolicy {
    /// No threshold: the policy does not decide by a risk score.
    public var riskThreshold: Double? { nil }
}

/// Reviews the custody of people still held because they could not pay their bail, or held
/// without bail (remanded in custody): for them `bail` is `.infinity`.
public protocol BailReviewPolicy: Sendable {
    /// Days after first appearance when the review happens, or `nil` for no review (`bail` is
    /// `.infinity` for a person held without bail).
    func reviewDelay(_ defendant: Defendant, bail: Double) -> Double?
    /// The new decision at the review.
    func review(_ defendant: Defendant, bail: Double, random: any RandomSource) -> ReleaseDecision
}

/// Makes plea offers at court dates.
public protocol PleaPolicy: Sendable {
    /// The offer at a court date, or `nil` for none.
    /// - Parameter courtDate: 1 for the first court date after first appearance; 0 for an offer
    ///   at first appearance itself (arraignment), where the scenario's charge class makes one
    ///   (`first_appearance_plea_offer`).
    func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer?
}

/// Orders the trial queue.
public protocol SchedulingPolicy: Sendable {
    /// Whether the queue is ordered by ``priority(_:)`` (otherwise first come, first served).
    var usesPriority: Bool { get }
    /// The priority key when a case joins the queue; lower is tried first, and equal keys
    /// keep their order of arrival.
    func priority(_ defendant: Defendant) -> Double
}

/// Releases people held too long without trial.
public protocol CustodyLimitPolicy: Sendable {
    /// The most days `defendant` may be held before trial, or `nil` for no limit.
    func limitDays(_ defendant: Defendant) -> Double?
    /// Whether and how the limit may be extended on application when `defendant` reaches it;
    /// `nil` (the default) releases them at the limit (``CustodyLimitExtension``).
    func extensionTerms(_ defendant: Defendant) -> CustodyLimitExtension?
}

/// A charity that posts bail for people held because they cannot pay it (a bail fund).
///
/// The process calls ``round(_:context:state:)`` every ``roundDays`` days with everyone then
/// held on money bail they have not posted; the fund returns whom it pays for, and the process
/// posts their bail in cash and releases them. The fund keeps its budget in the
/// ``PolicyState`` the process passes it, one per replication.
public protocol BailFundPolicy: Sendable {
    /// Days between the fund's rounds (above 0).
    var roundDays: Double { get }
    /// The fund's state at the start of a replication.
    func initialState() -> PolicyState
    /// The indices into `candidates` of the people the fund posts bail for at this round
    /// (each at most once); it pays each one's whole ``BailFundCandidate/bail`` and records that
    /// in `state`.
    func round(_ candidates: [BailFundCandidate], context: DecisionContext, state: inout PolicyState) -> [Int]
}

/// Decides whether a person in police custody gets legal advice before the custody decision
/// (a lawyer at the police station: England & Wales, PACE 1984 s.58; EU Directive 2013/48/EU),
/// and says what advice changes.
///
/// The process asks it once per stay in police custody, with the person as at arrest; the
/// effects are the policy's, the same for everyone it advises.
public protocol StationCounselPolicy: Sendable {
    /// Whether `defendant` gets legal advice in police custody. Draw from `random` every time
    /// (not only in some branch), so that a person's luck is the same under every mode.
    func advises(_ defendant: Defendant, random: any RandomSource) -> Bool
    /// What advice changes for those advised.
    var effects: StationAdviceEffects { get }
}
