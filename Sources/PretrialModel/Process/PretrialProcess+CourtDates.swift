import PolicyKit
import SimKernel

extension PretrialProcess {
    /// Schedules the case's next court date.
    mutating func scheduleCourtDate(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let occurrence = Int(cases[slot].courtDates)
        let delay = sample(courtDateInterval, slot, .courtDateInterval, occurrence)
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
        let counted = cases[slot].counted

        if !cases[slot].detained {
            if counted { counts(slot)[.courtDatesReleased] += 1 }
            if appearanceDraw < failureToAppearProbability(slot) {
                auditFailureToAppear(slot)
                cases[slot].failuresToAppear += 1
                if counted { counts(slot)[.failuresToAppear] += 1 }
                let delay = warrantDelay.sample(draws)
                scheduler.schedule(.warrantArrest(reference(slot)), after: delay)
                return
            }
        }
        if dismissalDraw < dismissalPerCourtDate {
            dispose(slot, .dismissed, sentenceShare: 0, at: now)
            return
        }
        prepareDecisionLuck(slot, .pleaPolicy, number)
        if let offer = policies.plea.offer(defendant(slot, at: now), courtDate: number, random: policyLuck) {
            guard accept(offer, slot, &scheduler) else { return }
            let detained = cases[slot].detained
            if counted {
                if detained { counts(slot)[.offersDetained] += 1 } else { counts(slot)[.offersReleased] += 1 }
            }
            if acceptanceDraw < acceptanceProbability(slot, offer, at: now) {
                if counted {
                    if detained { counts(slot)[.pleasDetained] += 1 } else { counts(slot)[.pleasReleased] += 1 }
                }
                dispose(slot, .convictedByPlea, sentenceShare: offer.sentenceShare, at: now)
                return
            }
        }
        if number < courtDatesBeforeTrial {
            scheduleCourtDate(slot, &scheduler)
        } else {
            joinTrialQueue(slot, &scheduler)
        }
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
        let served = record.pointee.detentionDays(at: now)
        var p = record.pointee.detained ? model.detained : model.released
        p += model.perDetainedDay * min(served, model.detainedDaysCap)
        let expectedSentence = tables.meanSentenceDays[Int(record.pointee.chargeClass)]
        if served > 0 && offer.sentenceShare * expectedSentence <= served { p += model.timeServedBonus }
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
