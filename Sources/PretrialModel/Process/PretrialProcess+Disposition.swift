import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case ends: its claims on its person's custody end, outcomes are counted (through
    /// ``DispositionCounters``, so also by its person's custody at disposition), the slot is freed.
    mutating func dispose(_ slot: Int, _ outcome: Disposition, sentenceShare: Double, at now: Double) {
        let held = cases[slot].detained
        releaseFromCase(slot, at: now)
        let record = cases[slot]
        if record.counted {
            let days = record.completedDetentionDays
            let convicted = outcome == .convictedByPlea || outcome == .convictedAtTrial
            // Read into a local first: passing `tables.…[…]` straight into a method of `self`
            // made the compiler copy the whole process (measured with callgrind).
            let sentenceDays = tables.sentenceDays[Int(record.chargeClass)]
            let sentence = convicted ? sample(sentenceDays, slot, .trial, 2) * sentenceShare : 0
            let elapsed = now - record.arrestTime
            let count = dispositionCounts(slot, held: held)
            count.add(.disposed)
            count.add(.timeToDispositionDays, elapsed)
            recordDetention(slot, days, count)
            switch outcome {
            case .dismissed: count.add(.dismissals)
            case .acquitted: count.add(.acquittals)
            case .convictedByPlea, .convictedAtTrial: break
            }
            if outcome == .acquitted || outcome == .convictedAtTrial { count.add(.trialDispositions) }
            if outcome == .convictedByPlea {
                count.add(.pleas)
                if !record.guilty { count.add(.innocentPleas) }
            }
            if convicted {
                count.add(.convictions)
                if !record.guilty { count.add(.innocentConvictions) }
                if !record.guilty && outcome == .convictedAtTrial { count.add(.innocentConvictionsAtTrial) }
                // Held longer than the custodial sentence pronounced (before good-behaviour
                // credit): the time served pre-trial already exceeds the punishment.
                if sentence > 0 && days > sentence { count.add(.detainedLongerThanCustodialSentence) }
            } else if days > 3 {
                count.add(.detainedPast3DaysNotConvicted)
            }
            // Sentences of a year or less are served in jail (longer ones in prison),
            // with credit for the time already served and then good-behaviour credit.
            if convicted && sentence <= 365 {
                let served = configuration.courts.jailSentenceServedShare
                count.add(.sentencedJailDays, max(0, sentence - days) * served)
            }
        }
        cases[slot].isOpen = false
        cases[slot].nextFree = freeHead
        freeHead = slot
        openCases -= 1
    }

    /// Records the pre-trial detention of one case into `count` (at its disposition, or when the
    /// run stops): `days` its person was in jail while it was open, and its share of their bed-days.
    @inline(__always)
    func recordDetention(_ slot: Int, _ days: Double, _ count: DispositionCounters) {
        count.add(.detentionCases)
        count.add(.bedDays, cases[slot].attributedBedDays)
        if days > 3 {
            count.add(.detainedPast3Days)
            if cases[slot].heldAtFirstAppearance { count.add(.heldPast3DaysFromFirstAppearance) }
        }
        cell(slot).pointee.detentionDays.record(days)
    }

    /// Counts the cases still open when the run stops, with their detention so far.
    mutating func finalize(at now: Double) {
        settleAllPersons(at: now)
        finishAudit(at: now)
        for slot in 0..<slab.count where cases[slot].isOpen && cases[slot].counted {
            let days = cases[slot].detentionDays(at: now)
            counts(slot)[.openAtEnd] += 1
            let unread = statusCounters + StatusBlock.openAtEnd * ProcessCounter.count
            recordDetention(slot, days, DispositionCounters(combination: counts(slot), status: unread))
        }
    }

    /// The replication's figures.
    func metrics(endTime: Double, events: Int) -> ReplicationMetrics {
        let population = configuration.population
        let cellNames: [BreakdownCell] =
            [.overall] + population.groups.map { .group($0.name) }
            + population.chargeClasses.map { .chargeClass($0.name) }
            + (1...IncomeQuintiles.count).map { .incomeQuintile($0) }
            + DetentionStatus.allCases.map { .detentionStatus($0) }
        // Every cell is a sum of the totals of each combination of group, charge class and
        // income quintile.
        var cells = Array(repeating: CellTotals(), count: cellNames.count)
        let firstQuintileCell = 1 + tables.groupCount + tables.classCount
        for group in 0..<tables.groupCount {
            for chargeClass in 0..<tables.classCount {
                for quintile in 0..<IncomeQuintiles.count {
                    let index = (group * tables.classCount + chargeClass) * IncomeQuintiles.count + quintile
                    let block = UnsafePointer(counters + index * ProcessCounter.count)
                    for cell in [0, 1 + group, 1 + tables.groupCount + chargeClass, firstQuintileCell + quintile] {
                        cells[cell].add(counters: block, totals[index])
                    }
                }
            }
        }
        // The status cells: their blocks only (no histogram, no jail population).
        let firstStatusCell = firstQuintileCell + IncomeQuintiles.count
        for status in DetentionStatus.allCases {
            let block = UnsafePointer(statusCounters + StatusBlock.index(status) * ProcessCounter.count)
            cells[firstStatusCell + StatusBlock.index(status)].counters.add(block)
        }
        let blank = Array(repeating: Double.nan, count: cells.count)
        var values: [MetricID: [Double]] = [:]
        var numerators: [MetricID: [Double]] = [:]
        var denominators: [MetricID: [Double]] = [:]
        for metric in MetricID.allCases {
            let definition = metric.definition
            var value = blank, numerator = blank, denominator = blank
            for (index, cell) in cells.enumerated() where index < firstStatusCell || definition.isByDetentionStatus {
                (value[index], numerator[index], denominator[index]) =
                    cell.figure(definition.formula, costPerBedDay: configuration.costPerBedDay)
            }
            values[metric] = value
            if definition.formula.parts != nil {
                numerators[metric] = numerator
                denominators[metric] = denominator
            }
        }
        let modelEvents = events - bookkeepingEvents
        values[.modelEvents] = [Double(modelEvents)] + Array(repeating: .nan, count: cells.count - 1)
        func overallOnly(_ value: Double) -> [Double] { [value] + Array(repeating: .nan, count: cells.count - 1) }
        values[.trialBacklogAtWindowEnd] = overallOnly(backlogAtWindowEnd)
        values[.trialCourtUtilisation] = overallOnly(trialUtilisation)
        values[.peopleInJailAverage] = overallOnly(peopleInJailAverage)
        // Steady-state diagnostics: the backlog's growth over the counted window, and Little's
        // law (average population = arrest rate × mean stay), which holds only in a steady state.
        let countedDays = arrestWindowDays - warmUpDays
        values[.countedDays] = overallOnly(countedDays)
        values[.trialBacklogGrowthPerYear] = overallOnly(
            countedDays > 0 ? (backlogAtWindowEnd - backlogAtWarmUpEnd) / countedDays * 365 : .nan)
        let arrivalRate = countedDays > 0 ? (values[.arrests]?[0] ?? .nan) / countedDays : .nan
        let expected = arrivalRate * (values[.pretrialDetentionDays]?[0] ?? .nan)
        values[.littlesLawRatio] = overallOnly(
            expected > 0 ? (values[.jailPopulationAverage]?[0] ?? .nan) / expected : .nan)
        return ReplicationMetrics(
            cells: cellNames, values: values, numerators: numerators, denominators: denominators,
            modelEvents: modelEvents, endTime: endTime)
    }
}
