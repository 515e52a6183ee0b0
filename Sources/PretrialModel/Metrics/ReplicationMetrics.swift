/// The figures of one replication: each metric for each breakdown cell.
public struct ReplicationMetrics: Sendable, Equatable {
    /// The cells, overall first, then groups, charge classes and income quintiles 1–5.
    public var cells: [BreakdownCell]
    /// For each metric, its value in each cell (same order as ``cells``); NaN where the
    /// figure has no denominator (e.g. a plea acceptance rate with no offers).
    public var values: [MetricID: [Double]]
    /// For each rate, mean or share of a sum (``MetricFormula/parts``), its numerator in each
    /// cell: pooled over replications, numerators and denominators give the pooled rate, and
    /// they are the counts behind relative rate indices and small-numbers warnings.
    public var numerators: [MetricID: [Double]]
    /// The denominators of the same, in each cell.
    public var denominators: [MetricID: [Double]]
    /// Events executed, bookkeeping excluded.
    public var modelEvents: Int
    /// The simulated day when the run ended.
    public var endTime: Double
    /// The daily series, when the configuration kept one (``ModelConfiguration/keepsDailySeries``).
    public var series: DailySeries?

    /// Creates the figures of one replication (the model does; so does a results store
    /// reading them back).
    public init(
        cells: [BreakdownCell], values: [MetricID: [Double]], numerators: [MetricID: [Double]] = [:],
        denominators: [MetricID: [Double]] = [:], modelEvents: Int, endTime: Double, series: DailySeries? = nil
    ) {
        self.cells = cells
        self.values = values
        self.numerators = numerators
        self.denominators = denominators
        self.modelEvents = modelEvents
        self.endTime = endTime
        self.series = series
    }

    /// The value of `metric` overall.
    public func overall(_ metric: MetricID) -> Double { values[metric]?[0] ?? .nan }

    /// The value of `metric` for `cell`.
    public func value(_ metric: MetricID, _ cell: BreakdownCell) -> Double {
        guard let index = cells.firstIndex(of: cell) else { return .nan }
        return values[metric]?[index] ?? .nan
    }

    /// The numerator of `metric` (a rate or mean) for `cell`; NaN if it has none.
    public func numerator(_ metric: MetricID, _ cell: BreakdownCell) -> Double {
        guard let index = cells.firstIndex(of: cell) else { return .nan }
        return numerators[metric]?[index] ?? .nan
    }

    /// The denominator of `metric` (a rate or mean) for `cell`; NaN if it has none.
    public func denominator(_ metric: MetricID, _ cell: BreakdownCell) -> Double {
        guard let index = cells.firstIndex(of: cell) else { return .nan }
        return denominators[metric]?[index] ?? .nan
    }
}
