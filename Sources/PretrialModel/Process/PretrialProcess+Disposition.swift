import PolicyKit
import SimKernel

extension PretrialProcess {
    /// The case ends: its claims on its person's custody end, outcomes are counted (through
    /// ``DispositionCounters``, so also by its person's custody at disposition), the slot is freed. `terms` are those of the sentence after a conviction (``SentenceTerms/none``
    /// otherwise).
    mutating func dispose(_ slot: Int, _ outcome: Disposition, _ terms: SentenceTerms, at now: Double) {
        let heldAtDisposition = cases[slot].detained
        if custodyIsPerCase { releaseCase(slot, at: now) } else { releaseFromCase(slot, at: now) }
        if cases[slot].counted {
            let days = cases[slot].completedDetentionDays
            let sentence =
                outcome.isConviction ? sentence(slot, terms, days: days, heldAtDisposition: heldAtDisposition) : 0
            let facts = OutcomeFacts(
                outcome: outcome, guilty: cases[slot].guilty, detentionDays: days,
                elapsedDays: now - cases[slot].arrestTime, sentenceDays: sentence)
            let count = dispositionCounts(slot, held: heldAtDisposition)
            countOutcome(facts, into: count)
            recordDetention(slot, days, count)
            if let servedShare = prisonServedShare, sentence > 0 {
                counts(slot)[.sentencedCustodyDays] += max(0, sentence * servedShare - days)
            }
            cell(slot).pointee.dispositionDays.record(facts.elapsedDays)
            if hasRiskInstrument { countObservedOutcome(slot) }
        }
        cases[slot].isOpen = false
        cases[slot].nextFree = freeHead
        freeHead = slot
        openCases -= 1
    }

