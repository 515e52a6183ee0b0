/// One cell of a breakdown: everyone, one group, one charge class, one income quintile, or
/// the cases disposed with one pre-trial status (only for figures made from counters written
/// at disposition: ``MetricDefinition/isByDetentionStatus``).
public enum BreakdownCell: Sendable, Equatable, Hashable, Codable {
    /// Everyone.
    case overall
    /// One group, by name.
    case group(String)
    /// One charge class, by name.
    case chargeClass(String)
    /// One fifth of arrested people by ability to pay, 1 (least) to 5 (``IncomeQuintiles``).
    case incomeQuintile(Int)
    /// The cases disposed while detained, or while released (``DetentionStatus``).
    case detentionStatus(DetentionStatus)

    /// "overall", "group:<name>", "charge_class:<name>", "income_quintile:<1–5>" or
    /// "status:<detained|released>": the name CSV, JSON and the results store use.
    public var key: String {
        switch self {
        case .overall: "overall"
        case .group(let name): "group:\(name)"
        case .chargeClass(let name): "charge_class:\(name)"
        case .incomeQuintile(let quintile): "income_quintile:\(quintile)"
        case .detentionStatus(let status): "status:\(status.rawValue)"
        }
    }

    /// Whether the cell is a charge class or an income quintile: the finer breakdowns that
    /// tables show apart from the overall and group figures.
    public var isFiner: Bool {
        switch self {
        case .chargeClass, .incomeQuintile: true
        case .overall, .group, .detentionStatus: false
        }
    }

    /// The cell a ``key`` names; `nil` for a key of no cell.
    public init?(key: String) {
        if key == "overall" {
            self = .overall
        } else if key.hasPrefix("group:") {
            self = .group(String(key.dropFirst("group:".count)))
        } else if key.hasPrefix("charge_class:") {
            self = .chargeClass(String(key.dropFirst("charge_class:".count)))
        } else if key.hasPrefix("income_quintile:"), let quintile = Int(key.dropFirst("income_quintile:".count)) {
            self = .incomeQuintile(quintile)
        } else if key.hasPrefix("status:"),
            let status = DetentionStatus(rawValue: String(key.dropFirst("status:".count)))
        {
            self = .detentionStatus(status)
        } else {
            return nil
        }
    }

    /// The name tables show: "overall", the group's or charge class's name, or "income
    /// quintile 1 (least)" … "income quintile 5 (most)".
    public var displayName: String {
        if case .incomeQuintile = self { return "income quintile " + shortName.dropFirst() }
        return shortName
    }

    /// The name charts show: as ``displayName``, but "Q1 (least)" … "Q5 (most)" for quintiles.
    public var shortName: String {
        switch self {
        case .overall: "overall"
        case .group(let name): name
        case .chargeClass(let name): name
        case .incomeQuintile(let quintile):
            "Q\(quintile)" + (quintile == 1 ? " (least)" : quintile == IncomeQuintiles.count ? " (most)" : "")
        case .detentionStatus(let status): status == .detained ? "detained at disposition" : "released at disposition"
        }
    }
}
