import PolicyKit
import SimKernel

extension PretrialProcess {
    /// An arrest by the arrival process: draw the person, open the case, schedule the next
    /// arrest.
    mutating func arrest(_ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let person = PersonSampler.draw(tables, from: populationStream)
        openCase(person: personCount, attributes: person, isRearrest: false, at: now, &scheduler)
        personCount += 1
        if let next = nextArrestTime(after: now) {
            scheduler.schedule(.arrest, at: next)
        }
    }

    /// The time of the next arrest in the arrest window, by thinning when the rate varies
    /// (Lewis & Shedler 1979).
    func nextArrestTime(after now: Double) -> Double? {
        let arrests = configuration.arrests
        let window = configuration.arrestWindowDays
        var time = now
        if !arrests.isModulated {
            time += arrivalStream.exponential(mean: 1 / arrests.ratePerDay)
            return time < window ? time : nil
        }
        let peak = arrests.peakRate
        while true {
            time += arrivalStream.exponential(mean: 1 / peak)
            if time >= window { return nil }
            if arrivalStream.uniform() * peak <= arrests.rate(at: time) { return time }
        }
    }

    /// Opens a case for an arrested person and applies the arrest policy.
    mutating func openCase(person: Int, attributes: PersonAttributes, isRearrest: Bool, at now: Double,
                           _ scheduler: inout Scheduler<ModelEvent>) {
        let slot = allocateSlot()
        cases[slot].person = person
        cases[slot].luckSeed = attributes.luckSeed
        cases[slot].group = attributes.group
        cases[slot].chargeClass = attributes.chargeClass
        cases[slot].ageBand = attributes.ageBand
        cases[slot].priors = attributes.priors
        cases[slot].abilityToPay = attributes.abilityToPay
        cases[slot].guilty = attributes.guilty
        cases[slot].isRearrest = isRearrest
        cases[slot].counted = now >= configuration.warmUpDays
        cases[slot].arrestTime = now
        if cases[slot].counted { record(slot) { $0.arrests += 1 } }

        switch policies.arrest.decide(defendant(slot, at: now), random: decisionLuck(slot, .arrestPolicy)) {
        case .book:
            if cases[slot].counted { record(slot) { $0.booked += 1 } }
            startCustody(slot, at: now, &scheduler)
            let delay = sample(configuration.process.firstAppearanceDelay, slot, .firstAppearanceDelay)
            scheduler.schedule(.firstAppearance(reference(slot)), after: delay)
        case .citeAndRelease:
            if cases[slot].counted { record(slot) { $0.cited += 1 } }
            becomeReleasedBeforeTrial(slot, at: now, &scheduler)
            scheduleCourtDate(slot, &scheduler)
        }
    }

    /// A free slot for a new case, reusing those of ended cases.
    mutating func allocateSlot() -> Int {
        openCases += 1
        if let slot = freeSlots.popLast() {
            let serial = cases[Int(slot)].serial &+ 1
            cases[Int(slot)] = CaseRecord()
            cases[Int(slot)].serial = serial
            cases[Int(slot)].isOpen = true
            return Int(slot)
        }
        var record = CaseRecord()
        record.isOpen = true
        cases.append(record)
        return cases.count - 1
    }
}