    /// Adds one disposed case's outcome to its counters: the case's combination's block and the
    /// block of its person's custody at disposition (``DispositionCounters``).
    @inline(__always)
    func countOutcome(_ facts: OutcomeFacts, into count: DispositionCounters) {
        let days = facts.detentionDays
        let sentence = facts.sentenceDays
        count.add(.disposed)
        count.add(.timeToDispositionDays, facts.elapsedDays)
        switch facts.outcome {
        case .dismissed: count.add(.dismissed)
        case .diverted: count.add(.diverted)
        case .acquitted:
            count.add(.acquitted)
            count.add(.disposedAfterTrial)
        case .convictedByPlea:
            count.add(.pleas)
            if !facts.guilty { count.add(.innocentPleas) }
        case .convictedAtTrial:
            count.add(.disposedAfterTrial)
            if !facts.guilty { count.add(.innocentConvictionsAtTrial) }
        }
        if facts.outcome.isConviction {
            count.add(.convictions)
            if !facts.guilty { count.add(.innocentConvictions) }
            // Held longer than the custodial sentence pronounced (before good-behaviour
            // credit): the time served pre-trial already exceeds the punishment.
            if sentence > 0 && days > sentence { count.add(.detainedLongerThanCustodialSentence) }
            if sentence > 0 {
                count.add(.custodialSentences)
                count.add(.custodialSentenceDays, sentence)
            }
            // Sentences of a year or less are served in jail (longer ones in prison),
            // with credit for the time already served and then good-behaviour credit.
            if sentence <= 365 {
                count.add(.sentencedJailDays, max(0, sentence - days) * configuration.courts.jailSentenceServedShare)
            }
        } else if days > 3 {
            count.add(.detainedPast3DaysNotConvicted)
        }
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
        if keepsSeries { finishSeries(at: now) }
        if custodyIsPerCase { settleAllCases(at: now) } else { settleAllPersons(at: now) }
        finishAudit(at: now)
        for slot in 0..<slab.count where cases[slot].isOpen && cases[slot].counted {
            let days = cases[slot].detentionDays(at: now)
            counts(slot)[.openAtEnd] += 1
            recordDetention(slot, days, dispositionCounts(slot, block: StatusBlock.openAtEnd))
            if hasRiskInstrument { countObservedOutcome(slot) }
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
        let firstStatusCell = firstQuintileCell + IncomeQuintiles.count
        // A combination's counters: its own block plus its status blocks (DispositionCounters).
        let combined = UnsafeMutablePointer<Double>.allocate(capacity: ProcessCounter.count)
        defer { combined.deallocate() }
        for group in 0..<tables.groupCount {
            for chargeClass in 0..<tables.classCount {
                for quintile in 0..<IncomeQuintiles.count {
                    let index = (group * tables.classCount + chargeClass) * IncomeQuintiles.count + quintile
                    combined.update(from: counters + index * ProcessCounter.count, count: ProcessCounter.count)
                    let size = ProcessCounter.dispositionCount
                    for status in 0..<StatusBlock.count {
                        let block = statusCounters + (index * StatusBlock.count + status) * size
                        for counter in 0..<size { combined[counter] += block[counter] }
                    }
                    for cell in [0, 1 + group, 1 + tables.groupCount + chargeClass, firstQuintileCell + quintile] {
                        cells[cell].add(counters: UnsafePointer(combined), totals[index])
                    }
                    // The status cells: their blocks only (no histogram, no jail population).
                    for status in DetentionStatus.allCases {
                        let block = statusCounters + (index * StatusBlock.count + StatusBlock.index(status)) * size
                        let cell = firstStatusCell + StatusBlock.index(status)
                        cells[cell].counters.add(UnsafePointer(block), count: size)
                    }
                }
            }
        }
        let blank = Array(repeating: Double.nan, count: cells.count)
        var values: [MetricID: [Double]] = [:]
        var numerators: [MetricID: [Double]] = [:]
        var denominators: [MetricID: [Double]] = [:]
        values.reserveCapacity(MetricID.allCases.count)
        for (metric, definition, hasParts) in MetricID.formulas {
            var value = blank, numerator = blank, denominator = blank
            // By index: a `for cell in cells` would copy each cell's totals, histograms and all.
            for index in cells.indices where index < firstStatusCell || definition.isByDetentionStatus {
                (value[index], numerator[index], denominator[index]) =
                    cells[index].figure(
                        definition.formula, costPerBedDay: configuration.costPerBedDay,
                        countedDays: arrestWindowDays - warmUpDays)
            }
            values[metric] = value
            if hasParts {
                numerators[metric] = numerator
                denominators[metric] = denominator
            }
        }
        if prisonServedShare == nil {
            // Without a served share no sentenced custody is counted: unknown, not zero.
            values[.sentencedPopulation] = blank
            values[.pretrialShareOfPrisoners] = blank
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
        let tierBacklogs = tierBacklogs()
        func growth(_ start: Double, _ end: Double) -> Double {
            countedDays > 0 ? (end - start) / countedDays * 365 : .nan
        }
        values[.lowerCourtTrialBacklogAtWindowEnd] = overallOnly(tierBacklogs.lowerAtWindowEnd)
        values[.higherCourtTrialBacklogAtWindowEnd] = overallOnly(tierBacklogs.higherAtWindowEnd)
        values[.lowerCourtTrialBacklogGrowthPerYear] = overallOnly(
            growth(tierBacklogs.lowerAtWarmUpEnd, tierBacklogs.lowerAtWindowEnd))
        values[.higherCourtTrialBacklogGrowthPerYear] = overallOnly(
            growth(tierBacklogs.higherAtWarmUpEnd, tierBacklogs.higherAtWindowEnd))
        let arrivalRate = countedDays > 0 ? (values[.arrests]?[0] ?? .nan) / countedDays : .nan
        let expected = arrivalRate * (values[.pretrialDetentionDays]?[0] ?? .nan)
        values[.littlesLawRatio] = overallOnly(
            expected > 0 ? (values[.jailPopulationAverage]?[0] ?? .nan) / expected : .nan)
        return ReplicationMetrics(
            cells: cellNames, values: values, numerators: numerators, denominators: denominators,
            modelEvents: modelEvents, endTime: endTime)
    }
}
