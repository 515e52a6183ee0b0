import Experiments

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

/// One row of the `runs` table, with how many replications are stored.
public struct RunRecord: Sendable, Equatable {
    /// The run's id in its store.
    public var id: Int64
    /// What was run (variants and plugins included).
    public var identity: RunIdentity
    /// When the run started (ISO 8601).
    public var started: String
    /// When the run finished (ISO 8601), if it did.
    public var finished: String?
    /// Where the run stands.
    public var status: RunStatus
    /// (variant, replication) pairs stored, over all variants.
    public var replicationsDone: Int

    /// (variant, replication) pairs planned, over all variants (of its shards, for a shard).
    public var replicationsPlanned: Int { identity.replicationsHeld * identity.variants.count }
}
