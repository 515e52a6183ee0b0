import SimKernel

/// Taking a census of a running replication (``PretrialSimulation/takeCensus(_:seed:replication:days:)``):
/// the people held and the cases pending, in the form a census on day 0 reads
/// (`PretrialProcess+Census.swift`), so that a run can start from another's state.
extension PretrialProcess {
    /// Records a ``CensusSnapshot`` at `now`.
    mutating func takeCensus(at now: Double) {
        var merged: [CensusKey: Int] = [:]
        if custodyIsPerCase {
            for slot in 0..<slab.count where cases[slot].isOpen {
                merged[censusKey(slot, held: cases[slot].detained, at: now), default: 0] += 1
            }
        } else {
            for person in 0..<personSlab.count where persons[person].isActive {
                let slot = representativeCase(person)
                merged[censusKey(slot, held: persons[person].inJail, at: now), default: 0] += 1
            }
        }
        let entries = merged.sorted { $0.key < $1.key }.map { key, count in
            CensusEntry(
                group: key.group, chargeClass: key.chargeClass, count: count, holding: key.holding,
                daysHeld: .exactly(Double(key.daysHeld)), daysSinceArrest: .exactly(Double(key.daysSinceArrest)),
                courtDatesHeld: key.courtDates)
        }
        let personDays =
            custodyIsPerCase
            ? (0..<totalsStorage.count).reduce(0) { $0 + totals[$1].jail.integral(until: now) }
            : peopleInJailSeries.integral(until: now)
        censuses.append(
            CensusSnapshot(
                day: now, census: Census(entries: entries), peopleInJail: peopleInJail, jailPersonDays: personDays,
                trialBacklog: trialQueue.line.count))
    }

    /// The case a person enters a census at: the newest that holds them in jail (the case
    /// itself, else a hold placed with it), else the newest.
    func representativeCase(_ person: Int) -> Int {
        var slot = Int(persons[person].newestCase)
        if persons[person].inJail {
            while slot >= 0 {
                if cases[slot].requiresCustody { return slot }
                slot = Int(cases[slot].nextOfPerson)
            }
            slot = Int(persons[person].newestCase)
            while slot >= 0 {
                if cases[slot].holdActive { return slot }
                slot = Int(cases[slot].nextOfPerson)
            }
        }
        return Int(persons[person].newestCase)
    }

    /// Where the case stands, as a census reads it.
    func censusKey(_ slot: Int, held: Bool, at now: Double) -> CensusKey {
        let record = cases[slot]
        let holding: CensusHolding
        if !held {
            holding = .atLiberty
        } else if !record.heldAtFirstAppearance && record.courtDates == 0 && !record.inTrial {
            holding = .awaitingFirstAppearance
        } else if record.requiresCustody && record.bail > 0 && record.bailEpoch == record.epoch {
            holding = .bail(amount: record.bail.rounded())
        } else if record.holdActive && !record.requiresCustody {
            holding = .hold
        } else {
            holding = .noBail
        }
        return CensusKey(
            group: Int(record.group), chargeClass: Int(record.chargeClass), holding: holding,
            daysHeld: Int(record.detentionDays(at: now).rounded()),
            daysSinceArrest: Int((now - record.arrestTime).rounded()), courtDates: Int(record.courtDates))
    }
}

/// A census entry's identity (entries with the same key are merged), ordered for a stable
/// file.
struct CensusKey: Hashable, Comparable {
    var group: Int
    var chargeClass: Int
    var holding: CensusHolding
    var daysHeld: Int
    var daysSinceArrest: Int
    var courtDates: Int

    /// The holding's place in the census's order, and its bail.
    private var holdingOrder: (Int, Double) {
        switch holding {
        case .awaitingFirstAppearance: return (0, 0)
        case .bail(let amount): return (1, amount)
        case .noBail: return (2, 0)
        case .hold: return (3, 0)
        case .atLiberty: return (4, 0)
        }
    }

    static func < (a: CensusKey, b: CensusKey) -> Bool {
        let (ha, ba) = a.holdingOrder
        let (hb, bb) = b.holdingOrder
        let first = (ha, a.group, a.chargeClass, ba, a.daysHeld, a.daysSinceArrest)
        let second = (hb, b.group, b.chargeClass, bb, b.daysHeld, b.daysSinceArrest)
        return first != second ? first < second : a.courtDates < b.courtDates
    }
}
