import PolicyKit
import SimKernel

extension PretrialProcess {
    /// Schedules the case's next court date.
    mutating func scheduleCourtDate(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let occurrence = Int(cases[slot].courtDates)
        // Sampled where chosen: a copy of the distribution into a local costs more.
        let delay =
            tables.courtDatesByClass
            ? sample(tables.courtDateInterval[Int(cases[slot].chargeClass)], slot, .courtDateInterval, occurrence)
            : sample(courtDateInterval, slot, .courtDateInterval, occurrence)
        scheduler.schedule(.courtDate(reference(slot)), after: delay)
    }

    /// A court date: appearance, possible dismissal, possible plea offer; then another court
    /// date or the trial queue.
    mutating func courtDate(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let number = Int(cases[slot].courtDates) + 1
        cases[slot].courtDates = Int32(truncatingIfNeeded: number)
        // Always draw the same numbers in the same order, whatever happens, so the person's
        // luck at this court date is the same under every policy.
        let draws = luck(slot, .courtDate, number)
        let appearanceDraw = draws.uniform()
        let dismissalDraw = draws.uniform()
        let acceptanceDraw = draws.uniform()
        if !cases[slot].detained {
            let counted = cases[slot].counted
            if counted { counts(slot)[.courtDatesReleased] += 1 }
            if appearanceDraw < failureToAppearProbability(slot) {
                failToAppear(slot, draws, &scheduler)
                return
            }
        }
        let dismissal = dismissalVaries ? dismissalProbability(slot, courtDate: number) : dismissalPerCourtDate
        if dismissalDraw < dismissal {
            dispose(slot, .dismissed, .none, at: now)
            return
        }
        if hasDiversion && divertsAtCourtDate(slot, courtDate: number, at: now) { return }
        prepareDecisionLuck(slot, .pleaPolicy, number)
        let offered =
            hasPolicyTimeline
            ? policiesInForce(slot, at: now).plea.offer(defendant(slot, at: now), courtDate: number, random: policyLuck)
            : policies.plea.offer(defendant(slot, at: now), courtDate: number, random: policyLuck)
        if let offer = offered {
            guard accept(offer, slot, &scheduler) else { return }
            if pleads(slot, respondingToBacklog(offer), acceptanceDraw, at: now) { return }
        }
        let dates =
            tables.courtDatesByClass
            ? tables.courtDatesBeforeTrial[Int(cases[slot].chargeClass)] : courtDatesBeforeTrial
        if number < dates {
            scheduleCourtDate(slot, &scheduler)
        } else {
            joinTrialQueue(slot, &scheduler)
        }
    }

    /// The person fails to appear: counted, and a warrant arrest scheduled after a delay drawn
    /// from `draws` (the court date's luck). Out of line: most court dates do not take it.
    @inline(never)
    mutating func failToAppear(_ slot: Int, _ draws: RandomStream, _ scheduler: inout Scheduler<ModelEvent>) {
        auditFailureToAppear(slot)
        cases[slot].failuresToAppear += 1
        if cases[slot].counted { counts(slot)[.failuresToAppear] += 1 }
        let delay = warrantDelay.sample(draws)
        scheduler.schedule(.warrantArrest(reference(slot)), after: delay)
    }

    /// The probability of failing to appear at one court date while released.
    @inline(__always)
    func failureToAppearProbability(_ slot: Int) -> Double {
        let chargeClass = Int(cases[slot].chargeClass)
        let base =
            tables.failureToAppear[chargeClass] * (1 + tables.priorsEffect[chargeClass] * Double(cases[slot].priors))
        return min(1, base * (1 - cases[slot].ftaReduction))
    }

    /// The probability of accepting `offer` (see ``PleaAcceptance``).
    @inline(__always)
    func acceptanceProbability(_ slot: Int, _ offer: PleaOffer, at now: Double) -> Double {
        let model = plea
        let record = cases + slot
        var p = record.pointee.detained ? model.detained : model.released
        if pleaDependsOnTimeHeld {
            let served = record.pointee.detentionDays(at: now)
            p += model.perDetainedDay * min(served, model.detainedDaysCap)
            let sentenceClass = offer.reducedChargeClass ?? Int(record.pointee.chargeClass)
            let expectedSentence = tables.meanSentenceDays[sentenceClass]
            if served > 0 && (offer.timeServed || offer.sentenceShare * expectedSentence <= served) {
                p += model.timeServedBonus
            }
        }
        p += model.discountEffect * (1 - offer.sentenceShare)
        if record.pointee.hasCounsel { p -= model.counselEffect }
        if !record.pointee.guilty { p *= model.innocentFactor }
        return min(max(p, 0), 1)
    }

    /// Arrest on a warrant after a failure to appear: remand or release again, then a new
    /// court date.
    mutating func warrantArrest(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let draws = luck(slot, .warrant, Int(cases[slot].failuresToAppear))
        if draws.uniform() < configuration.behaviour.remandAfterFailureToAppear || bondsmanSurrenders(slot) {
            startCustody(slot, at: now, &scheduler)
        }
        scheduleCourtDate(slot, &scheduler)
    }
}
