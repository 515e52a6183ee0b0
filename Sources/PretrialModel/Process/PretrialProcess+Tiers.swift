import PolicyKit
import SimKernel

/// Court tiers (`courts.tiers`; docs/ARCHITECTURE.md, "Court tiers and sending up"): each tier's
/// own trial queue, trial lengths and scheduling, and cases sent up from a lower tier to a
/// higher one. Nothing here runs with one court: every caller tests ``hasTiers`` or
/// ``hasSendingUp`` first, and these functions stay out of line.
extension PretrialProcess {
    /// The tier the case is in now: the one it was sent up to, else its charge class's.
    @inline(__always)
    func tier(_ slot: Int) -> Int {
        let sent = Int(cases[slot].sentUpTier)
        return sent > 0 ? sent : courtTiers.tierOfClass[Int(cases[slot].chargeClass)]
    }

    /// Cases waiting for a courtroom in `tier` now (with one court, tier 0 is the court): what
    /// the daily series records as the trial backlog by tier (``ModelConfiguration/courtTierNames``).
    func trialBacklog(tier: Int) -> Int {
        hasTiers ? courtTiers.queues[tier].line.count : trialQueue.line.count
    }

    /// The case joins its tier's trial queue; its trial starts now if a courtroom there is free.
    @inline(never)
    mutating func joinTierTrialQueue(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        cases[slot].trialQueueJoined = now
        let tier = tier(slot)
        let priority =
            courtTiers.usesPriority[tier] ? courtTiers.scheduling[tier].priority(defendant(slot, at: now)) : 0
        guard accept(priority: priority, slot, &scheduler) else { return }
        if let ref = courtTiers.queues[tier].arrive(reference(slot), priority: priority, at: now) {
            startTrial(ref, &scheduler)
        }
    }

    /// A courtroom of the case's tier starts its trial, of that tier's length. A counted case's
    /// trial is counted overall and in its tier: the first tier is the lower court, any other
    /// the higher (the scenario decoder allows two).
    @inline(never)
    mutating func startTierTrial(_ ref: CaseRef, _ scheduler: inout Scheduler<ModelEvent>) {
        let slot = Int(ref.slot)
        let now = scheduler.now
        let tier = tier(slot)
        cases[slot].inTrial = true
        if cases[slot].counted {
            let wait = now - cases[slot].trialQueueJoined
            let lower = tier == 0
            counts(slot)[.tried] += 1
            counts(slot)[.trialWaitDays] += wait
            counts(slot)[lower ? .triedLowerCourt : .triedHigherCourt] += 1
            counts(slot)[lower ? .trialWaitDaysLowerCourt : .trialWaitDaysHigherCourt] += wait
        }
        let duration = sample(courtTiers.trialDurations[tier], slot, .trial)
        scheduler.schedule(.trialEnd(ref), after: duration)
    }

    /// The trial of the case in `slot` ends: its tier's courtroom takes that tier's next case.
    @inline(never)
    mutating func finishTierTrial(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        if let next = courtTiers.queues[tier(slot)].finishService(at: scheduler.now) {
            startTrial(next, &scheduler)
        }
    }

    /// At first appearance: whether the case is sent up to a higher tier (with its charge
    /// class's share); if so it has no court date until the sending takes effect after the
    /// class's delay (``sentUp(_:_:)``). Both draws are always made.
    @inline(never)
    mutating func sendsUp(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        let chargeClass = Int(cases[slot].chargeClass)
        let share = courtTiers.sendingShare[chargeClass]
        guard share > 0, let delay = courtTiers.sendingDelay[chargeClass] else { return false }
        let draws = luck(slot, .sendingUp)
        let sent = draws.uniform() < share
        let days = delay.constantValue ?? delay.sample(draws)
        guard sent else { return false }
        scheduler.schedule(.sentUp(reference(slot)), after: days)
        return true
    }

    /// The sending up takes effect: the case is now in the higher tier, whose custody time
    /// limit applies to it (days already held count against it), and its first court date
    /// there follows one court-date interval later.
    mutating func sentUp(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let held = hasCustodyLimit && cases[slot].requiresCustody
        // A custody limit event is pending for this spell if the lower tier had a limit; it
        // applies the higher tier's limit when it comes (custodyLimitHolds).
        let pending = held && custodyLimitDays(slot, at: now) != nil
        cases[slot].sentUpTier = UInt8(truncatingIfNeeded: courtTiers.sendingTarget[Int(cases[slot].chargeClass)])
        if cases[slot].counted { counts(slot)[.sentUp] += 1 }
        if held && !pending, let limit = custodyLimitDays(slot, at: now) {
            guard accept(custodyLimit: limit, slot, &scheduler) else { return }
            let remaining = max(0, limit - cases[slot].detentionDays(at: now))
            scheduler.schedule(.custodyLimit(reference(slot), epoch: cases[slot].epoch), after: remaining)
        }
        scheduleCourtDate(slot, &scheduler)
    }

    /// The end of the warm-up: each tier's backlog and the courtroom-days of trials so far.
    @inline(never)  // Once a run; kept out of `handle` (see ``custodyLimitReached(_:_:)``).
    mutating func markTiersAtWarmUpEnd(at now: Double) {
        var busy = 0.0
        for index in courtTiers.queues.indices {
            courtTiers.backlogAtWarmUpEnd[index] = Double(courtTiers.queues[index].line.count)
            busy += courtTiers.queues[index].busy.integral(until: now)
        }
        backlogAtWarmUpEnd = courtTiers.backlogAtWarmUpEnd.reduce(0, +)
        trialBusyAtWarmUpEnd = busy
    }

    /// The end of the arrest window: each tier's backlog, their total, and the utilisation of
    /// all courtrooms together.
    @inline(never)  // Once a run; kept out of `handle` (see ``custodyLimitReached(_:_:)``).
    mutating func markTiersAtWindowEnd(at now: Double) {
        var busy = 0.0
        var courtrooms = 0
        for index in courtTiers.queues.indices {
            courtTiers.backlogAtWindowEnd[index] = Double(courtTiers.queues[index].line.count)
            busy += courtTiers.queues[index].busy.integral(until: now)
            courtrooms += courtTiers.queues[index].servers
        }
        backlogAtWindowEnd = courtTiers.backlogAtWindowEnd.reduce(0, +)
        let courtroomDays = Double(courtrooms) * (now - warmUpDays)
        trialUtilisation = courtroomDays > 0 ? (busy - trialBusyAtWarmUpEnd) / courtroomDays : .nan
    }

    /// The lower and the higher court's backlog at the end of the warm-up and of the arrest
    /// window (the higher: every tier after the first), NaN without tiers.
    func tierBacklogs() -> (
        lowerAtWarmUpEnd: Double, lowerAtWindowEnd: Double, higherAtWarmUpEnd: Double,
        higherAtWindowEnd: Double
    ) {
        guard hasTiers else { return (.nan, .nan, .nan, .nan) }
        return (
            courtTiers.backlogAtWarmUpEnd[0], courtTiers.backlogAtWindowEnd[0],
            courtTiers.backlogAtWarmUpEnd.dropFirst().reduce(0, +),
            courtTiers.backlogAtWindowEnd.dropFirst().reduce(0, +)
        )
    }
}
