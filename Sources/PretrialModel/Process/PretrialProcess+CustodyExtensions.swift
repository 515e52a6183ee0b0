import PolicyKit
import SimKernel

/// The custody time limit of a case where it stands (its tier's, else the custody limit
/// policy's) and its extension on application (docs/ARCHITECTURE.md, "Custody time limits").
extension PretrialProcess {
    /// The days the case may be held before trial now: the limit of its tier (if the tier has
    /// one) or of the custody limit policy, plus the extensions granted on it; `nil` for none.
    @inline(__always)
    func custodyLimitDays(_ slot: Int, at now: Double) -> Double? {
        let granted = Double(cases[slot].custodyExtensions)
        if hasTiers, let rule = courtTiers.custodyLimits[tier(slot)] {
            return rule.days + granted * (rule.extensionTerms?.days ?? 0)
        }
        guard let policy = custodyLimitPolicy(slot, at: now) else { return nil }
        let defendant = defendant(slot, at: now)
        guard let days = policy.limitDays(defendant) else { return nil }
        return granted == 0 ? days : days + granted * (policy.extensionTerms(defendant)?.days ?? 0)
    }

    /// The terms on which the case's limit may be extended now, `nil` for none.
    func custodyExtensionTerms(_ slot: Int, at now: Double) -> CustodyLimitExtension? {
        if hasTiers, let rule = courtTiers.custodyLimits[tier(slot)] { return rule.extensionTerms }
        return custodyLimitPolicy(slot, at: now)?.extensionTerms(defendant(slot, at: now))
    }

    /// The custody-limit policy in force for the case on `now` (the timeline's, if any).
    @inline(__always)
    func custodyLimitPolicy(_ slot: Int, at now: Double) -> (any CustodyLimitPolicy)? {
        hasPolicyTimeline ? policiesInForce(slot, at: now).custodyLimit : policies.custodyLimit
    }

    /// A custody limit event came for a person still held before trial: whether they stay held.
    ///
    /// They stay if the limit where the case now stands is not yet reached (it was sent up to
    /// a tier with a longer one: the event moves to it), if there is no limit there any more,
    /// or if the prosecution applies for an extension (fewer than the maximum granted) and it
    /// is granted; then the next event comes when the extension runs out. The draw is made at
    /// every application, from the case's own luck for the extension's number.
    mutating func custodyLimitHolds(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        let now = scheduler.now
        guard let limit = custodyLimitDays(slot, at: now) else { return true }
        let held = cases[slot].detentionDays(at: now)
        if held < limit - Self.limitTolerance {
            scheduler.schedule(.custodyLimit(reference(slot), epoch: cases[slot].epoch), after: limit - held)
            return true
        }
        let granted = Int(cases[slot].custodyExtensions)
        guard let terms = custodyExtensionTerms(slot, at: now), granted < terms.maximumExtensions, granted < 255
        else { return false }
        let counted = cases[slot].counted
        if counted { counts(slot)[.custodyLimitApplications] += 1 }
        guard luck(slot, .custodyLimitExtension, granted).uniform() < terms.grantProbability else { return false }
        cases[slot].custodyExtensions = UInt8(granted + 1)
        if counted {
            counts(slot)[.custodyLimitExtensions] += 1
            if granted == 0 { counts(slot)[.heldPastOriginalCustodyLimit] += 1 }
        }
        scheduler.schedule(.custodyLimit(reference(slot), epoch: cases[slot].epoch), after: terms.days)
        return true
    }

    /// Days by which a limit may seem not reached at its own event (rounding of the times).
    static var limitTolerance: Double { 1e-6 }
}
