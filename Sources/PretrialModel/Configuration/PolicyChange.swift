import PolicyKit

/// A policy that comes into force at one decision point on a day of the run, replacing the
/// one before it (a policy timeline's entry after its first, which is the day-0 policy of
/// ``ModelConfiguration/policies``).
///
/// Which policy a case meets is the one in force on the date of the decision
/// (docs/ARCHITECTURE.md, "Policy timelines"): while the change phases in, the share of cases
/// under the new policy rises linearly from 0 on ``fromDay`` to 1 on ``fromDay`` +
/// ``phaseInDays``, and a case is under it when its own uniform draw
/// (``LuckPurpose/policyPhaseIn``) is below the share on the decision's date.
public struct PolicyChange: Sendable {
    /// The day (from the start of the run, above 0) the policy comes into force.
    public var fromDay: Double
    /// Days over which the share of cases under the new policy rises from 0 to 1; 0 for all
    /// cases at once.
    public var phaseInDays: Double
    /// The decision point that changes.
    public var decisionPoint: DecisionPoint
    /// The new policy, of ``decisionPoint``; nil to end the policy at an optional point (no
    /// bail review from that day, say).
    public var instance: PolicyInstance?
    /// The name of the module it was made from, if known (named in a ``PolicyDecisionError``).
    public var module: String?

    /// Creates a change to `instance`, at its own decision point.
    public init(fromDay: Double, phaseInDays: Double = 0, instance: PolicyInstance, module: String? = nil) {
        self.init(
            fromDay: fromDay, phaseInDays: phaseInDays, point: instance.decisionPoint, instance: instance,
            module: module)
    }

    /// Creates a change at `point`: to `instance` (which must serve `point`), or to no policy.
    public init(
        fromDay: Double, phaseInDays: Double = 0, point: DecisionPoint, instance: PolicyInstance?,
        module: String? = nil
    ) {
        precondition(instance.map { $0.decisionPoint == point } ?? true, "a policy change must serve its point")
        self.fromDay = fromDay
        self.phaseInDays = phaseInDays
        self.decisionPoint = point
        self.instance = instance
        self.module = module
    }

    /// The share of cases under the new policy on `day`: 0 before ``fromDay``, rising
    /// linearly to 1 over ``phaseInDays``.
    public func share(on day: Double) -> Double {
        guard day >= fromDay else { return 0 }
        guard phaseInDays > 0 else { return 1 }
        return min(1, (day - fromDay) / phaseInDays)
    }
}
