import PolicyKit
import SimKernel

extension PretrialProcess {
    /// An arrest by the arrival process: draw the person, open the case, schedule the next
    /// arrest.
    mutating func arrest(_ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let attributes = PersonSampler.draw(tables, from: populationStream)
        // Without person slots (``custodyIsPerCase``), `person` is the person's number.
        let person = custodyIsPerCase ? personCount : admitPerson(number: personCount, luckSeed: attributes.luckSeed)
        openCase(person: person, attributes: attributes, isRearrest: false, at: now, &scheduler)
        personCount += 1
        if let next = nextArrestTime(after: now) {
            scheduler.schedule(.arrest, at: next)
        }
    }

    /// The time of the next arrest in the arrest window, by thinning when the rate varies
    /// (Lewis & Shedler 1979).
    func nextArrestTime(after now: Double) -> Double? {
        let window = arrestWindowDays
        var time = now
        if !arrestsModulated {
            time += arrivalStream.exponential(mean: 1 / arrestRatePerDay)
            return time < window ? time : nil
        }
        let peak = arrestPeakRate
        while true {
            time += arrivalStream.exponential(mean: 1 / peak)
            if time >= window { return nil }
            if arrivalStream.uniform() * peak <= configuration.arrests.rate(at: time) { return time }
        }
    }

    /// Opens a case for an arrested person (in slot `person` of ``persons``, or the person's
    /// number when ``custodyIsPerCase``) and applies the arrest policy; a booking may bring a
    /// hold.
    mutating func openCase(
        person: Int, attributes: PersonAttributes, isRearrest: Bool, at now: Double,
        _ scheduler: inout Scheduler<ModelEvent>
    ) {
        let slot = allocateSlot()
        // Filled in place (a record is a few cache lines: a copy costs more than the stores).
        let record = cases + slot
        record.pointee.isOpen = true
        record.pointee.person = custodyIsPerCase ? person : persons[person].number
        record.pointee.luckSeed = attributes.luckSeed
        record.pointee.group = Int32(truncatingIfNeeded: attributes.group)
        record.pointee.chargeClass = Int32(truncatingIfNeeded: attributes.chargeClass)
        record.pointee.cell = Int32(
            truncatingIfNeeded: tables.combination(
                group: attributes.group, chargeClass: attributes.chargeClass, abilityToPay: attributes.abilityToPay))
        record.pointee.ageBand = Int32(truncatingIfNeeded: attributes.ageBand)
        record.pointee.priors = Int32(truncatingIfNeeded: attributes.priors)
        record.pointee.abilityToPay = attributes.abilityToPay
        record.pointee.guilty = attributes.guilty
        record.pointee.isRearrest = isRearrest
        let counted = now >= warmUpDays
        record.pointee.counted = counted
        record.pointee.arrestTime = now
        if !custodyIsPerCase { attach(slot, toPerson: person, at: now) }
        if drawsRiskFacts { drawRiskFacts(slot, person: person, attributes: attributes, isRearrest: isRearrest) }
        if openCases > openCaseLimit { scheduler.requestStop() }
        if counted { counts(slot)[.arrests] += 1 }

        prepareDecisionLuck(slot, .arrestPolicy)
        let booking =
            hasPolicyTimeline
            ? policiesInForce(slot, at: now).arrest.decide(defendant(slot, at: now), random: policyLuck)
            : policies.arrest.decide(defendant(slot, at: now), random: policyLuck)
        switch booking {
        case .book:
            if counted { counts(slot)[.booked] += 1 }
            startCustody(slot, at: now, &scheduler)
            if hasHolds { placeHold(slot, &scheduler) }
            // With police custody, the custody decision comes first (and the first appearance
            // at once if the person is charged and held).
            if hasPoliceCustody {
                enterPoliceCustody(slot, &scheduler)
            } else {
                let delay = sample(firstAppearanceDelay, slot, .firstAppearanceDelay)
                scheduler.schedule(.firstAppearance(reference(slot)), after: delay)
            }
        case .citeAndRelease:
            if counted { counts(slot)[.cited] += 1 }
            becomeReleasedBeforeTrial(slot, at: now, &scheduler)
            // A person new to the system starts at liberty; a re-arrested one's hazard is
            // drawn again after the new arrest (``newArrest(person:_:)``). Without person
            // slots there is no hazard (``custodyIsPerCase``).
            if !custodyIsPerCase && !isRearrest && !persons[person].inJail {
                scheduleNewArrestHazard(person: person, at: now, &scheduler)
            }
            scheduleCourtDate(slot, &scheduler)
        }
    }

    /// A free slot for a new case, holding a fresh ``CaseRecord`` (the caller fills it in),
    /// reusing those of ended cases (whose serial numbers go up, so that their pending events
    /// go stale).
    mutating func allocateSlot() -> Int {
        openCases += 1
        if auditing { audit.casesOpened += 1 }
        if freeHead >= 0 {
            let index = freeHead
            freeHead = cases[index].nextFree
            let serial = cases[index].serial &+ 1
            cases[index] = CaseRecord()
            cases[index].serial = serial
            return index
        }
        let index = slab.append(CaseRecord())
        cases = slab.base
        return index
    }
}
