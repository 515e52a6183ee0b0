import Experiments

/// Where a table's figures come from; every table ends with it: the run's identity, how many
/// replications the figures cover, when, and what a reader must know besides.
///
/// The identity's fields read as the provenance's own (`provenance.seed`, `provenance.shard`).
@dynamicMemberLookup
public struct Provenance: Sendable, Equatable {
    /// What was run.
    public var run: RunIdentity
    /// Replications per variant the figures cover: those of the run's shards, or of an
    /// unfinished run those stored for the variant with fewest. (The run's planned
    /// replications are `run.replications`.)
    public var replications: Int
    /// When the run finished (ISO 8601).
    public var date: String
    /// What a reader must know about how the figures were made: an unmet `--precision`
    /// target, an unfinished run's replications by variant. Printed after the provenance line.
    public var notes: [String]

    /// Creates a provenance record.
    /// - Parameter replications: replications per variant the figures cover; by default
    ///   those the run holds (``RunIdentity/replicationsHeld``).
    public init(run: RunIdentity, replications: Int? = nil, date: String, notes: [String] = []) {
        self.run = run
        self.replications = replications ?? run.replicationsHeld
        self.date = date
        self.notes = notes
    }

    /// A field of the run's identity.
    public subscript<Value>(dynamicMember field: KeyPath<RunIdentity, Value>) -> Value { run[keyPath: field] }

    /// One line for the foot of a table.
    public var line: String {
        "Scenario \"\(run.scenarioName)\" (\(run.scenarioPath), sha256 \(run.scenarioSHA256)); "
            + run.plugins.map {
                "plugin \($0.path) (sha256 \($0.sha256); modules \($0.modules.joined(separator: ", "))); "
            }.joined()
            + "seed \(run.seed); \(replications) replications per variant"
            + (run.shard.map { " (shard \($0) of the run's replications; merge every shard for the whole run)" } ?? "")
            + "; pretrial \(run.toolVersion); \(date)."
            + notes.map { " Note: \($0)" }.joined()
    }

    /// The provenance as (key, value) pairs, for formats with fields (CSV): each plugin gives
    /// `plugin` (its path), `plugin_sha256` and `plugin_modules` (space-separated), in turn.
    public var fields: [(key: String, value: String)] {
        [
            ("scenario", run.scenarioName), ("scenario_path", run.scenarioPath),
            ("scenario_sha256", run.scenarioSHA256),
            ("seed", String(run.seed)), ("replications", String(replications)), ("tool_version", run.toolVersion),
            ("date", date),
        ]
            + (run.shard.map { [("shard", $0)] } ?? [])
            + run.plugins.flatMap {
                [
                    ("plugin", $0.path), ("plugin_sha256", $0.sha256),
                    ("plugin_modules", $0.modules.joined(separator: " ")),
                ]
            }
            + notes.map { ("note", $0) }
    }
}
