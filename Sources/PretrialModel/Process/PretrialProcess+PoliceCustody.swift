import PolicyKit
import SimKernel

/// Police custody before first appearance and the lawyer at the station (`police_custody`,
/// `policies.station_counsel`; docs/ARCHITECTURE.md, "Police custody and the station lawyer").
/// Reached only behind ``PretrialProcess/hasPoliceCustody``, so a scenario without the section
/// pays one branch at a booking.
///
/// Every draw comes from the case's own luck, by purpose (85–88), and is made whatever the
/// outcome: the hours and the extension (``LuckPurpose/policeCustodyHours``), the policy's
/// advice (``LuckPurpose/stationCounselPolicy``), the decision, the lapse and the investigation's
/// length (``LuckPurpose/custodyDecision``). A person therefore meets every station counsel
/// policy with the same luck: with advice or without, the same uniform decides their custody.
extension PretrialProcess {
    /// A booked person enters police custody (custody has started): the station counsel policy
    /// decides on advice, and the custody decision is scheduled after the hours held.
    @inline(never)
    mutating func enterPoliceCustody(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard let custody = configuration.policeCustody else { return }
        let draws = luck(slot, .policeCustodyHours)
        let drawn = custody.hours.sample(draws)
        let extended = draws.uniform() < custody.extensionProbability
        let hours = custody.heldHours(drawn: drawn, extended: extended)
        if let policy = policies.stationCounsel {
            prepareDecisionLuck(slot, .stationCounselPolicy)
            cases[slot].advisedAtStation = policy.advises(defendant(slot, at: scheduler.now), random: policyLuck)
        }
        if cases[slot].counted {
            let block = counts(slot)
            block[.policeCustodies] += 1
            block[.policeCustodyHours] += hours
            if hours > 24 { block[.policeCustodiesPast24Hours] += 1 }
            if cases[slot].advisedAtStation { block[.stationAdvice] += 1 }
        }
        scheduler.schedule(.policeCustodyEnd(reference(slot)), after: hours / 24)
    }

    /// The custody decision at the end of police custody: release without charge (the case
    /// ends, no court case), release under investigation (the person goes to liberty; the case is
    /// charged later or lapses), or charge and hold for court (first appearance now).
    mutating func policeCustodyEnd(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard let custody = configuration.policeCustody else { return }
        let now = scheduler.now
        let draws = luck(slot, .custodyDecision)
        let decision = draws.uniform()
        _ = draws.uniform()  // the lapse (``investigationEnd(_:_:)``)
        let investigation = custody.investigationDays.map { $0.sample(draws) } ?? 0
        let shift = cases[slot].advisedAtStation ? stationAdvice.releaseWithoutChargeShift : 0
        let withoutCharge = min(max(custody.releasedWithoutCharge + shift, 0), 1)
        let counted = cases[slot].counted
        if decision < withoutCharge {
            if counted { counts(slot)[.releasedWithoutCharge] += 1 }
            endWithoutCharge(slot, at: now)
        } else if decision < withoutCharge + custody.releasedUnderInvestigation {
            if counted { counts(slot)[.releasedUnderInvestigation] += 1 }
            cases[slot].underInvestigation = true
            becomeReleasedBeforeTrial(slot, at: now, &scheduler)
            // Leaving jail starts the person's new-arrest hazard (``startLiberty(_:)``). The
            // lapse was drawn above and is drawn again, the same, when the investigation ends.
            scheduler.schedule(.investigationEnd(reference(slot)), after: max(0, investigation))
        } else {
            if counted { counts(slot)[.chargedAndHeld] += 1 }
            firstAppearance(slot, &scheduler)
        }
    }

    /// The investigation of a case released under investigation ends: it lapses (the case ends
    /// without a charge) or it is charged, and its court dates begin with the person at liberty
    /// (summoned, as after a citation).
    mutating func investigationEnd(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard cases[slot].underInvestigation, let custody = configuration.policeCustody else { return }
        cases[slot].underInvestigation = false
        let draws = luck(slot, .custodyDecision)
        _ = draws.uniform()  // the decision
        if draws.uniform() < custody.investigationLapses {
            if cases[slot].counted { counts(slot)[.investigationsLapsed] += 1 }
            endWithoutCharge(slot, at: scheduler.now)
            return
        }
        scheduleCourtDate(slot, &scheduler)
    }

    /// The case ends without a charge: no court case. Its custody ends and its detention (the
    /// hours in police custody) is recorded like any case's, but it is not counted as disposed:
    /// arrests = disposed + released without charge + lapsed + open at the end.
    mutating func endWithoutCharge(_ slot: Int, at now: Double) {
        if custodyIsPerCase { releaseCase(slot, at: now) } else { releaseFromCase(slot, at: now) }
        if cases[slot].counted {
            let days = cases[slot].completedDetentionDays
            recordDetention(slot, days, dispositionCounts(slot, held: false))
        }
        cases[slot].isOpen = false
        cases[slot].nextFree = freeHead
        freeHead = slot
        openCases -= 1
    }

    /// An advised person whom the first-appearance decision would hold (money bail or
    /// detention) is released on recognizance instead, with
    /// ``StationAdviceEffects/firstAppearanceReleaseShift`` (the case's own luck).
    @inline(never)
    func adviceAtFirstAppearance(_ decision: ReleaseDecision, _ slot: Int) -> ReleaseDecision {
        switch decision {
        case .moneyBail, .detain:
            return luck(slot, .stationAdviceRelease).uniform() < stationAdvice.firstAppearanceReleaseShift
                ? .recognizance : decision
        case .recognizance, .unsecuredBond, .conditions:
            return decision
        }
    }
}
