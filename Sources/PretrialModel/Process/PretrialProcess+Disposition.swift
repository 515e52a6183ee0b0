import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case ends: its claims on its person's custody end, outcomes are counted, the slot
    /// is freed.
    mutating func dispose(_ slot: Int, _ outcome: Disposition, sentenceShare: Double, at now: Double) {
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
            let count = counts(slot)
            count[.disposed] += 1
            count[.timeToDispositionDays] += elapsed
            recordDetention(slot, days)
            if outcome == .convictedByPlea {
                count[.pleas] += 1
                if !record.guilty { count[.innocentPleas] += 1 }
            }
            if convicted {
                count[.convictions] += 1
                if !record.guilty { count[.innocentConvictions] += 1 }
                if !record.guilty && outcome == .convictedAtTrial { count[.innocentConvictionsAtTrial] += 1 }
                // Held longer than the custodial sentence pronounced (before good-behaviour
                // credit): the time served pre-trial already exceeds the punishment.
                if sentence > 0 && days > sentence { count[.detainedLongerThanCustodialSentence] += 1 }
            } else if days > 3 {
                count[.detainedPast3DaysNotConvicted] += 1
            }
            // Sentences of a year or less are served in jail (longer ones in prison),
            // with credit for the time already served and then good-behaviour credit.
            if convicted && sentence <= 365 {
                let served = configuration.courts.jailSentenceServedShare
                count[.sentencedJailDays] += max(0, sentence - days) * served
            }
        }
        cases[slot].isOpen = false
        cases[slot].nextFree = freeHead
        freeHead = slot
        openCases -= 1
    }

    /// Records the pre-trial detention of one case (at its disposition, or when the run stops):
    /// `days` its person was in jail while it was open, and its share of their bed-days.
    @inline(__always)
    func recordDetention(_ slot: Int, _ days: Double) {
        let count = counts(slot)
        count[.detentionCases] += 1
        count[.bedDays] += cases[slot].attributedBedDays
        if days > 3 {
            count[.detainedPast3Days] += 1
            if cases[slot].heldAtFirstAppearance { count[.heldPast3DaysFromFirstAppearance] += 1 }
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
            recordDetention(slot, days)
        }
    }

    /// The replication's figures.
    func metrics(endTime: Double, events: Int) -> ReplicationMetrics {
        let population = configuration.population
        let cellNames: [BreakdownCell] =
            [.overall] + population.groups.map { .group($0.name) }
            + population.chargeClasses.map { .chargeClass($0.name) }
            + (1...IncomeQuintiles.count).map { .incomeQuintile($0) }
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
        let blank = Array(repeating: Double.nan, count: cells.count)
        var values: [MetricID: [Double]] = [:]
        var numerators: [MetricID: [Double]] = [:]
        var denominators: [MetricID: [Double]] = [:]
        for metric in MetricID.allCases {
            let definition = metric.definition
            var value = blank, numerator = blank, denominator = blank
            for (index, cell) in cells.enumerated() {
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
