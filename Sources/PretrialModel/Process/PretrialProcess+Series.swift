import SimKernel

/// The daily series (``DailySeries``), kept only when ``ModelConfiguration/keepsDailySeries``:
/// days are closed by ``SeriesKeepingProcess`` before the first event at or after each day's end
/// (a run without a series is run without it, and pays nothing), and the last at
/// ``finalize(at:)``.
extension PretrialProcess {
    /// The names of the population columns: overall, each group, each charge class.
    var seriesCells: [String] {
        let population = configuration.population
        return [BreakdownCell.overall.key] + population.groups.map { BreakdownCell.group($0.name).key }
            + population.chargeClasses.map { BreakdownCell.chargeClass($0.name).key }
    }

    /// The names of the trial-backlog columns: "overall" (every court's queue), then one
    /// "tier:<name>" per court tier where courts have tiers.
    var seriesBacklogCells: [String] {
        [BreakdownCell.overall.key] + configuration.courtTierNames.map { "tier:\($0)" }
    }

    /// The trial queues' length integrals from day 0 to `end`, in the order of
    /// ``seriesBacklogCells``: overall (the sum of the tiers'), then each tier's.
    func seriesBacklogIntegrals(until end: Double) -> [Double] {
        guard hasTiers else { return [trialQueue.queueLength.integral(until: end)] }
        let tiers = courtTiers.queues.map { $0.queueLength.integral(until: end) }
        return [tiers.reduce(0, +)] + tiers
    }

    /// Closes every day that ends at or before `now` (no level has changed since the last
    /// event, which was before the first of those ends).
    mutating func closeSeriesDays(until now: Double) {
        while nextSeriesDay <= now {
            closeSeriesDay(at: nextSeriesDay)
            nextSeriesDay += 1
        }
    }

    /// Closes the day that ends at `end` (a whole day, or the last part of one when the run
    /// stops).
    mutating func closeSeriesDay(at end: Double) {
        let width = end - seriesRecorder.closedUntil
        guard width > 0 else { return }
        var areas = Array(repeating: 0.0, count: 1 + tables.groupCount + tables.classCount)
        let perGroup = tables.classCount * IncomeQuintiles.count
        for index in 0..<min(totalsStorage.count, tables.groupCount * perGroup) {
            let integral = totals[index].jail.integral(until: end) + seriesRecorder.integralOffset[index]
            let area = integral - seriesRecorder.lastIntegral[index]
            seriesRecorder.lastIntegral[index] = integral
            areas[0] += area
            areas[1 + index / perGroup] += area
            areas[1 + tables.groupCount + (index / IncomeQuintiles.count) % tables.classCount] += area
        }
        let backlogIntegrals = seriesBacklogIntegrals(until: end)
        if seriesRecorder.lastBacklogIntegrals.isEmpty {
            seriesRecorder.lastBacklogIntegrals = Array(repeating: 0, count: backlogIntegrals.count)
        }
        seriesRecorder.append(
            width: width, areas: areas,
            backlogAreas: zip(backlogIntegrals, seriesRecorder.lastBacklogIntegrals).map { $0 - $1 },
            admitted: jailAdmissions - seriesRecorder.lastAdmissions,
            released: jailReleases - seriesRecorder.lastReleases)
        seriesRecorder.lastBacklogIntegrals = backlogIntegrals
        seriesRecorder.lastAdmissions = jailAdmissions
        seriesRecorder.lastReleases = jailReleases
        seriesRecorder.closedUntil = end
    }

    /// Keeps the integrals from day 0 across the warm-up's restart of the jail populations
    /// (call just before it, at `now`).
    mutating func carrySeriesOverWarmUp(at now: Double) {
        for index in 0..<min(totalsStorage.count, seriesRecorder.integralOffset.count) {
            seriesRecorder.integralOffset[index] += totals[index].jail.integral(until: now)
        }
    }

    /// Closes the whole days up to `end` and the partial day that ends there, if any.
    mutating func finishSeries(at end: Double) {
        closeSeriesDays(until: end)
        closeSeriesDay(at: end)
    }

    /// The series recorded, or `nil` when the run keeps none.
    var dailySeries: DailySeries? {
        keepsSeries
            ? seriesRecorder.series(
                cells: seriesCells, backlogCells: seriesBacklogCells, warmUpDays: warmUpDays,
                arrestWindowDays: arrestWindowDays)
            : nil
    }
}
