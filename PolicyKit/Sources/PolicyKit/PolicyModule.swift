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
    public init(
        name: String, decisionPoint: DecisionPoint, summary: String, description: String,
        parameters: [ParameterSpec],
        make: @escaping @Sendable (PolicyParameters, PopulationInfo) throws(PolicyParameterError) -> PolicyInstance
    ) {
        self.name = name
        self.decisionPoint = decisionPoint
        self.summary = summary
        self.description = description
        self.parameters = parameters
        self.make = make
    }

    /// Checks `given` against the parameter specifications, fills in defaults and builds the
    /// policy.
    /// - Throws: ``PolicyBuildError/parameter(_:)`` for a parameter the specifications or
    ///   ``make`` reject, and ``PolicyBuildError/wrongDecisionPoint(module:registered:built:)``
    ///   when ``make`` builds a policy for another decision point than the module's.
    public func instantiate(_ given: [String: ParameterValue], population: PopulationInfo) throws(PolicyBuildError)
        -> PolicyInstance
    {
        let instance: PolicyInstance
        do throws(PolicyParameterError) {
            instance = try make(try PolicyParameters(given, specs: self.parameters), population)
        } catch {
            throw .parameter(error)
        }
        guard instance.decisionPoint == decisionPoint else {
            throw .wrongDecisionPoint(module: name, registered: decisionPoint, built: instance.decisionPoint)
        }
        return instance
    }
}
