import PolicyKit

/// The policy at each decision point: one map from decision point to policy, and a typed
/// accessor for each point that the process reads.
///
/// The accessors are stored, not looked up in the map, so calling a policy on the hot path
/// costs what it cost when they were the set's only fields.
public struct PolicySet: Sendable {
    /// The set could not be made from the policies given.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// No policy for a point that every run needs (``DecisionPoint/alwaysHasPolicy``).
        case missing(DecisionPoint)
        /// The policy filed under `key` serves another decision point.
        case misfiled(key: DecisionPoint, serves: DecisionPoint)

        /// What is wrong.
        public var description: String {
            switch self {
            case .missing(let point): "no \(point.rawValue) policy: every run needs one"
            case .misfiled(let key, let serves): "a \(serves.rawValue) policy is given as the \(key.rawValue) policy"
            }
        }
    }

    /// Every policy, by the decision point it serves.
    public let instances: [DecisionPoint: PolicyInstance]
    /// The name of the module each policy was made from, where the maker of the set knows it
    /// (the scenario decoder does): a policy's decision that cannot be carried out is reported
    /// under this name (``PolicyDecisionError``), since a policy does not know its module.
    public let moduleNames: [DecisionPoint: String]
    /// Book or cite.
    public let arrest: any ArrestPolicy
    /// Counsel at first appearance.
    public let counsel: any CounselPolicy
    /// Risk instrument, if any policy uses a score.
    public let risk: (any RiskInstrument)?
    /// Release decision.
    public let release: any ReleasePolicy
    /// Bail review, if any.
    public let bailReview: (any BailReviewPolicy)?
    /// Plea offers.
    public let plea: any PleaPolicy
    /// Trial queue order.
    public let scheduling: any SchedulingPolicy
    /// Custody time limit, if any.
    public let custodyLimit: (any CustodyLimitPolicy)?
    /// Bail fund, if any.
    public let bailFund: (any BailFundPolicy)?
    /// Legal advice at the police station, if any (used only with ``ModelConfiguration/policeCustody``).
    public let stationCounsel: (any StationCounselPolicy)?

    /// Creates a policy set from the policy at each decision point, and the name of the module
    /// each was made from (where known).
    /// - Throws: ``Problem`` when a point every run needs has no policy, or a policy is filed
    ///   under another point than the one it serves.
    public init(_ instances: [DecisionPoint: PolicyInstance], moduleNames: [DecisionPoint: String] = [:])
        throws(Problem)
    {
        for point in DecisionPoint.allCases {
            guard let instance = instances[point] else {
                if point.alwaysHasPolicy { throw .missing(point) }
                continue
            }
            guard instance.decisionPoint == point else { throw .misfiled(key: point, serves: instance.decisionPoint) }
        }
        // Each cast holds: the instance at a point is the case of that point, checked above.
        func policy<P>(_ point: DecisionPoint, as _: P.Type) -> P? { instances[point].map { $0.policy as! P } }
        self.instances = instances
        self.moduleNames = moduleNames.filter { instances[$0.key] != nil }
        arrest = policy(.arrest, as: (any ArrestPolicy).self)!
        counsel = policy(.counsel, as: (any CounselPolicy).self)!
        risk = policy(.risk, as: (any RiskInstrument).self)
        release = policy(.release, as: (any ReleasePolicy).self)!
        bailReview = policy(.bailReview, as: (any BailReviewPolicy).self)
        plea = policy(.plea, as: (any PleaPolicy).self)!
        scheduling = policy(.scheduling, as: (any SchedulingPolicy).self)!
        custodyLimit = policy(.custodyLimit, as: (any CustodyLimitPolicy).self)
        bailFund = policy(.bailFund, as: (any BailFundPolicy).self)
        stationCounsel = policy(.stationCounsel, as: (any StationCounselPolicy).self)
    }

    /// The same set with `instance` (made from the module `module`, if known) at its decision
    /// point, in place of the policy there.
    public func replacing(with instance: PolicyInstance, module: String? = nil) -> PolicySet {
        var instances = self.instances
        instances[instance.decisionPoint] = instance
        var names = moduleNames
        names[instance.decisionPoint] = module
        // Adding or replacing a policy keeps every point filed correctly and filled.
        return try! PolicySet(instances, moduleNames: names)
    }

    /// The same set without a policy at `point` (an optional point: one every run needs keeps
    /// its policy, as a set without it could not be made).
    public func removing(_ point: DecisionPoint) -> PolicySet {
        guard !point.alwaysHasPolicy else { return self }
        var instances = self.instances
        instances[point] = nil
        return try! PolicySet(instances, moduleNames: moduleNames)
    }
}
