import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case ends: detention ends, outcomes are counted, the slot is freed.
    mutating func dispose(_ slot: Int, _ outcome: Disposition, sentenceShare: Double, at now: Double) {
        endCustody(slot, at: now)
        let record = cases[slot]
        if record.counted {
            let days = record.completedDetentionDays
            let convicted = outcome == .convictedByPlea || outcome == .convictedAtTrial
            // Read into a local first: passing `tables.…[…]` straight into a method of `self`
            // made the compiler copy the whole process (measured with callgrind).
            let sentenceDays = tables.sentenceDays[Int(record.chargeClass)]
            let sentence = convicted ? sample(sentenceDays, slot, .trial, 2) * sentenceShare : 0
            let elapsed = now - record.arrestTime
            let totals = cell(slot)
            totals.pointee.disposed += 1
            totals.pointee.timeToDispositionSum += elapsed
            totals.pointee.recordDetention(days, heldAtFirstAppearance: record.heldAtFirstAppearance)
            if outcome == .convictedByPlea {
                totals.pointee.pleas += 1
                if !record.guilty { totals.pointee.innocentPleas += 1 }
            }
            if convicted {
                totals.pointee.convictions += 1
                if !record.guilty { totals.pointee.innocentConvictions += 1 }
                if !record.guilty && outcome == .convictedAtTrial { totals.pointee.innocentConvictionsAtTrial += 1 }
            }
            if days > 0 && days > sentence { totals.pointee.longerThanSentence += 1 }
            // Sentences of a year or less are served in jail (longer ones in prison),
            // with credit for the time already served and then good-behaviour credit.
            if convicted && sentence <= 365 {
                let served = configuration.courts.jailSentenceServedShare
                totals.pointee.sentencedJailDays += max(0, sentence - days) * served
            }
        }
        cases[slot].isOpen = false
        cases[slot].nextFree = freeHead
        freeHead = slot
        openCases -= 1
    }

    /// Counts the cases still open when the run stops, with their detention so far.
    mutating func finalize(at now: Double) {
        for slot in 0..<slab.count where cases[slot].isOpen && cases[slot].counted {
            let days = cases[slot].detentionDays(at: now)
            cell(slot).pointee.openAtEnd += 1
            cell(slot).pointee.recordDetention(days, heldAtFirstAppearance: cases[slot].heldAtFirstAppearance)
        }
    }

    /// The replication's figures.
    func metrics(endTime: Double, events: Int) -> ReplicationMetrics {
        let population = configuration.population
        let cellNames: [BreakdownCell] = [.overall] + population.groups.map { .group($0.name) }
            + population.chargeClasses.map { .chargeClass($0.name) }
            + (1...IncomeQuintiles.count).map { .incomeQuintile($0) }
        // Every cell is a sum of the totals of each combination of group, charge class and
        // income quintile.
        var cells = Array(repeating: CellTotals(), count: cellNames.count)
        for index in cells.indices { cells[index].jailAverage = 0 }
        let firstQuintileCell = 1 + tables.groupCount + tables.classCount
        for group in 0..<tables.groupCount {
            for chargeClass in 0..<tables.classCount {
                for quintile in 0..<IncomeQuintiles.count {
                    let combination = totals[(group * tables.classCount + chargeClass) * IncomeQuintiles.count + quintile]
                    cells[0].add(combination)
                    cells[1 + group].add(combination)
                    cells[1 + tables.groupCount + chargeClass].add(combination)
                    cells[firstQuintileCell + quintile].add(combination)
                }
            }
        }
        var values: [MetricID: [Double]] = [:]
        for (index, cell) in cells.enumerated() {
            for (metric, value) in cell.values(costPerBedDay: configuration.costPerBedDay) {
                values[metric, default: Array(repeating: .nan, count: cells.count)][index] = value
            }
        }
        let modelEvents = events - bookkeepingEvents
        values[.modelEvents] = [Double(modelEvents)] + Array(repeating: .nan, count: cells.count - 1)
        values[.trialBacklogAtWindowEnd] = [backlogAtWindowEnd] + Array(repeating: .nan, count: cells.count - 1)
        return ReplicationMetrics(cells: cellNames, values: values, modelEvents: modelEvents, endTime: endTime)
    }
}
