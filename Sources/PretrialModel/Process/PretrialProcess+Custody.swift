import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case requires custody from `now` (booking, revocation, remand): its person enters
    /// jail unless already there.
    mutating func startCustody(_ slot: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        guard !cases[slot].requiresCustody else { return }
        cases[slot].requiresCustody = true
        cases[slot].epoch &+= 1
        if custodyIsPerCase {
            if !cases[slot].detained { enterJail(onlyCase: slot, at: now) }
        } else {
            let person = personSlot(slot)
            persons[person].casesHeld += 1
            if !persons[person].inJail { enterJail(person, at: now) }
        }
        if hasCustodyLimit, let limit = custodyLimitDays(slot, at: now) {
            guard accept(custodyLimit: limit, slot, &scheduler) else { return }
            let remaining = max(0, limit - cases[slot].detentionDays(at: now))
            scheduler.schedule(.custodyLimit(reference(slot), epoch: cases[slot].epoch), after: remaining)
        }
    }

    /// The case no longer requires custody at `now` (the case goes on); its person leaves
    /// jail if nothing else (another case, a hold) holds them.
    @inline(__always)
    mutating func endCustody(_ slot: Int, at now: Double) {
        guard cases[slot].requiresCustody else { return }
        cases[slot].requiresCustody = false
        cases[slot].epoch &+= 1
        if custodyIsPerCase {
            if cases[slot].detained { leaveJail(onlyCase: slot, at: now) }
            return
        }
        let person = personSlot(slot)
        persons[person].casesHeld -= 1
        if persons[person].inJail && !persons[person].requiresCustody { leaveJail(person, at: now) }
    }

    /// Releases the person before trial on this case. They go free if nothing else holds
    /// them, and then the person's new-arrest hazard starts (at the end of the event). A case
    /// is counted as released once, when its person is first at liberty while it is open.
    mutating func becomeReleasedBeforeTrial(_ slot: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        endCustody(slot, at: now)
        if !cases[slot].detained && cases[slot].counted && !cases[slot].releaseCounted {
            cases[slot].releaseCounted = true
            counts(slot)[.releasedCases] += 1
        }
    }

    /// Schedules the person's next new arrest while at liberty, if the hazard is positive: one
    /// hazard per person, at the rate of their newest open case's charge class raised by its
    /// priors (the person's record as it now stands). Drawn afresh each time the person goes
    /// to liberty and after each new arrest.
    mutating func scheduleNewArrestHazard(person: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        let newest = Int(persons[person].newestCase)
        guard newest >= 0 else { return }
        let chargeClass = Int(cases[newest].chargeClass)
        let hazard =
            tables.newArrestPerDay[chargeClass] * (1 + tables.priorsEffect[chargeClass] * Double(cases[newest].priors))
        guard hazard > 0 else { return }
        let draw = Int(persons[person].hazardDraws)
        persons[person].hazardDraws += 1
        let delay = personLuck(person, .newArrest, draw).exponential(mean: 1 / hazard)
        let ref = PersonRef(slot: Int32(truncatingIfNeeded: person), serial: persons[person].serial)
        scheduler.schedule(.newArrest(ref, epoch: persons[person].epoch), after: delay)
    }

    /// The custody time limit expired while the case still held its person before trial.
    @inline(never)  // Rare; inlined into `handle`, it made every event save three more registers.
    mutating func custodyLimitReached(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard cases[slot].requiresCustody, !cases[slot].inTrial else { return }
        if custodyLimitHolds(slot, &scheduler) { return }
        if cases[slot].counted { counts(slot)[.custodyLimitReleases] += 1 }
        becomeReleasedBeforeTrial(slot, at: scheduler.now, &scheduler)
    }

    /// A person at liberty is arrested again: a new case for the same person, and on each of
    /// their open cases a new arrest while released, which may revoke release on it.
    mutating func newArrest(person: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        if auditing && persons[person].inJail { audit.newArrestsWhileHeld += 1 }
        let occurrence = Int(persons[person].newArrests)
        persons[person].newArrests += 1
        let newest = Int(persons[person].newestCase)
        if cases[newest].counted { counts(newest)[.newArrests] += 1 }
        let revocation = configuration.behaviour.revocationOnNewArrest
        var slot = newest
        while slot >= 0 {
            let next = Int(cases[slot].nextOfPerson)
            let caseOccurrence = Int(cases[slot].newArrestsWhileReleased)
            cases[slot].newArrestsWhileReleased += 1
            if revocation > 0 && luck(slot, .revocation, caseOccurrence).uniform() < revocation {
                startCustody(slot, at: now, &scheduler)
            }
            slot = next
        }
        let record = cases[newest]
        let draws = personLuck(person, .rearrestCase, occurrence)
        var attributes = PersonAttributes(
            group: Int(record.group), abilityToPay: record.abilityToPay, chargeClass: Int(record.chargeClass),
            priors: Int(record.priors) + 1, ageBand: Int(record.ageBand), guilty: false,
            luckSeed: StreamSeed.combine(
                persons[person].luckSeed, LuckPurpose.rearrestCase.rawValue, UInt64(occurrence) + 1_000))
        attributes.chargeClass = tables.chargeMix[attributes.group].pick(draws.uniform())
        attributes.guilty = draws.uniform() < tables.guiltProbability[attributes.chargeClass]
        openCase(person: person, attributes: attributes, isRearrest: true, at: now, &scheduler)
        if !persons[person].inJail { scheduleNewArrestHazard(person: person, at: now, &scheduler) }
    }
}
