import Experiments
import Reports

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
        Evidence(variants: record.description.variants.map { (name: $0.name, description: $0.description) },
                 outcomes: outcomes, referenceGroup: record.description.referenceGroup)
    }

    /// The provenance of the run's tables. Replications are those stored for the variant
    /// with fewest, so an unfinished run does not claim more than it holds; when the variants
    /// hold different numbers, a note gives each.
    public var provenance: Provenance {
        let run = record.description
        let stored = run.variants.indices.map { index in outcomes.count { $0.variant == index } }
        var notes: [String] = []
        if Set(stored).count > 1 {
            notes.append("the run is unfinished and its variants hold different numbers of replications ("
                + zip(run.variants, stored).map { "\($0.name) \($1)" }.joined(separator: ", ")
                + "); each variant's figures cover its own, and comparisons only the replications both hold.")
        }
        return Provenance(scenarioName: run.scenarioName, scenarioPath: run.scenarioPath, scenarioSHA256: run.scenarioSHA256,
                          seed: run.seed, replications: stored.min() ?? 0, toolVersion: run.toolVersion,
                          date: record.finished ?? record.started, shard: run.shard, notes: notes)
    }
}
