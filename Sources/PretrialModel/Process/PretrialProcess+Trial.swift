import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case joins the trial queue; its trial starts now if a courtroom is free.
    mutating func joinTrialQueue(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        if hasTiers {
            joinTierTrialQueue(slot, &scheduler)
            return
        }
        let now = scheduler.now
        cases[slot].trialQueueJoined = now
        let priority =
            !schedulingUsesPriority
            ? 0
            : hasPolicyTimeline
                ? policiesInForce(slot, at: now).scheduling.priority(defendant(slot, at: now))
                : policies.scheduling.priority(defendant(slot, at: now))
        guard accept(priority: priority, slot, &scheduler) else { return }
        if let ref = trialQueue.arrive(reference(slot), priority: priority, at: now) {
            startTrial(ref, &scheduler)
        }
    }

    /// A courtroom starts the trial of `ref`.
    mutating func startTrial(_ ref: CaseRef, _ scheduler: inout Scheduler<ModelEvent>) {
        if hasTiers {
            startTierTrial(ref, &scheduler)
            return
        }
        let slot = Int(ref.slot)
        let now = scheduler.now
        cases[slot].inTrial = true
        if cases[slot].counted {
            let wait = now - cases[slot].trialQueueJoined
            counts(slot)[.tried] += 1
            counts(slot)[.trialWaitDays] += wait
        }
        let duration = sample(trialDuration, slot, .trial)
        scheduler.schedule(.trialEnd(ref), after: duration)
    }

    /// A trial ends with a verdict; the courtroom takes the next case.
    mutating func trialEnd(_ ref: CaseRef, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let slot = Int(ref.slot)
        if hasTiers {
            finishTierTrial(slot, &scheduler)
        } else if let next = trialQueue.finishService(at: now) {
            startTrial(next, &scheduler)
        }
        let p = cases[slot].guilty ? configuration.courts.convictionIfGuilty : configuration.courts.convictionIfInnocent
        let convicted = luck(slot, .trial, 1).uniform() < p
        let terms = convicted ? SentenceTerms(share: 1, chargeClass: cases[slot].chargeClass) : .none
        dispose(slot, convicted ? .convictedAtTrial : .acquitted, terms, at: now)
    }
}
