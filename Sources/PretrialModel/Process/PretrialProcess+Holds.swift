import SimKernel

/// Holds: probation, parole or warrant holds placed at booking, which keep the person in jail
/// whatever the release decision on the case, until the hold ends (its duration, or the
/// disposition of the case it was placed with, whichever comes first).
extension PretrialProcess {
    /// At booking, a hold with probability `probability + per_prior × priors` (at most `max`).
    mutating func placeHold(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let holds = configuration.holds
        let chance = min(holds.maximum, holds.probability + holds.perPrior * Double(cases[slot].priors))
        guard luck(slot, .hold).uniform() < chance else { return }
        cases[slot].holdActive = true
        persons[personSlot(slot)].holds += 1
        if cases[slot].counted { counts(slot)[.holdsPlaced] += 1 }
        if let duration = holdDuration {
            scheduler.schedule(.holdEnd(reference(slot)), after: sample(duration, slot, .holdDuration))
        }
    }

    /// The hold placed at the case's booking ends; the person leaves jail if nothing else
    /// holds them.
    mutating func holdEnd(_ slot: Int, at now: Double) {
        guard cases[slot].holdActive else { return }
        cases[slot].holdActive = false
        let person = personSlot(slot)
        persons[person].holds -= 1
        if persons[person].inJail && !persons[person].requiresCustody { leaveJail(person, at: now) }
    }
}
