import PolicyKit
import PretrialModel

/// A causal experiment built into the tool: two arms of one scenario variant that differ only
/// in how many people are detained, run with the same seed (common random numbers), so that
/// the difference between the arms is detention's effect as a study of judge leniency or of
/// random assignment would measure it.
public enum CausalDesign: Sendable, Equatable {
    /// The scenario's release policy made harsher and more lenient by `shift`
    /// (``SeverityShiftedRelease``), `convertedBail` the money bail set in the harsher arm for
    /// people the policy released without money.
    case leniency(shift: Double, convertedBail: Double)
    /// Everyone booked, then everyone released on recognizance at first appearance, against
    /// everyone held without bail to disposition (any custody time limit removed). Holds
    /// (probation, parole, warrants) are the scenario's in both arms: a person with a hold stays
    /// in jail in the released arm too, which the first stage shows.
    case detention

    /// The command's name for the design.
    public var name: String {
        switch self {
        case .leniency: "leniency"
        case .detention: "detention"
        }
    }

    /// The two arms made from `configuration`: the arm with more detention first.
    public func arms(of configuration: ModelConfiguration) -> [ReplicationPlan.Variant] {
        switch self {
        case .leniency(let shift, let convertedBail):
            return SeverityShiftedRelease.Direction.allCases.map { direction in
                let shifted = SeverityShiftedRelease(
                    configuration.policies.release, direction: direction, shift: shift, convertedBail: convertedBail)
                var arm = configuration
                arm.policies = configuration.policies.replacing(with: .release(shifted))
                let percent = "\(Int((shift * 100).rounded()))%"
                let description =
                    direction == .harsher
                    ? "money bail × \(1 + shift); \(percent) of recognizance and conditions become money bail"
                    : "money bail × \(1 - shift); \(percent) of money bail becomes recognizance"
                return ReplicationPlan.Variant(name: direction.rawValue, description: description, configuration: arm)
            }
        case .detention:
            var booked = configuration
            booked.policies = configuration.policies.replacing(with: .arrest(BookEveryone()))
            var held = booked
            var instances = held.policies.instances
            instances[.release] = .release(UniformRelease(.detain))
            instances[.custodyLimit] = nil
            // The set keeps every point it had, filed where it was: it cannot fail.
            held.policies = try! PolicySet(instances, moduleNames: booked.policies.moduleNames)
            var released = booked
            released.policies = booked.policies.replacing(with: .release(UniformRelease(.recognizance)))
            return [
                .init(
                    name: "held", description: "everyone booked and held without bail to disposition",
                    configuration: held),
                .init(
                    name: "released", description: "everyone booked and released on recognizance at first appearance",
                    configuration: released),
            ]
        }
    }
}
