extension PretrialProcess {
    /// Checks the jail population after a change of custody (only when ``auditing``): never
    /// negative, equal to the person records in jail (counted on every 16th check, a scan of the
    /// slab), and equal to the sum of the cells' populations, which split each person among
    /// their cases.
    mutating func checkJailPopulation() {
        audit.jailPopulationChecks += 1
        if peopleInJail < 0 { audit.negativeJailPopulation += 1 }
        var cellsTotal = 0.0
        for index in 0..<totalsStorage.count { cellsTotal += totals[index].jail.level }
        var mismatch = abs(cellsTotal - Double(peopleInJail)) > 1e-6 * max(1, Double(peopleInJail))
        if audit.jailPopulationChecks % 16 == 0 {
            var inJail = 0
            for person in 0..<personSlab.count where persons[person].isActive && persons[person].inJail {
                inJail += 1
                if !persons[person].requiresCustody || persons[person].openCases == 0 { mismatch = true }
            }
            if inJail != peopleInJail { mismatch = true }
        }
        if mismatch { audit.jailPopulationMismatches += 1 }
    }

    /// Notes a failure to appear at a court date (only when ``auditing``): its person must be
    /// at liberty.
    @inline(__always)
    mutating func auditFailureToAppear(_ slot: Int) {
        if auditing && persons[personSlot(slot)].inJail { audit.failuresToAppearWhileHeld += 1 }
    }

    /// Completes the audit when the run stops.
    mutating func finishAudit(at now: Double) {
        guard auditing else { return }
        audit.personsInSystemAtEnd = (0..<personSlab.count).filter { persons[$0].isActive }.count
        audit.casesOpenAtEnd = (0..<slab.count).filter { cases[$0].isOpen }.count
        for person in 0..<personSlab.count
        where persons[person].isActive && persons[person].inJail && persons[person].spellCounted {
            audit.jailStayDays += (now - persons[person].jailEntry)
        }
    }
}
