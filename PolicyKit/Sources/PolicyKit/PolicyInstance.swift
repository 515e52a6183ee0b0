/// A policy made from a module and its parameters, ready to be called at its decision point.
public enum PolicyInstance: Sendable {
    /// An arrest policy.
    case arrest(any ArrestPolicy)
    /// A counsel policy.
    case counsel(any CounselPolicy)
    /// A risk instrument.
    case risk(any RiskInstrument)
    /// A release policy.
    case release(any ReleasePolicy)
    /// A bail review policy.
    case bailReview(any BailReviewPolicy)
    /// A plea policy.
    case plea(any PleaPolicy)
    /// A trial scheduling policy.
    case scheduling(any SchedulingPolicy)
    /// A custody time limit policy.
    case custodyLimit(any CustodyLimitPolicy)
    /// A bail fund.
    case bailFund(any BailFundPolicy)
    /// Legal advice at the police station.
    case stationCounsel(any StationCounselPolicy)

    /// The decision point the policy serves.
    public var decisionPoint: DecisionPoint {
        switch self {
        case .arrest: .arrest
        case .counsel: .counsel
        case .risk: .risk
        case .release: .release
        case .bailReview: .bailReview
        case .plea: .plea
        case .scheduling: .scheduling
        case .custodyLimit: .custodyLimit
        case .bailFund: .bailFund
        case .stationCounsel: .stationCounsel
        }
    }

    /// The policy itself; cast it to the protocol of its ``decisionPoint`` (e.g.
    /// `as? any ReleasePolicy`) to call it.
    public var policy: any Sendable {
        switch self {
        case .arrest(let policy): policy
        case .counsel(let policy): policy
        case .risk(let policy): policy
        case .release(let policy): policy
        case .bailReview(let policy): policy
        case .plea(let policy): policy
        case .scheduling(let policy): policy
        case .custodyLimit(let policy): policy
        case .bailFund(let policy): policy
        case .stationCounsel(let policy): policy
        }
    }
}
