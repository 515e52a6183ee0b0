import PretrialModel
import SimKernel

/// One variant's figures across replications: for each metric and breakdown cell, the mean
/// and 95% confidence interval.
public struct VariantSummary: Sendable {
    /// The variant's name.
    public var name: String
    /// What it changes.
    public var description: String
    /// Replications summarised.
    public var replications: Int
    /// The breakdown cells (overall first).
    public var cells: [BreakdownCell]
    /// Estimates by metric, one per cell (same order as ``cells``).
    public var estimates: [MetricID: [Estimate]]
    /// For each rate or mean, its numerator summed over the replications, one per cell (NaN
    /// where no replication has it, e.g. a run stored before counts were kept).
    public var numeratorTotals: [MetricID: [Double]]
    /// The denominators, summed the same way: `numeratorTotals / denominatorTotals` is the
    /// rate pooled over replications.
    public var denominatorTotals: [MetricID: [Double]]
    /// Total model events over all replications.
    public var modelEvents: Int
    /// Total wall-clock seconds spent in this variant's replications.
    public var wallSeconds: Double

    /// Summarises `outcomes` of one variant.
    public init(name: String, description: String, outcomes: [ReplicationOutcome]) {
        self.name = name
        self.description = description
        replications = outcomes.count
        cells = outcomes.first?.metrics.cells ?? [.overall]
        var estimates: [MetricID: [Estimate]] = [:]
        for metric in MetricID.allCases {
            estimates[metric] = cells.indices.map { cell in
                let samples = outcomes.compactMap { $0.metrics.values[metric]?[cell] }.filter { !$0.isNaN }
                return Estimate(samples: samples)
            }
        }
        self.estimates = estimates
        let cells = self.cells
        func totals(_ parts: (ReplicationMetrics) -> [MetricID: [Double]]) -> [MetricID: [Double]] {
            var totals: [MetricID: [Double]] = [:]
            for metric in MetricID.allCases where metric.definition.formula.parts != nil {
                totals[metric] = cells.indices.map { cell in
                    let known = outcomes.compactMap { parts($0.metrics)[metric]?[cell] }.filter(\.isFinite)
                    return known.isEmpty ? .nan : known.reduce(0, +)
                }
            }
            return totals
        }
        numeratorTotals = totals(\.numerators)
        denominatorTotals = totals(\.denominators)
        modelEvents = outcomes.reduce(0) { $0 + $1.metrics.modelEvents }
        wallSeconds = outcomes.reduce(0) { $0 + $1.wallSeconds }
    }

    /// The numerator and denominator of `metric` (a rate or mean) for `cell`, summed over the
    /// replications; `nil` for other figures or when unknown.
    public func pooledCounts(_ metric: MetricID, _ cell: BreakdownCell = .overall) -> (
        numerator: Double, denominator: Double
    )? {
        guard let index = cells.firstIndex(of: cell), let numerator = numeratorTotals[metric]?[index],
            let denominator = denominatorTotals[metric]?[index], numerator.isFinite, denominator.isFinite
        else { return nil }
        return (numerator, denominator)
    }

    /// The estimate of `metric` for `cell`.
    public func estimate(_ metric: MetricID, _ cell: BreakdownCell = .overall) -> Estimate? {
        guard let index = cells.firstIndex(of: cell) else { return nil }
        return estimates[metric]?[index]
    }
}
