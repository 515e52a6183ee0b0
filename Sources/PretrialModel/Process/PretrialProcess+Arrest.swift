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
        var record = CaseRecord()
        record.isOpen = true
        record.person = custodyIsPerCase ? person : persons[person].number
        record.luckSeed = attributes.luckSeed
        record.group = Int32(truncatingIfNeeded: attributes.group)
        record.chargeClass = Int32(truncatingIfNeeded: attributes.chargeClass)
        record.cell = Int32(
            truncatingIfNeeded: tables.combination(
                group: attributes.group, chargeClass: attributes.chargeClass, abilityToPay: attributes.abilityToPay))
        record.ageBand = Int32(truncatingIfNeeded: attributes.ageBand)
        record.priors = Int32(truncatingIfNeeded: attributes.priors)
        record.abilityToPay = attributes.abilityToPay
        record.guilty = attributes.guilty
        record.isRearrest = isRearrest
        record.counted = now >= warmUpDays
        record.arrestTime = now
        let slot = allocateSlot(record)
        if !custodyIsPerCase { attach(slot, toPerson: person, at: now) }
        if openCases > openCaseLimit { scheduler.requestStop() }
        let counted = record.counted
        if counted { counts(slot)[.arrests] += 1 }

        prepareDecisionLuck(slot, .arrestPolicy)
        switch policies.arrest.decide(defendant(slot, at: now), random: policyLuck) {
        case .book:
            if counted { counts(slot)[.booked] += 1 }
            startCustody(slot, at: now, &scheduler)
            if hasHolds { placeHold(slot, &scheduler) }
            let delay = sample(firstAppearanceDelay, slot, .firstAppearanceDelay)
            scheduler.schedule(.firstAppearance(reference(slot)), after: delay)
        case .citeAndRelease:
            if counted { counts(slot)[.cited] += 1 }
            becomeReleasedBeforeTrial(slot, at: now, &scheduler)
            // A person new to the system starts at liberty; a re-arrested one's hazard is
            // drawn again after the new arrest (``newArrest(person:_:)``).
            if !custodyIsPerCase && !isRearrest && !persons[person].inJail { scheduleNewArrestHazard(person: person, at: now, &scheduler) }
            scheduleCourtDate(slot, &scheduler)
        }
    }

    /// A free slot for a new case holding `record`, reusing those of ended cases (whose
    /// serial numbers go up, so that their pending events go stale).
    mutating func allocateSlot(_ record: CaseRecord) -> Int {
        openCases += 1
        if auditing { audit.casesOpened += 1 }
        if freeHead >= 0 {
            let index = freeHead
            freeHead = cases[index].nextFree
            var fresh = record
            fresh.serial = cases[index].serial &+ 1
            cases[index] = fresh
            return index
        }
        let index = slab.append(record)
        cases = slab.base
        return index
    }
}
