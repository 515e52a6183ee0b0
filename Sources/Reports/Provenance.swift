/// Where a table's figures come from; every table ends with it.
public struct Provenance: Sendable, Equatable {
    /// The scenario's name.
    public var scenarioName: String
    /// The scenario file's path as given.
    public var scenarioPath: String
    /// SHA-256 of the scenario file (hex).
    public var scenarioSHA256: String
    /// The master seed.
    public var seed: UInt64
    /// Replications per variant.
    public var replications: Int
    /// The tool's version.
    public var toolVersion: String
    /// When the run finished (ISO 8601).
    public var date: String
    /// The shards of the run's replications these figures come from (`pretrial run --shard`),
    /// or `nil` for all of them.
    public var shard: String?
    /// What a reader must know about how the figures were made: an unmet `--precision`
    /// target, an unfinished run's replications by variant. Printed after the provenance line.
    public var notes: [String]

    /// Creates a provenance record.
    public init(scenarioName: String, scenarioPath: String, scenarioSHA256: String, seed: UInt64,
                replications: Int, toolVersion: String, date: String, shard: String? = nil, notes: [String] = []) {
        self.scenarioName = scenarioName
        self.scenarioPath = scenarioPath
        self.scenarioSHA256 = scenarioSHA256
        self.seed = seed
        self.replications = replications
        self.toolVersion = toolVersion
        self.date = date
        self.shard = shard
        self.notes = notes
    }

    /// One line for the foot of a table.
    public var line: String {
        "Scenario \"\(scenarioName)\" (\(scenarioPath), sha256 \(scenarioSHA256)); seed \(seed); "
            + "\(replications) replications per variant"
            + (shard.map { " (shard \($0) of the run's replications; merge every shard for the whole run)" } ?? "")
            + "; pretrial \(toolVersion); \(date)."
            + notes.map { " Note: \($0)" }.joined()
    }

    /// The provenance as (key, value) pairs, for formats with fields (CSV).
    public var fields: [(key: String, value: String)] {
        [("scenario", scenarioName), ("scenario_path", scenarioPath), ("scenario_sha256", scenarioSHA256),
         ("seed", String(seed)), ("replications", String(replications)), ("tool_version", toolVersion), ("date", date)]
            + (shard.map { [("shard", $0)] } ?? []) + notes.map { ("note", $0) }
    }
}
