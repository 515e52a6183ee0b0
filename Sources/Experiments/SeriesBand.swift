import PretrialModel
import SimKernel

/// One variant's daily series of one measure over its replications: each day's mean with its
/// Student-*t* 95% interval (the band a chart shades), from the replications that reached that
/// day (runs end on different days once their last case closes).
public struct SeriesBand: Sendable {
    /// The variant's name.
    public var variant: String
    /// What is measured.
    public var measure: DailySeriesMeasure
    /// The breakdown ("overall", "group:<name>", …).
    public var cell: String
    /// Each day's estimate, day 0 first.
    public var days: [Estimate]

    /// The band of `measure` in `cell` over `outcomes` (one variant's); `nil` when none kept a
    /// series with that column.
    public init?(
        variant: String, outcomes: [ReplicationOutcome], measure: DailySeriesMeasure = .pretrialPopulation,
        cell: String = "overall"
    ) {
        let columns = outcomes.compactMap { $0.metrics.series?.values(measure, cell: cell) }
        guard let longest = columns.map(\.count).max(), longest > 0 else { return nil }
        self.variant = variant
        self.measure = measure
        self.cell = cell
        days = (0..<longest).map { day in
            Estimate(samples: columns.compactMap { day < $0.count ? $0[day] : nil }.filter { !$0.isNaN })
        }
    }
}
