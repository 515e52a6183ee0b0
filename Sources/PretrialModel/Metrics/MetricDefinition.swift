/// Everything about one figure, declared once in the catalog (``MetricID/definition``): what
/// tables call it, what it means, its unit and scope, how it is made from the process's
/// counters, and where it appears. Every layer above reads these instead of keeping lists.
public struct MetricDefinition: Sendable {
    /// The plain-language label tables use.
    public var label: String
    /// What the figure measures, for the README (`pretrial metrics`) and readers of the store.
    public var meaning: String
    /// What it is measured in.
    public var unit: MetricUnit
    /// Whether it exists in every breakdown cell or overall only.
    public var scope: MetricScope
    /// How it is computed from the counters of a cell.
    public var formula: MetricFormula
    /// What the denominator counts, in words, for small-numbers warnings ("plea offers to
    /// detained people"); `nil` for a figure with no denominator.
    public var denominatorNoun: String?
    /// Where the figure appears.
    public var roles: MetricRoles

    /// Whether the figure exists by pre-trial status at disposition
    /// (``BreakdownCell/detentionStatus(_:)``, `by_detention_status`): a figure of every cell
    /// made only from counters written at disposition
    /// (``ProcessCounter/isCountedAtDisposition``), so a new such figure is split by status
    /// without a line of its own.
    public var isByDetentionStatus: Bool {
        guard scope == .everyCell, let counters = formula.counters, !counters.isEmpty else { return false }
        return counters.allSatisfy(\.isCountedAtDisposition)
    }

    /// Creates a definition (the catalog does).
    init(
        label: String, meaning: String, unit: MetricUnit, scope: MetricScope = .everyCell, formula: MetricFormula,
        denominatorNoun: String? = nil, roles: MetricRoles = []
    ) {
        self.label = label
        self.meaning = meaning
        self.unit = unit
        self.scope = scope
        self.formula = formula
        self.denominatorNoun = denominatorNoun
        self.roles = roles
    }
}

/// What a figure is measured in.
public enum MetricUnit: String, Sendable, CaseIterable {
    /// A share between 0 and 1 (a rate).
    case share
    /// Days.
    case days
    /// People or cases.
    case people
    /// US dollars (or the scenario's currency).
    case dollars
    /// A count of something other than people (court events, offers).
    case count
    /// Simulation events.
    case events
    /// Hours (police custody).
    case hours
}

/// Where a figure exists.
public enum MetricScope: String, Sendable {
    /// Overall and in every cell of the breakdown (groups, charge classes, income quintiles).
    case everyCell = "every_cell"
    /// Overall only (e.g. the trial backlog, which is one queue).
    case overallOnly = "overall_only"
}

/// How a figure is made from a cell's counters (``CounterBlock``).
public enum MetricFormula: Sendable {
    /// The counter itself.
    case count(ProcessCounter)
    /// Numerator ÷ denominator (NaN when the denominator is 0).
    case share(ProcessCounter, of: ProcessCounter)
    /// A sum ÷ the number of cases summed (NaN with none).
    case mean(ProcessCounter, over: ProcessCounter)
    /// `part ÷ (part + other)` (NaN when both are 0).
    case shareOfSum(ProcessCounter, with: ProcessCounter)
    /// The counter times the scenario's cost per bed-day.
    case costOf(ProcessCounter)
    /// A quantile of days in pre-trial detention, from the cell's histogram.
    case detentionQuantile(Double)
    /// A quantile of the money bail set at first appearance (dollars), from the cell's histogram.
    case bailQuantile(Double)
    /// A quantile of days from arrest to disposition over disposed cases, from the cell's
    /// histogram.
    case dispositionQuantile(Double)
    /// The time-average number held pre-trial between the warm-up and the end of the arrest
    /// window.
    case jailPopulationAverage
    /// Set by the process for the whole replication (overall only), not made from counters.
    case replicationWide
    /// The area under the ROC curve of the risk score against the observed (`observed`) or
    /// the true outcome, from the counts by score decile (``RiskCurve``; ties count one half).
    case riskAreaUnderCurve(observed: Bool)
    /// The share of cases held more than `among` days whose days in pre-trial detention are
    /// more than `above` and at most `atMost`, from the cell's histogram (a length-of-remand
    /// band among those remanded).
    case detentionLengthShare(above: Double, atMost: Double, among: Double)
    /// The counter ÷ the days of arrests counted: a daily stock by Little's law when the counter
    /// sums the days each counted case spends in a state.
    case perCountedDay(ProcessCounter)
    /// The time-average pre-trial population ÷ (itself + the counter per counted day): the
    /// pre-trial share of a population whose other part is the counter's daily stock.
    case pretrialShareWith(ProcessCounter)
    /// One figure minus another, in the same cell (e.g. a rate against the true outcome minus
    /// the same against the observed one); NaN when either is.
    indirect case difference(MetricFormula, minus: MetricFormula)

