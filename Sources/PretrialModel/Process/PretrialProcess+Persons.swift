import SimKernel

/// Persons: one custody state per person, whatever the number of open cases
/// (docs/ARCHITECTURE.md, "Persons and custody").
///
/// A person is in jail if and only if something requires custody: an open case held on
/// (``CaseRecord/requiresCustody``) or a hold (``CaseRecord/holdActive``). Each day the person
/// spends in jail is split equally among their open cases, in the jail population of each
/// case's combination (``CombinationTotals/jail``) and in the case's bed-days
/// (``CaseRecord/attributedBedDays``), so that both count each person once. A case's own
/// detention days (``CaseRecord/detentionDays(at:)``) are the days its person was in jail
/// while it was open, whichever claim held them.
extension PretrialProcess {
    /// A new person enters the system (at their first arrest) and gets a free slot.
    mutating func admitPerson(number: Int, luckSeed: UInt64) -> Int {
        var record = PersonRecord()
        record.isActive = true
        record.number = number
        record.luckSeed = luckSeed
        if auditing { audit.personsEntered += 1 }
        if freePersonHead >= 0 {
            let index = freePersonHead
            freePersonHead = Int(persons[index].newestCase)
            record.serial = persons[index].serial &+ 1
            persons[index] = record
            return index
        }
        let index = personSlab.append(record)
        persons = personSlab.base
        return index
    }

    /// The slot of the case's person.
    @inline(__always)
    func personSlot(_ slot: Int) -> Int { Int(cases[slot].personSlot) }

    /// Attaches a newly opened case to its person (who is in jail or at liberty).
    mutating func attach(_ slot: Int, toPerson person: Int, at now: Double) {
        let inJail = persons[person].inJail
        if inJail {
            settle(person, at: now)
            shiftJailWeights(person, by: -1, at: now)
        }
        cases[slot].personSlot = Int32(truncatingIfNeeded: person)
        cases[slot].nextOfPerson = persons[person].newestCase
        persons[person].newestCase = Int32(truncatingIfNeeded: slot)
        persons[person].openCases += 1
        if inJail {
            cases[slot].detained = true
            cases[slot].detentionStart = now
            shiftJailWeights(person, by: 1, at: now)
        }
    }

    /// The case, about to be disposed, lets go of its person: its claims on custody end, its
    /// share of the person's jail time is settled, and the person leaves jail if nothing else
    /// holds them, or leaves the system with their last case.
    mutating func releaseFromCase(_ slot: Int, at now: Double) {
        if auditing { audit.casesDisposed += 1 }
        let person = personSlot(slot)
        if cases[slot].requiresCustody {
            cases[slot].requiresCustody = false
            persons[person].casesHeld -= 1
        }
        if cases[slot].holdActive {
            cases[slot].holdActive = false
            persons[person].holds -= 1
        }
        let inJail = persons[person].inJail
        if inJail {
            settle(person, at: now)
            shiftJailWeights(person, by: -1, at: now)
            cases[slot].completedDetentionDays += now - cases[slot].detentionStart
            cases[slot].detained = false
        }
        unlink(slot, from: person)
        if inJail && persons[person].openCases > 0 { shiftJailWeights(person, by: 1, at: now) }
        if inJail && !persons[person].requiresCustody { leaveJail(person, at: now) }
        if persons[person].openCases == 0 { freePerson(person) }
    }

    /// Removes the case from its person's list of open cases.
    private mutating func unlink(_ slot: Int, from person: Int) {
        let next = cases[slot].nextOfPerson
        if Int(persons[person].newestCase) == slot {
            persons[person].newestCase = next
        } else {
            var previous = Int(persons[person].newestCase)
            while previous >= 0 && Int(cases[previous].nextOfPerson) != slot {
                previous = Int(cases[previous].nextOfPerson)
            }
            if previous >= 0 { cases[previous].nextOfPerson = next }
        }
        cases[slot].nextOfPerson = -1
        persons[person].openCases -= 1
    }

    /// The person's slot goes back to the free list (their last case ended).
    private mutating func freePerson(_ person: Int) {
        persons[person].isActive = false
        persons[person].newestCase = Int32(truncatingIfNeeded: freePersonHead)
        freePersonHead = person
        if auditing { audit.personsLeft += 1 }
    }

    /// Attributes the person's jail time since ``PersonRecord/settledAt`` to their open cases,
    /// split equally.
    @inline(__always)
    mutating func settle(_ person: Int, at now: Double) {
        guard persons[person].inJail, persons[person].openCases > 0 else { return }
        let share = (now - persons[person].settledAt) / Double(persons[person].openCases)
        var slot = Int(persons[person].newestCase)
        while slot >= 0 {
            cases[slot].attributedBedDays += share
            slot = Int(cases[slot].nextOfPerson)
        }
        persons[person].settledAt = now
    }

