import PretrialModel
import SimKernel

/// Figures of several scenarios side by side, scaled so that jurisdictions of different sizes
/// compare (`pretrial compare`): totals per 100,000 arrests, populations per 100,000 arrests a
/// year, shares and means as they are.
///
/// Each replication's figure is scaled by that replication's own arrests before the mean and
/// its 95% interval are taken over replications, so the interval is that of the scaled figure.
public struct ScenarioComparison: Sendable {
    /// How a figure is scaled to compare across sizes.
    public enum Scaling: Sendable, Equatable {
        /// Shown as it is: a share, a mean, a quantile (or the arrests themselves).
        case none
        /// A total over the counted arrests (people, bed-days, dollars): × 100,000 ÷ arrests.
        case perArrests
        /// A population at a time (the jail, the trial backlog): × 100,000 ÷ arrests a year,
        /// where arrests a year are the counted arrests ÷ the counted days × 365.
        case perArrestsAYear

        /// Words for the figure's label, e.g. "per 100,000 arrests".
        public var words: String? {
            switch self {
            case .none: nil
            case .perArrests: "per 100,000 arrests"
            case .perArrestsAYear: "per 100,000 arrests a year"
            }
        }
    }

    /// One scenario's column.
    public struct Column: Sendable {
        /// The scenario's name (the column's heading).
        public var name: String
        /// Replications the figures cover.
        public var replications: Int
        /// Each figure of ``ScenarioComparison/figures``, scaled.
        public var estimates: [MetricID: Estimate]

        /// A column from the replications of one scenario's baseline.
        public init(name: String, outcomes: [ReplicationOutcome]) {
            self.name = name
            replications = outcomes.count
            var estimates: [MetricID: Estimate] = [:]
            for metric in ScenarioComparison.figures {
                let samples = outcomes.map { ScenarioComparison.scaled(metric, $0.metrics) }.filter(\.isFinite)
                estimates[metric] = Estimate(samples: samples)
            }
            self.estimates = estimates
        }
    }

    /// The figures compared: the arrests counted (as they are, for the size of each run), then
    /// every figure the catalog compares between variants (role `compared`: jail population,
    /// detention past first appearance and past 3 days, days detained, failure to appear, new
    /// arrests, convictions, innocent convictions, trial wait, cost…), in the catalog's order.
    public static let figures: [MetricID] =
        [.arrests] + MetricID.allCases.filter { $0 != .arrests && $0.definition.roles.contains(.compared) }

    /// How `metric` is scaled: totals per 100,000 arrests, populations at a time per 100,000
    /// arrests a year, everything else (and the arrests) as it is.
    public static func scaling(of metric: MetricID) -> Scaling {
        guard metric != .arrests else { return .none }
        let definition = metric.definition
        switch definition.formula {
        case .count, .costOf: return .perArrests
        case .jailPopulationAverage: return .perArrestsAYear
        case .replicationWide: return definition.unit == .people ? .perArrestsAYear : .none
        default: return .none
        }
    }

    /// One replication's `metric`, scaled (NaN when the replication counted no arrests).
    public static func scaled(_ metric: MetricID, _ metrics: ReplicationMetrics) -> Double {
        let value = metrics.overall(metric)
        let arrests = metrics.overall(.arrests)
        switch scaling(of: metric) {
        case .none: return value
        case .perArrests: return arrests > 0 ? value * 100_000 / arrests : .nan
        case .perArrestsAYear:
            let days = metrics.overall(.countedDays)
            return arrests > 0 && days > 0 ? value * 100_000 / (arrests / days * 365) : .nan
        }
    }

    /// The columns, one per scenario, in the order given.
    public var columns: [Column]

    /// Creates a comparison.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// The label of `metric` in the comparison: the catalog's, with its scaling.
    public static func label(of metric: MetricID) -> String {
        let label = metric.definition.label
        if metric == .arrests { return "\(label) in the run (not scaled: the size of each run)" }
        return scaling(of: metric).words.map { "\(label), \($0)" } ?? label
    }
}
