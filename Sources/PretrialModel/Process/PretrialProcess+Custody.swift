import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case's person enters custody at `now`.
    mutating func startCustody(_ slot: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        guard !cases[slot].detained else { return }
        cases[slot].detained = true
        cases[slot].detentionStart = now
        cases[slot].epoch &+= 1
        changeJailPopulation(slot, by: 1, at: now)
        if hasCustodyLimit, let limit = policies.custodyLimit?.limitDays(defendant(slot, at: now)) {
            guard accept(custodyLimit: limit, slot, &scheduler) else { return }
            let remaining = max(0, limit - cases[slot].completedDetentionDays)
            scheduler.schedule(.custodyLimit(reference(slot), epoch: cases[slot].epoch), after: remaining)
        }
    }

    /// The case's person leaves custody at `now` (the case goes on).
    mutating func endCustody(_ slot: Int, at now: Double) {
        guard cases[slot].detained else { return }
        cases[slot].completedDetentionDays += now - cases[slot].detentionStart
        cases[slot].detained = false
        cases[slot].epoch &+= 1
        changeJailPopulation(slot, by: -1, at: now)
    }

    /// Releases the person before trial and starts the hazard of a new arrest.
    mutating func becomeReleasedBeforeTrial(_ slot: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        endCustody(slot, at: now)
        if cases[slot].counted && cases[slot].newArrestsWhileReleased == 0 && cases[slot].failuresToAppear == 0 {
            counts(slot)[.releasedCases] += 1
        }
        scheduleNewArrestHazard(slot, at: now, &scheduler)
    }

    /// Schedules the next new arrest while released, if the hazard is positive.
    mutating func scheduleNewArrestHazard(_ slot: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        let chargeClass = Int(cases[slot].chargeClass)
        let hazard =
            tables.newArrestPerDay[chargeClass] * (1 + tables.priorsEffect[chargeClass] * Double(cases[slot].priors))
        guard hazard > 0 else { return }
        let delay = luck(slot, .newArrest, Int(cases[slot].newArrestsWhileReleased)).exponential(mean: 1 / hazard)
        scheduler.schedule(.newArrest(reference(slot), epoch: cases[slot].epoch), after: delay)
    }

    /// Moves the jail population of the case's cells by `delta` at `now`.
    @inline(__always)
    mutating func changeJailPopulation(_ slot: Int, by delta: Double, at now: Double) {
        cell(slot).pointee.jail.add(delta, at: now)
    }

    /// The custody time limit expired while the person was still held before trial.
    mutating func custodyLimitReached(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard cases[slot].detained, !cases[slot].inTrial else { return }
        if cases[slot].counted { counts(slot)[.custodyLimitReleases] += 1 }
        becomeReleasedBeforeTrial(slot, at: scheduler.now, &scheduler)
    }

    /// A released person is arrested again: a new case for the same person, and perhaps
    /// revocation of release on this one.
    mutating func newArrest(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let occurrence = Int(cases[slot].newArrestsWhileReleased)
        cases[slot].newArrestsWhileReleased += 1
        if cases[slot].counted { counts(slot)[.newArrests] += 1 }
        let draws = luck(slot, .rearrestCase, occurrence)
        let revoke = draws.uniform() < configuration.behaviour.revocationOnNewArrest
        let record = cases[slot]
        var attributes = PersonAttributes(
            group: Int(record.group), abilityToPay: record.abilityToPay, chargeClass: Int(record.chargeClass),
            priors: Int(record.priors) + 1, ageBand: Int(record.ageBand), guilty: false,
            luckSeed: StreamSeed.combine(record.luckSeed, LuckPurpose.rearrestCase.rawValue, UInt64(occurrence) + 1_000)
        )
        attributes.chargeClass = tables.chargeMix[attributes.group].pick(draws.uniform())
        attributes.guilty = draws.uniform() < tables.guiltProbability[attributes.chargeClass]
        let person = record.person
        if revoke {
            startCustody(slot, at: now, &scheduler)
        } else {
            scheduleNewArrestHazard(slot, at: now, &scheduler)
        }
        openCase(person: person, attributes: attributes, isRearrest: true, at: now, &scheduler)
    }
}
