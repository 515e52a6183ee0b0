import PretrialModel

/// How the targets of one role fared in a ``TargetCheck``.
public struct TargetTally: Sendable, Equatable {
    /// The role counted.
    public var role: Target.Role
    /// Targets of the role.
    public var total: Int
    /// Those the run has an estimate for.
    public var compared: Int
    /// Those within tolerance.
    public var withinTolerance: Int

    /// Creates a tally; see each property.
    public init(role: Target.Role, total: Int, compared: Int, withinTolerance: Int) {
        self.role = role
        self.total = total
        self.compared = compared
        self.withinTolerance = withinTolerance
    }
}