    /// Every counter the figure is made from; `nil` for a figure not made from counters alone
    /// (a quantile, the jail population, a replication-wide figure).
    public var counters: [ProcessCounter]? {
        switch self {
        case .count(let counter), .costOf(let counter), .perCountedDay(let counter): [counter]
        case .share(let numerator, let denominator), .mean(let numerator, let denominator),
            .shareOfSum(let numerator, let denominator):
            [numerator, denominator]
        case .detentionQuantile, .bailQuantile, .dispositionQuantile, .jailPopulationAverage, .replicationWide,
            .detentionLengthShare, .pretrialShareWith:
            nil
        case .riskAreaUnderCurve(let observed):
            (1...RiskCurve.deciles).flatMap { decile in
                [true, false].map { ProcessCounter.riskDecile(decile, positive: $0, observed: observed) }
            }
        case .difference(let first, let second):
            first.counters.flatMap { first in second.counters.map { first + $0 } }
        }
    }

    /// The counters whose quotient the figure is, for a rate, a mean or a share of a sum: the
    /// numerator and the counters whose sum is the denominator; `nil` for other figures.
    public var parts: (numerator: ProcessCounter, denominator: [ProcessCounter])? {
        switch self {
        case .share(let numerator, let denominator), .mean(let numerator, let denominator):
            (numerator, [denominator])
        case .shareOfSum(let part, let other):
            (part, [part, other])
        case .count, .costOf, .detentionQuantile, .bailQuantile, .dispositionQuantile, .jailPopulationAverage,
            .replicationWide, .riskAreaUnderCurve, .difference, .detentionLengthShare, .perCountedDay,
            .pretrialShareWith:
            nil
        }
    }
}

/// Where a figure appears in reports and comparisons; the catalog sets these, the layers above
/// read them (never a list of their own).
public struct MetricRoles: OptionSet, Sendable, Hashable {
    /// The roles as bits.
    public let rawValue: Int
    /// Creates a set of roles.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// In the main figures table, overall and by group.
    public static let headline = MetricRoles(rawValue: 1 << 0)
    /// In the tables by charge class and by income quintile.
    public static let byBreakdown = MetricRoles(rawValue: 1 << 1)
    /// Compared with the baseline, overall and by group.
    public static let compared = MetricRoles(rawValue: 1 << 2)
    /// Compared with the baseline by charge class and income quintile too (needs ``compared``).
    public static let comparedByBreakdown = MetricRoles(rawValue: 1 << 3)
    /// A rate whose ratio and difference between groups is reported.
    public static let disparity = MetricRoles(rawValue: 1 << 4)
    /// Charted by group and income quintile in the HTML brief.
    public static let charted = MetricRoles(rawValue: 1 << 5)
    /// Watched by `--precision` (overall, in every variant).
    public static let precision = MetricRoles(rawValue: 1 << 6)
    /// In the human formats' table by pre-trial status at disposition (needs
    /// ``MetricDefinition/isByDetentionStatus``; JSON, CSV and the store give every such
    /// figure by status whatever its roles).
    public static let byDetentionStatus = MetricRoles(rawValue: 1 << 7)
}