    /// Moves the jail population of the cells of the person's open cases by `sign` times an
    /// equal share of one person.
    @inline(__always)
    mutating func shiftJailWeights(_ person: Int, by sign: Double, at now: Double) {
        guard persons[person].openCases > 0 else { return }
        let weight = sign / Double(persons[person].openCases)
        var slot = Int(persons[person].newestCase)
        while slot >= 0 {
            cell(slot).pointee.jail.add(weight, at: now)
            slot = Int(cases[slot].nextOfPerson)
        }
    }

    /// The person enters jail: every open case sees them detained.
    mutating func enterJail(_ person: Int, at now: Double) {
        persons[person].inJail = true
        persons[person].jailEntry = now
        persons[person].settledAt = now
        persons[person].epoch &+= 1
        var slot = Int(persons[person].newestCase)
        while slot >= 0 {
            cases[slot].detained = true
            cases[slot].detentionStart = now
            cases[slot].epoch &+= 1
            slot = Int(cases[slot].nextOfPerson)
        }
        shiftJailWeights(person, by: 1, at: now)
        peopleInJail += 1
        jailAdmissions &+= 1
        peopleInJailSeries.add(1, at: now)
        let counted = now >= warmUpDays && now < arrestWindowDays
        persons[person].spellCounted = counted
        if auditing {
            if counted { audit.jailAdmissions += 1 }
            checkJailPopulation()
        }
    }

    /// The person leaves jail (nothing requires custody any more): every open case sees them
    /// at liberty, is counted as released if it was not before, and the new-arrest hazard
    /// starts once the event is over (``startLiberty(_:)``).
    mutating func leaveJail(_ person: Int, at now: Double) {
        settle(person, at: now)
        shiftJailWeights(person, by: -1, at: now)
        var slot = Int(persons[person].newestCase)
        while slot >= 0 {
            cases[slot].completedDetentionDays += now - cases[slot].detentionStart
            cases[slot].detained = false
            cases[slot].epoch &+= 1
            if cases[slot].counted && !cases[slot].releaseCounted {
                cases[slot].releaseCounted = true
                counts(slot)[.releasedCases] += 1
            }
            slot = Int(cases[slot].nextOfPerson)
        }
        persons[person].inJail = false
        persons[person].epoch &+= 1
        peopleInJail -= 1
        jailReleases &+= 1
        peopleInJailSeries.add(-1, at: now)
        if persons[person].openCases > 0 {
            if pendingLiberty >= 0 { pendingLibertyOverflow.append(Int32(truncatingIfNeeded: pendingLiberty)) }
            pendingLiberty = person
        }
        if auditing {
            if persons[person].spellCounted { audit.jailStayDays += now - persons[person].jailEntry }
            checkJailPopulation()
        }
    }

    /// Starts the new-arrest hazard of the people who left jail during the event just handled
    /// (``leaveJail(_:at:)`` runs where no scheduler is at hand, e.g. at a disposition).
    mutating func startLiberty(_ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        while true {
            let person = pendingLiberty
            if persons[person].isActive && !persons[person].inJail {
                scheduleNewArrestHazard(person: person, at: now, &scheduler)
            }
            guard let next = pendingLibertyOverflow.popLast() else { break }
            pendingLiberty = Int(next)
        }
        pendingLiberty = -1
    }

    /// The person's slot if `ref` still names them and they are at liberty in the same spell.
    @inline(__always)
    func liveAtLiberty(_ ref: PersonRef, _ epoch: UInt32) -> Int? {
        let slot = Int(ref.slot)
        guard persons[slot].isActive, persons[slot].serial == ref.serial, persons[slot].epoch == epoch else {
            return nil
        }
        return slot
    }

    /// The model's own luck for a person and purpose (the person's, not one case's).
    @inline(__always)
    func personLuck(_ person: Int, _ purpose: LuckPurpose, _ occurrence: Int) -> RandomStream {
        processLuck.reseed(StreamSeed.combine(persons[person].luckSeed, purpose.rawValue, UInt64(occurrence)))
        return processLuck
    }

    /// Settles every person in jail at `now` (the run stops), so that the bed-days of open
    /// cases are complete.
    mutating func settleAllPersons(at now: Double) {
        for person in 0..<personSlab.count where persons[person].isActive { settle(person, at: now) }
    }
}
