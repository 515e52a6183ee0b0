/// What the process keeps to write a ``DailySeries`` (``ModelConfiguration/keepsDailySeries``):
/// the days closed so far, and where each running integral stood at the last day's end.
///
/// The process closes a day when the first event at or after its end is about to be handled
/// (`PretrialProcess+Series.swift`), so no event of its own is scheduled and the order of the
/// model's events is untouched. Levels between two events are constant, so the integrals read
/// then are exact.
struct DailySeriesRecorder {
    /// The end of the last day closed (0 before the first).
    var closedUntil = 0.0
    /// Each combination's jail-population integral at ``closedUntil``, counted from day 0.
    var lastIntegral: [Double] = []
    /// What each combination's integral lost when the warm-up restarted it (the integral from
    /// day 0 is the one read plus this).
    var integralOffset: [Double] = []
    /// The trial queues' length integrals at ``closedUntil`` (overall first, then each tier's,
    /// as ``PretrialProcess/seriesBacklogIntegrals(until:)`` gives them).
    var lastBacklogIntegrals: [Double] = []
    /// The admissions and releases counted by ``closedUntil``.
    var lastAdmissions = 0
    var lastReleases = 0
    /// The population columns (overall, each group, each charge class), one value a day.
    var population: [[Double]] = []
    var admissions: [Double] = []
    var releases: [Double] = []
    /// The backlog columns, in the order of ``lastBacklogIntegrals``.
    var backlog: [[Double]] = []

    /// A recorder for `combinations` combinations and `cells` population columns.
    init(combinations: Int, cells: Int) {
        lastIntegral = Array(repeating: 0, count: combinations)
        integralOffset = Array(repeating: 0, count: combinations)
        population = Array(repeating: [], count: cells)
    }

    /// Appends a day of width `width` whose population integrals per column are `areas`, its
    /// backlog integrals per column `backlogAreas` and its counts.
    mutating func append(width: Double, areas: [Double], backlogAreas: [Double], admitted: Int, released: Int) {
        for column in population.indices { population[column].append(areas[column] / width) }
        if backlog.isEmpty { backlog = Array(repeating: [], count: backlogAreas.count) }
        for column in backlog.indices { backlog[column].append(backlogAreas[column] / width) }
        admissions.append(Double(admitted))
        releases.append(Double(released))
    }

    /// The series, with the population columns named `cells` and the backlog columns
    /// `backlogCells`.
    func series(cells: [String], backlogCells: [String], warmUpDays: Double, arrestWindowDays: Double)
        -> DailySeries
    {
        var columns = zip(cells, population).map {
            DailySeries.Column(measure: .pretrialPopulation, cell: $0, values: $1)
        }
        columns.append(DailySeries.Column(measure: .admissions, cell: "overall", values: admissions))
        columns.append(DailySeries.Column(measure: .releases, cell: "overall", values: releases))
        for (cell, values) in zip(backlogCells, backlog) {
            columns.append(DailySeries.Column(measure: .trialBacklog, cell: cell, values: values))
        }
        return DailySeries(columns: columns, warmUpDays: warmUpDays, arrestWindowDays: arrestWindowDays)
    }
}
