import PretrialModel
import SimKernel

/// The relative rate index (RRI) of a group at each stage of the process: the group's rate of
/// moving from the previous stage to this one, over the reference group's — the measure of
/// disproportionate contact used by the US Office of Juvenile Justice and Delinquency
/// Prevention (Hsia et al. 2004; DMC Technical Assistance Manual).
public struct RelativeRateIndex: Sendable {
    /// A stage and the figure that gives its rate from the previous stage.
    public struct Stage: Sendable {
        /// The stage's name.
        public var name: String
        /// The RRI, with a 95% interval across replications.
        public var index: Estimate
        /// The group's own rate at this stage (mean over replications).
        public var groupRate: Double
        /// The reference group's rate.
        public var referenceRate: Double
        /// Whether fewer than 30 people a replication reached the previous stage in either group.
        public var smallNumbers: Bool
        /// The warning when ``smallNumbers``, naming the previous stage ("fewer than 30 people
        /// booked a replication in a group").
        public var smallNumbersNote: String?
    }

    /// The group.
    public var group: String
    /// The reference group.
    public var reference: String
    /// The stages after arrest: booked, detained at first appearance, detained past 3 days,
    /// convicted.
    public var stages: [Stage]

    /// Computes the RRI of `group` against `reference` over the outcomes of one variant.
    public init(group: String, reference: String, outcomes: [ReplicationOutcome]) {
        self.group = group
        self.reference = reference
        // Each stage: its name, its count as a function of (metrics, cell), and the count of
        // the stage before it — counts as the process kept them (the numerators of its rates).
        typealias Count = (ReplicationMetrics, BreakdownCell) -> Double
        let arrests: Count = { $0.value(.arrests, $1) }
        let booked: Count = { $0.numerator(.bookedShare, $1) }
        let detained: Count = { $0.numerator(.detainedPastFirstAppearanceShare, $1) }
        // Only those held at first appearance: people detained later (after a failure to
        // appear or a new arrest) did not pass through the stage before.
        let detained3: Count = { $0.numerator(.heldAtFirstAppearancePast3DaysShare, $1) }
        let disposed: Count = { $0.value(.casesDisposed, $1) }
        let convicted: Count = { $0.numerator(.convictionShare, $1) }
        let definitions: [(String, String, Count, Count)] = [
            ("booked (of arrested)", "people arrested", booked, arrests),
            ("detained at first appearance (of booked)", "people booked", detained, booked),
            (
                "detained past 3 days (of detained at first appearance)", "people detained at first appearance",
                detained3,
                detained
            ),
            ("convicted (of cases disposed)", "cases disposed", convicted, disposed),
        ]
        stages = definitions.map { name, base, count, previous in
            var indices: [Double] = [], groupRates: [Double] = [], referenceRates: [Double] = [], sizes: [Double] = []
            for outcome in outcomes {
                let m = outcome.metrics
                let (gPrev, rPrev) = (previous(m, .group(group)), previous(m, .group(reference)))
                guard gPrev > 0, rPrev > 0 else { continue }
                let gRate = count(m, .group(group)) / gPrev, rRate = count(m, .group(reference)) / rPrev
                guard gRate.isFinite, rRate.isFinite else { continue }
                groupRates.append(gRate)
                referenceRates.append(rRate)
                sizes.append(min(gPrev, rPrev))
                if rRate > 0 { indices.append(gRate / rRate) }
            }
            func mean(_ xs: [Double]) -> Double { xs.isEmpty ? .nan : xs.reduce(0, +) / Double(xs.count) }
            let small = sizes.isEmpty || mean(sizes) < Disparity.smallNumberThreshold
            return Stage(
                name: name, index: Estimate(samples: indices), groupRate: mean(groupRates),
                referenceRate: mean(referenceRates), smallNumbers: small,
                smallNumbersNote: small
                    ? "fewer than \(Int(Disparity.smallNumberThreshold)) \(base) a replication in a group" : nil)
        }
    }
}
