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
        }
    }
}

/// A named, documented policy for one decision point: the unit a scenario file refers to
/// and a plugin registers.
public struct PolicyModule: Sendable {
    /// The name scenario files use, in kebab-case (e.g. `cash-bail-schedule`).
    public var name: String
    /// The decision point it serves.
    public var decisionPoint: DecisionPoint
    /// One line for listings.
    public var summary: String
    /// One paragraph: what it does and the law, rule or study it follows.
    public var description: String
    /// The parameters it accepts.
    public var parameters: [ParameterSpec]
    /// Builds the policy from checked parameters and the scenario's names.
    public var make: @Sendable (PolicyParameters, PopulationInfo) throws(PolicyParameterError) -> PolicyInstance

    /// Creates a module.
    public init(name: String, decisionPoint: DecisionPoint, summary: String, description: String,
                parameters: [ParameterSpec],
                make: @escaping @Sendable (PolicyParameters, PopulationInfo) throws(PolicyParameterError) -> PolicyInstance) {
        self.name = name
        self.decisionPoint = decisionPoint
        self.summary = summary
        self.description = description
        self.parameters = parameters
        self.make = make
    }

    /// Checks `given` against the parameter specifications, fills in defaults and builds the
    /// policy.
    public func instantiate(_ given: [String: ParameterValue], population: PopulationInfo) throws(PolicyParameterError) -> PolicyInstance {
        let parameters = try PolicyParameters(given, specs: self.parameters)
        let instance = try make(parameters, population)
        precondition(instance.decisionPoint == decisionPoint,
                     "module \(name) built a \(instance.decisionPoint) policy but is registered for \(decisionPoint)")
        return instance
    }
}
