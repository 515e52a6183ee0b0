/// A policy module could not build its policy.
public enum PolicyBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A parameter was missing, of the wrong type, out of range or unknown: the scenario's
    /// fault, reported at the parameter.
    case parameter(PolicyParameterError)
    /// The module built a policy for another decision point than the one it is registered
    /// for: a fault of the module (or of the plugin that ships it), not of the scenario.
    case wrongDecisionPoint(module: String, registered: DecisionPoint, built: DecisionPoint)

    /// What went wrong and whom to tell.
    public var description: String {
        switch self {
        case .parameter(let error):
            error.description
        case .wrongDecisionPoint(let module, let registered, let built):
            "policy module '\(module)' is registered for the \(registered.rawValue) decision point but built a "
                + "\(built.rawValue) policy; the module is faulty: its decisionPoint and the PolicyInstance case "
                + "its make returns must agree (tell the module's author)"
        }
    }
}
