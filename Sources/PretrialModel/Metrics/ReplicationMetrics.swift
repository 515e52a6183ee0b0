/// One cell of a breakdown: everyone, one group, one charge class or one income quintile.
public enum BreakdownCell: Sendable, Equatable, Hashable, Codable {
    /// Everyone.
    case overall
    /// One group, by name.
    case group(String)
    /// One charge class, by name.
    case chargeClass(String)
    /// One fifth of arrested people by ability to pay, 1 (least) to 5 (``IncomeQuintiles``).
    case incomeQuintile(Int)

    /// "overall", "group:<name>", "charge_class:<name>" or "income_quintile:<1–5>".
    public var key: String {
        switch self {
        case .overall: "overall"
        case .group(let name): "group:\(name)"
        case .chargeClass(let name): "charge_class:\(name)"
        case .incomeQuintile(let quintile): "income_quintile:\(quintile)"
        }
    }

    /// Whether the cell is a charge class or an income quintile: the finer breakdowns that
    /// tables show apart from the overall and group figures.
    public var isFiner: Bool {
        switch self {
        case .chargeClass, .incomeQuintile: true
        case .overall, .group: false
        }
    }
}

/// The figures of one replication: each metric for each breakdown cell.
public struct ReplicationMetrics: Sendable, Equatable {
    /// The cells, overall first, then groups, charge classes and income quintiles 1–5.
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
