import PretrialModel
import SimKernel

/// How a group fares against the reference group on one rate, within one variant: the ratio
/// and difference of the rates, each with a 95% confidence interval across replications.
public struct Disparity: Sendable {
    /// The rate compared.
    public var metric: MetricID
    /// The group.
    public var group: String
    /// The reference group.
    public var reference: String
    /// Group rate ÷ reference rate (replication by replication).
    public var ratio: Estimate
    /// Group rate − reference rate.
    public var difference: Estimate
    /// Whether the counts behind the rate are too small to trust: fewer than
    /// ``smallNumberThreshold`` of the rate's own denominator (e.g. plea offers to detained
    /// people) a replication, on average, in the group or the reference group.
    public var smallNumbers: Bool

    /// Cells whose rate rests on fewer than this many cases a replication get a small-numbers
    /// warning.
    public static let smallNumberThreshold = 30.0

    /// The warning for a rate with small numbers: "fewer than 30 plea offers to detained
    /// people a replication in a group".
    public var smallNumbersNote: String? {
        guard smallNumbers else { return nil }
        return Self.smallNumbersNote(for: metric)
    }

    /// The small-numbers warning for `metric`, naming its denominator.
    public static func smallNumbersNote(for metric: MetricID) -> String {
        let noun = metric.definition.denominatorNoun ?? "cases"
        return "fewer than \(Int(smallNumberThreshold)) \(noun) a replication in a group"
    }

    /// Compares `group` with `reference` on `metric` over the outcomes of one variant; `nil`
    /// when there are fewer than two replications with both rates.
    public init?(metric: MetricID, group: String, reference: String, outcomes: [ReplicationOutcome]) {
        var ratios: [Double] = [], differences: [Double] = [], sizes: [Double] = []
        for outcome in outcomes {
            let m = outcome.metrics
            let g = m.value(metric, .group(group)), r = m.value(metric, .group(reference))
            guard g.isFinite, r.isFinite else { continue }
            differences.append(g - r)
            if r != 0 { ratios.append(g / r) }
            let size = min(m.denominator(metric, .group(group)), m.denominator(metric, .group(reference)))
            if size.isFinite { sizes.append(size) }
        }
        guard differences.count >= 2 else { return nil }
        self.metric = metric
        self.group = group
        self.reference = reference
        ratio = Estimate(samples: ratios)
        difference = Estimate(samples: differences)
        smallNumbers = !sizes.isEmpty && sizes.reduce(0, +) / Double(sizes.count) < Self.smallNumberThreshold
    }
}
