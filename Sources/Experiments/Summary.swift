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
        modelEvents = outcomes.reduce(0) { $0 + $1.metrics.modelEvents }
        wallSeconds = outcomes.reduce(0) { $0 + $1.wallSeconds }
    }

    /// The estimate of `metric` for `cell`.
    public func estimate(_ metric: MetricID, _ cell: BreakdownCell = .overall) -> Estimate? {
        guard let index = cells.firstIndex(of: cell) else { return nil }
        return estimates[metric]?[index]
    }
}
