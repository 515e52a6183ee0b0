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
            let sentence = convicted
                ? sample(tables.sentenceDays[record.chargeClass], slot, .trial, 2) * sentenceShare
                : 0
            let elapsed = now - record.arrestTime
            self.record(slot) {
                $0.disposed += 1
                $0.timeToDispositionSum += elapsed
                $0.recordDetention(days)
                if outcome == .convictedByPlea {
                    $0.pleas += 1
                    if !record.guilty { $0.innocentPleas += 1 }
                }
                if convicted {
                    $0.convictions += 1
                    if !record.guilty { $0.innocentConvictions += 1 }
                    if !record.guilty && outcome == .convictedAtTrial { $0.innocentConvictionsAtTrial += 1 }
                }
                if days > 0 && days > sentence { $0.longerThanSentence += 1 }
                // Sentences of a year or less are served in jail (longer ones in prison),
                // with credit for the time already served.
                if convicted && sentence <= 365 { $0.sentencedJailDays += max(0, sentence - days) }
            }
        }
        cases[slot].isOpen = false
        freeSlots.append(Int32(slot))
        openCases -= 1
    }

    /// Counts the cases still open when the run stops, with their detention so far.
    mutating func finalize(at now: Double) {
        for slot in cases.indices where cases[slot].isOpen && cases[slot].counted {
            let days = cases[slot].detentionDays(at: now)
            record(slot) {
                $0.openAtEnd += 1
                $0.recordDetention(days)
            }
        }
    }

    /// The replication's figures.
    func metrics(endTime: Double, events: Int) -> ReplicationMetrics {
        let population = configuration.population
        let cellNames: [BreakdownCell] = [.overall] + population.groups.map { .group($0.name) }
            + population.chargeClasses.map { .chargeClass($0.name) }
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
