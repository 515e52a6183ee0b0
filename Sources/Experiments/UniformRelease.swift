import PolicyKit

/// The same release decision for everyone who reaches first appearance: the two arms of
/// `pretrial experiment detention` (everyone released on recognizance, or everyone held
/// without bail). The scenario's policy is not asked.
public struct UniformRelease: ReleasePolicy {
    /// The decision everyone gets.
    public let decision: ReleaseDecision

    /// Gives everyone `decision`.
    public init(_ decision: ReleaseDecision) {
        self.decision = decision
    }

    /// ``decision``, whoever the defendant.
    public func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision { decision }
}

/// Books everyone at arrest (no citations), so that everyone arrested reaches first
/// appearance and meets the arms of `pretrial experiment detention`.
public struct BookEveryone: ArrestPolicy {
    /// Creates the policy.
    public init() {}

    /// Always ``ArrestDecision/book``.
    public func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision { .book }
}
