import PolicyKit

/// A scenario's release policy made harsher or more lenient by a set fraction *f*: the
/// judge-leniency analogue of `pretrial experiment leniency` (a decorator: the scenario's own
/// policy decides first, then its decision is transformed).
///
/// - **Harsher**: money bail amounts × (1 + *f*); recognizance and non-monetary conditions
///   become money bail of ``convertedBail`` dollars for a share *f* of the people given them.
/// - **More lenient**: money bail amounts × (1 − *f*), and a share *f* of the people given
///   money bail are released on recognizance instead.
/// - An unsecured bond (nothing paid unless the person fails to appear) moves between the
///   two: harsher, its amount × (1 + *f*) and for a share *f* money bail of that amount to be
///   paid up front; more lenient, its amount × (1 − *f*) and for a share *f* recognizance.
/// - Detention without bail is left as it is in both directions (it is a hearing's decision,
///   not a judge's severity about bail).
///
/// Which people are converted is decided by one uniform draw from the decision's own luck,
/// taken after the scenario's policy has drawn: the same draw for the same person in both arms
/// (common random numbers), so the harsher arm converts exactly those with draw < *f* among
/// people released without money, and the lenient arm those with draw < *f* among people
/// given money bail. Every case of ``ReleaseDecision`` is handled by name, so a new kind of
/// decision must be given its transformation here before the code compiles.
public struct SeverityShiftedRelease: ReleasePolicy {
    /// Which way the decisions move.
    public enum Direction: String, Sendable, CaseIterable {
        /// More money bail, higher amounts.
        case harsher
        /// Less money bail, lower amounts.
        case lenient
    }

    /// The scenario's release policy.
    public let base: any ReleasePolicy
    /// Which way decisions move.
    public let direction: Direction
    /// The fraction *f*, in (0, 1).
    public let shift: Double
    /// The money bail, in dollars, set in the harsher arm for people the scenario's policy
    /// released without money.
    public let convertedBail: Double

    /// Wraps `base`.
    public init(_ base: any ReleasePolicy, direction: Direction, shift: Double, convertedBail: Double) {
        self.base = base
        self.direction = direction
        self.shift = shift
        self.convertedBail = convertedBail
    }

    /// The scenario's decision, transformed (see the type's documentation).
    public func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        let decision = base.decide(defendant, random: random)
        let converted = random.uniform() < shift
        return transformed(decision, converted: converted)
    }

    /// `decision` moved in ``direction``; `converted` says whether this person is in the
    /// share *f* whose kind of decision changes.
    public func transformed(_ decision: ReleaseDecision, converted: Bool) -> ReleaseDecision {
        switch (decision, direction) {
        case (.recognizance, .harsher), (.conditions, .harsher):
            converted ? .moneyBail(amount: convertedBail) : decision
        case (.recognizance, .lenient), (.conditions, .lenient):
            decision
        case (.moneyBail(let amount), .harsher):
            .moneyBail(amount: amount * (1 + shift))
        case (.moneyBail(let amount), .lenient):
            converted ? .recognizance : .moneyBail(amount: amount * (1 - shift))
        case (.unsecuredBond(let amount), .harsher):
            converted ? .moneyBail(amount: amount) : .unsecuredBond(amount: amount * (1 + shift))
        case (.unsecuredBond(let amount), .lenient):
            converted ? .recognizance : .unsecuredBond(amount: amount * (1 - shift))
        case (.detain, _):
            decision
        }
    }
}
