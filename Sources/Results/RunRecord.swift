import Experiments
import Foundation
import Reports

/// Where a stored run stands.
public enum RunStatus: String, Sendable, CaseIterable, Codable {
    /// Started and not (yet) finished; a run killed outright (SIGKILL, power loss) stays so.
    case running
    /// Every planned replication is stored (of its shard, for a run of one shard).
    case complete
    /// Stopped by the user (Ctrl-C, SIGTERM) before every replication was stored.
    case incomplete

    /// Whether `pretrial run --resume` may finish it.
    public var isResumable: Bool { self != .complete }
}

/// One variant of a stored run.
public struct StoredVariant: Sendable, Equatable, Codable {
    /// Its name ("baseline" first).
    public var name: String
    /// What it changes, in words.
    public var description: String

    /// Creates a variant record.
    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

/// What a run is, as written when it starts: the provenance of its tables and its variants.
public struct RunDescription: Sendable, Equatable {
    /// The scenario's name.
    public var scenarioName: String
    /// The scenario file's path as given.
    public var scenarioPath: String
    /// SHA-256 of the scenario file (hex).
    public var scenarioSHA256: String
    /// The master seed.
    public var seed: UInt64
    /// Replications planned per variant.
    public var replications: Int
    /// The group disparities are measured against, if the scenario names one.
    public var referenceGroup: String?
    /// The tool's version.
    public var toolVersion: String
    /// The variants, baseline first.
    public var variants: [StoredVariant]
    /// The part of the replications this run holds, `k/N` (`pretrial run --shard`), or
    /// `nil` for all of them; a merge of every shard holds all of them.
    public var shard: String?

    /// Creates a run description.
    public init(scenarioName: String, scenarioPath: String, scenarioSHA256: String, seed: UInt64, replications: Int,
                referenceGroup: String?, toolVersion: String, variants: [StoredVariant], shard: String? = nil) {
        self.scenarioName = scenarioName
        self.scenarioPath = scenarioPath
        self.scenarioSHA256 = scenarioSHA256
        self.seed = seed
        self.replications = replications
        self.referenceGroup = referenceGroup
        self.toolVersion = toolVersion
        self.variants = variants
        self.shard = shard
    }

    /// The shards named by ``shard`` (several after a partial merge, e.g. "1/4,3/4"), in order
    /// of their number; empty for a run of every replication.
    public var shards: [ReplicationShard] {
        guard let shard else { return [] }
        return shard.split(separator: ",").compactMap { try? ReplicationShard.parse(String($0), environment: [:]) }
            .sorted { ($0.index, $0.count) < ($1.index, $1.count) }
    }

    /// Replications per variant this run is meant to hold: all of them, or its shards'.
    public var replicationsHeld: Int {
        let shards = shards
        guard !shards.isEmpty else { return replications }
        return (0..<replications).count { replication in shards.contains { $0.contains(replication: replication) } }
    }

    /// Whether `other` describes a run of the same thing (scenario file, seed, replications,
    /// variants and tool version), whatever part of it each holds: shards of one run.
    public func isSameRun(as other: RunDescription) -> Bool {
        scenarioSHA256 == other.scenarioSHA256 && seed == other.seed && replications == other.replications
            && variants == other.variants && toolVersion == other.toolVersion && referenceGroup == other.referenceGroup
    }
}

/// One row of the `runs` table, with how many replications are stored.
public struct RunRecord: Sendable, Equatable {
    /// The run's id in its store.
    public var id: Int64
    /// What was run (variants included).
    public var description: RunDescription
    /// When the run started (ISO 8601).
    public var started: String
    /// When the run finished (ISO 8601), if it did.
    public var finished: String?
    /// Where the run stands.
    public var status: RunStatus
    /// (variant, replication) pairs stored, over all variants.
    public var replicationsDone: Int

    /// (variant, replication) pairs planned, over all variants (of its shards, for a shard).
    public var replicationsPlanned: Int { description.replicationsHeld * description.variants.count }
}
