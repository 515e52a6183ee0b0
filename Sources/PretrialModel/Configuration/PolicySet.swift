import PolicyKit

/// The policy at each decision point, with the module names and parameters it came from.
public struct PolicySet: Sendable {
    /// Book or cite.
    public var arrest: any ArrestPolicy
    /// Counsel at first appearance.
    public var counsel: any CounselPolicy
    /// Risk instrument, if any policy uses a score.
    public var risk: (any RiskInstrument)?
    /// Release decision.
    public var release: any ReleasePolicy
    /// Bail review, if any.
    public var bailReview: (any BailReviewPolicy)?
    /// Plea offers.
    public var plea: any PleaPolicy
    /// Trial queue order.
    public var scheduling: any SchedulingPolicy
    /// Custody time limit, if any.
    public var custodyLimit: (any CustodyLimitPolicy)?

    /// Creates a policy set.
    public init(arrest: any ArrestPolicy, counsel: any CounselPolicy, risk: (any RiskInstrument)?,
                release: any ReleasePolicy, bailReview: (any BailReviewPolicy)?, plea: any PleaPolicy,
                scheduling: any SchedulingPolicy, custodyLimit: (any CustodyLimitPolicy)?) {
        self.arrest = arrest
        self.counsel = counsel
        self.risk = risk
        self.release = release
        self.bailReview = bailReview
        self.plea = plea
        self.scheduling = scheduling
        self.custodyLimit = custodyLimit
    }
}
