import Experiments

/// A run read back from a store: what was run and every stored replication.
public struct StoredRun: Sendable {
    /// The run's row.
    public var record: RunRecord
    /// The stored replications, ordered by variant and replication.
    public var outcomes: [ReplicationOutcome]

    /// Creates a stored run.
    public init(record: RunRecord, outcomes: [ReplicationOutcome]) {
        self.record = record
        self.outcomes = outcomes
    }

    /// The evidence of the stored replications, computed as `pretrial run` computes it.
    public func evidence() -> Evidence {
        Evidence(
            variants: record.identity.variants.map { (name: $0.name, description: $0.description) },
            outcomes: outcomes, referenceGroup: record.identity.referenceGroup)
    }

    /// Replications stored for each variant, in variant order.
    public var storedReplications: [Int] {
        record.identity.variants.indices.map { index in outcomes.count { $0.variant == index } }
    }

    /// Replications per variant the tables cover: those stored for the variant with fewest,
    /// so an unfinished run does not claim more than it holds.
    public var replicationsCovered: Int { storedReplications.min() ?? 0 }

    /// What a reader of the tables must know about the stored replications: when the
    /// variants hold different numbers, a note gives each.
    public var notes: [String] {
        let stored = storedReplications
        guard Set(stored).count > 1 else { return [] }
        return [
            "the run is unfinished and its variants hold different numbers of replications ("
                + zip(record.identity.variants, stored).map { "\($0.name) \($1)" }.joined(separator: ", ")
                + "); each variant's figures cover its own, and comparisons only the replications both hold."
        ]
    }
}
