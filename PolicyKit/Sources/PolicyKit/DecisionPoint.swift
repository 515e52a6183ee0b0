/// The decision points of the process, each with its own policy protocol.
public enum DecisionPoint: String, Sendable, CaseIterable, Codable {
    /// Book or cite at arrest: ``ArrestPolicy``.
    case arrest
    /// Counsel at first appearance: ``CounselPolicy``.
    case counsel
    /// Risk score used by other policies: ``RiskInstrument``.
    case risk
    /// Release decision at first appearance: ``ReleasePolicy``.
    case release
    /// Review of bail for those still held: ``BailReviewPolicy``.
    case bailReview = "bail_review"
    /// Plea offers at court dates: ``PleaPolicy``.
    case plea
    /// Order of the trial queue: ``SchedulingPolicy``.
    case scheduling
    /// Release of those held too long without trial: ``CustodyLimitPolicy``.
    case custodyLimit = "custody_limit"
    /// A charity posting bail for people held on it: ``BailFundPolicy``.
    case bailFund = "bail_fund"
    /// Legal advice for a person in police custody, before any charge: ``StationCounselPolicy``.
    case stationCounsel = "station_counsel"

    /// Whether a scenario must have a policy here, and where it comes from when the scenario
    /// names none.
    public enum Requirement: Sendable, Equatable {
        /// Every scenario names a module: no choice is neutral enough to be a default
        /// (release, plea).
        case required
        /// The process needs a policy; when a scenario names none, the registry's default
        /// module for the point is used (``PolicyRegistry/defaultModule(for:)``).
        case defaulted
        /// The process runs without one; left out or null, the point has no policy.
        case optional
    }

    /// What a scenario must give here.
    public var requirement: Requirement {
        switch self {
        case .release, .plea: .required
        case .arrest, .counsel, .scheduling: .defaulted
        case .risk, .bailReview, .custodyLimit, .bailFund, .stationCounsel: .optional
        }
    }

    /// Whether every run has a policy here (the point is not ``Requirement/optional``).
    public var alwaysHasPolicy: Bool { requirement != .optional }
}
