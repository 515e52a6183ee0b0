/// One cell of a breakdown: everyone, one group, or one charge class.
public enum BreakdownCell: Sendable, Equatable, Hashable, Codable {
    /// Everyone.
    case overall
    /// One group, by name.
    case group(String)
    /// One charge class, by name.
    case chargeClass(String)

    /// "overall", "group:<name>" or "charge_class:<name>".
    public var key: String {
        switch self {
        case .overall: "overall"
        case .group(let name): "group:\(name)"
        case .chargeClass(let name): "charge_class:\(name)"
        }
    }
}

/// The figures of one replication: each metric for each breakdown cell.
public struct ReplicationMetrics: Sendable, Equatable {
    /// The cells, overall first, then groups, then charge classes.
    public var cells: [BreakdownCell]
    /// For each metric, its value in each cell (same order as ``cells``); NaN where the
    /// figure has no denominator (e.g. a plea acceptance rate with no offers).
    public var values: [MetricID: [Double]]
    /// Events executed, bookkeeping excluded.
    public var modelEvents: Int
    /// The simulated day when the run ended.
    public var endTime: Double

    /// Creates the figures of one replication (the model does; so does a results store
    /// reading them back).
    public init(cells: [BreakdownCell], values: [MetricID: [Double]], modelEvents: Int, endTime: Double) {
        self.cells = cells
        self.values = values
        self.modelEvents = modelEvents
        self.endTime = endTime
    }

    /// The value of `metric` overall.
    public func overall(_ metric: MetricID) -> Double { values[metric]?[0] ?? .nan }

    /// The value of `metric` for `cell`.
    public func value(_ metric: MetricID, _ cell: BreakdownCell) -> Double {
        guard let index = cells.firstIndex(of: cell) else { return .nan }
        return values[metric]?[index] ?? .nan
    }
}
