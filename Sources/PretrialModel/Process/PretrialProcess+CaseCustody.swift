/// Custody kept on the cases alone, when no person can have two open cases or a hold
/// (``PretrialProcess/custodyIsPerCase``: no new arrests, no holds, no audit).
///
/// A person is then in jail exactly while their one case requires custody, so the person
/// slots add nothing: no person record is kept, and every change of custody touches the case,
/// its combination's jail population and the count of people in jail, with the same arithmetic
/// as the general path of `PretrialProcess+Persons.swift` (a share of one person is the whole
/// person, and the case's bed-days are its detention days). The people in jail are then the
/// sum of the combinations' jail populations, so their average is taken from those
/// (``PretrialProcess/peopleInJailSeries`` is not kept): the same figure to rounding.
extension PretrialProcess {
    /// The case's person enters jail (``enterJail(_:at:)`` for a person with one case).
    @inline(__always)
    mutating func enterJail(onlyCase slot: Int, at now: Double) {
        cases[slot].detained = true
        cases[slot].detentionStart = now
        cases[slot].epoch &+= 1
        cell(slot).pointee.jail.add(1, at: now)
        peopleInJail += 1
        jailAdmissions &+= 1
    }

    /// The case's person leaves jail (``leaveJail(_:at:)`` for a person with one case), the
    /// case staying open: it is counted as released if it was not before. No new-arrest hazard
    /// starts (there is none).
    @inline(__always)
    mutating func leaveJail(onlyCase slot: Int, at now: Double) {
        endSpell(slot, at: now)
        cases[slot].epoch &+= 1
        if cases[slot].counted && !cases[slot].releaseCounted {
            cases[slot].releaseCounted = true
            counts(slot)[.releasedCases] += 1
        }
    }

    /// The case is about to be disposed (``releaseFromCase(_:at:)`` for a person with one
    /// case): its claim on custody ends and its person leaves jail, and the system.
    @inline(__always)
    mutating func releaseCase(_ slot: Int, at now: Double) {
        cases[slot].requiresCustody = false
        if cases[slot].detained { endSpell(slot, at: now) }
    }

    /// Ends the case's (and its person's) current spell in jail: its days go to the case's
    /// detention and bed-days, the jail populations go down by one.
    @inline(__always)
    private mutating func endSpell(_ slot: Int, at now: Double) {
        let days = now - cases[slot].detentionStart
        cases[slot].attributedBedDays += days
        cell(slot).pointee.jail.add(-1, at: now)
        cases[slot].completedDetentionDays += days
        cases[slot].detained = false
        peopleInJail -= 1
        jailReleases &+= 1
    }

    /// Settles the bed-days of every open case whose person is in jail at `now` (the run
    /// stops; ``settleAllPersons(at:)`` for persons with one case).
    mutating func settleAllCases(at now: Double) {
        for slot in 0..<slab.count where cases[slot].isOpen && cases[slot].detained {
            cases[slot].attributedBedDays += now - cases[slot].detentionStart
        }
    }
}
