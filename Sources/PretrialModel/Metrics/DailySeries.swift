/// One replication's daily series (``ModelConfiguration/keepsDailySeries``): for each day of
/// the run, from day 0 to the day the run ended, the pre-trial population (overall, by group
/// and by charge class), the bookings into jail and the releases from it, and the trial
/// backlog.
///
/// **How a day is sampled.** Levels (the population, the backlog) are **daily time-averages**:
/// day *d*'s value is the average level over [*d*, *d* + 1), or over [*d*, end) for a last,
/// partial day, read from the same time-weighted integrals the run's averages use. So the mean
/// of the daily populations over the counted days (the warm-up to the end of the arrest
/// window, when both are whole days) is the run's `people_in_jail_average`. Counts (admissions,
/// releases) are the number of events in the day. Recording them draws no random number and
/// schedules no event: the figures of a run are the same with or without its series.
public struct DailySeries: Sendable, Equatable {
    /// One column of the series: a measure in one cell, one value per day.
    public struct Column: Sendable, Equatable {
        /// What is measured.
        public var measure: DailySeriesMeasure
        /// The breakdown: "overall", "group:<name>", "charge_class:<name>" (the keys of
        /// ``BreakdownCell/key``), and for ``DailySeriesMeasure/trialBacklog`` "tier:<name>"
        /// once courts have tiers.
        public var cell: String
        /// The value on day 0, 1, … (``DailySeries/dayCount`` of them).
        public var values: [Double]

        /// Creates a column.
        public init(measure: DailySeriesMeasure, cell: String, values: [Double]) {
            self.measure = measure
            self.cell = cell
            self.values = values
        }
    }

    /// The columns: the population overall, by group, by charge class, then admissions,
    /// releases and the trial backlog (overall).
    public var columns: [Column]
    /// The run's warm-up (``ModelConfiguration/warmUpDays``): the day counting started.
    public var warmUpDays: Double
    /// The end of the run's arrest window (``ModelConfiguration/arrestWindowDays``).
    public var arrestWindowDays: Double

    /// Creates a series from its columns (the model does; so does a results store reading
    /// one back).
    public init(columns: [Column], warmUpDays: Double = 0, arrestWindowDays: Double = .nan) {
        self.columns = columns
        self.warmUpDays = warmUpDays
        self.arrestWindowDays = arrestWindowDays
    }

    /// Days in the series (the longest column's length).
    public var dayCount: Int { columns.map(\.values.count).max() ?? 0 }

    /// The values of `measure` in `cell` ("overall" by default); `nil` if the series has no
    /// such column.
    public func values(_ measure: DailySeriesMeasure, cell: String = "overall") -> [Double]? {
        columns.first { $0.measure == measure && $0.cell == cell }?.values
    }
}

/// What a ``DailySeries`` column measures; the raw value is the name the results store, CSV
/// and JSON use.
public enum DailySeriesMeasure: String, Sendable, CaseIterable, Codable {
    /// People in jail pre-trial, each once (by group: whole persons; by charge class: a person
    /// with k open cases counts 1/k in each case's class, as `jail_population_average` does);
    /// the day's time-average.
    case pretrialPopulation = "pretrial_population"
    /// Bookings into jail that day (every entry into custody, including after a warrant or a
    /// revoked release).
    case admissions
    /// Releases from jail that day (every exit from custody before disposition or at it).
    case releases
    /// Cases waiting in the trial queue (not yet started), the day's time-average; "overall"
    /// is every court's, a tier's cell (added with court tiers) its own queue's.
    case trialBacklog = "trial_backlog"
}
