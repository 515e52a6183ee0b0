import PolicyKit
import SimKernel

extension PretrialProcess {
    /// Schedules the case's next court date.
    mutating func scheduleCourtDate(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        // Read into locals first: passing `cases[slot]` into a method of `self` made the
        // compiler copy the whole process (measured with callgrind).
        let occurrence = cases[slot].courtDates
        let interval = configuration.process.courtDateInterval
        let delay = sample(interval, slot, .courtDateInterval, occurrence)
        let ref = reference(slot)
        scheduler.schedule(.courtDate(ref), after: delay)
    }

    /// A court date: appearance, possible dismissal, possible plea offer; then another court
    /// date or the trial queue.
    mutating func courtDate(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let number = cases[slot].courtDates + 1
        cases[slot].courtDates = number
        // Always draw the same numbers in the same order, whatever happens, so the person's
        // luck at this court date is the same under every policy.
        let draws = luck(slot, .courtDate, number)
        let appearanceDraw = draws.uniform()
        let dismissalDraw = draws.uniform()
        let acceptanceDraw = draws.uniform()
        let counted = cases[slot].counted

        if !cases[slot].detained {
            if counted { record(slot) { $0.courtDatesReleased += 1 } }
            if appearanceDraw < failureToAppearProbability(slot) {
                cases[slot].failuresToAppear += 1
                if counted { record(slot) { $0.failuresToAppear += 1 } }
                let delay = configuration.process.warrantDelay.sample(draws)
                scheduler.schedule(.warrantArrest(reference(slot)), after: delay)
                return
            }
        }
        if dismissalDraw < configuration.process.dismissalPerCourtDate {
            dispose(slot, .dismissed, sentenceShare: 0, at: now)
            return
        }
        if let offer = policies.plea.offer(defendant(slot, at: now), courtDate: number,
                                           random: decisionLuck(slot, .pleaPolicy, number)) {
            let detained = cases[slot].detained
            if counted { record(slot) { if detained { $0.offersDetained += 1 } else { $0.offersReleased += 1 } } }
            if acceptanceDraw < acceptanceProbability(slot, offer, at: now) {
                if counted { record(slot) { if detained { $0.pleasDetained += 1 } else { $0.pleasReleased += 1 } } }
                dispose(slot, .convictedByPlea, sentenceShare: offer.sentenceShare, at: now)
                return
            }
        }
        if number < configuration.process.courtDatesBeforeTrial {
            scheduleCourtDate(slot, &scheduler)
        } else {
            joinTrialQueue(slot, &scheduler)
        }
    }

    /// The probability of failing to appear at one court date while released.
    func failureToAppearProbability(_ slot: Int) -> Double {
        let chargeClass = cases[slot].chargeClass
        let base = tables.failureToAppear[chargeClass] * (1 + tables.priorsEffect[chargeClass] * Double(cases[slot].priors))
        return min(1, base * (1 - cases[slot].ftaReduction))
    }

    /// The probability of accepting `offer` (see ``PleaAcceptance``).
    func acceptanceProbability(_ slot: Int, _ offer: PleaOffer, at now: Double) -> Double {
        let model = configuration.behaviour.plea
        let record = cases[slot]
        let served = record.detentionDays(at: now)
        var p = record.detained ? model.detained : model.released
        p += model.perDetainedDay * min(served, model.detainedDaysCap)
        let expectedSentence = tables.meanSentenceDays[record.chargeClass]
        if served > 0 && offer.sentenceShare * expectedSentence <= served { p += model.timeServedBonus }
        p += model.discountEffect * (1 - offer.sentenceShare)
        if record.hasCounsel { p -= model.counselEffect }
        if !record.guilty { p *= model.innocentFactor }
        return min(max(p, 0), 1)
    }

    /// Arrest on a warrant after a failure to appear: remand or release again, then a new
    /// court date.
    mutating func warrantArrest(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let draws = luck(slot, .warrant, cases[slot].failuresToAppear)
        if draws.uniform() < configuration.behaviour.remandAfterFailureToAppear {
            startCustody(slot, at: now, &scheduler)
        }
        scheduleCourtDate(slot, &scheduler)
    }
}
