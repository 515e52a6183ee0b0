/// What a run is, as fixed when it starts: the scenario file, seed, replications, variants,
/// tool version, shard and plugins that produced its figures. A results store keeps it in its
/// `runs` row; a report prints it as its provenance; `--resume` and `merge` compare it to
/// decide whether two runs are one.
public struct RunIdentity: Sendable, Equatable {
    /// One variant of the run.
    public struct Variant: Sendable, Equatable, Codable {
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

    /// A policy plugin library loaded for the run (`pretrial run --plugin`).
    public struct Plugin: Sendable, Equatable, Codable {
        /// The library's path, made absolute with symbolic links resolved.
        public var path: String
        /// SHA-256 of the library file (hex); two builds of a plugin differ here.
        public var sha256: String
        /// The names of the policy modules it registered, in the order it registered them.
        public var modules: [String]

        /// Creates a plugin record.
        public init(path: String, sha256: String, modules: [String]) {
            self.path = path
            self.sha256 = sha256
            self.modules = modules
        }
    }

    /// The scenario's name.
    public var scenarioName: String
    /// The scenario file's path as given.
    public var scenarioPath: String
    /// SHA-256 of the scenario file (hex).
    public var scenarioSHA256: String
    /// The master seed.
    public var seed: UInt64
    /// Replications planned per variant (of the whole run, whatever part of it this holds).
    public var replications: Int
    /// The group disparities are measured against, if the scenario names one.
    public var referenceGroup: String?
    /// The variants, baseline first.
    public var variants: [Variant]
    /// The tool's version.
    public var toolVersion: String
    /// The part of the replications this run holds, `k/N` (`pretrial run --shard`), several
    /// after a partial merge (`1/4,3/4`), or `nil` for all of them.
    public var shard: String?
    /// The policy plugins loaded, in the order they were loaded; empty for none.
    public var plugins: [Plugin]

    /// Creates a run identity.
    public init(
        scenarioName: String, scenarioPath: String, scenarioSHA256: String, seed: UInt64, replications: Int,
        referenceGroup: String?, variants: [Variant], toolVersion: String, shard: String? = nil,
        plugins: [Plugin] = []
    ) {
        self.scenarioName = scenarioName
        self.scenarioPath = scenarioPath
        self.scenarioSHA256 = scenarioSHA256
        self.seed = seed
        self.replications = replications
        self.referenceGroup = referenceGroup
        self.variants = variants
        self.toolVersion = toolVersion
        self.shard = shard
        self.plugins = plugins
    }

    /// The shards named by ``shard``, in order of their number; empty for a run of every
    /// replication.
    public var shards: [ReplicationShard] {
        guard let shard else { return [] }
        return shard.split(separator: ",").compactMap { ReplicationShard(String($0)) }
            .sorted { ($0.index, $0.count) < ($1.index, $1.count) }
    }

    /// Replications per variant this run is meant to hold: all of them, or its shards'.
    public var replicationsHeld: Int {
        let shards = shards
        guard !shards.isEmpty else { return replications }
        return (0..<replications).count { replication in shards.contains { $0.contains(replication: replication) } }
    }

    /// The plugin libraries by content: two runs with the same set loaded the same code,
    /// wherever the files were.
    public var pluginDigests: Set<String> { Set(plugins.map(\.sha256)) }

    /// Whether `other` describes a run of the same thing (scenario file, seed, replications,
    /// variants, reference group, tool version and plugin libraries), whatever part of it each
    /// holds: shards of one run, which `merge` joins.
    public func isSameRun(as other: RunIdentity) -> Bool {
        scenarioSHA256 == other.scenarioSHA256 && seed == other.seed && replications == other.replications
            && variants == other.variants && toolVersion == other.toolVersion && referenceGroup == other.referenceGroup
            && pluginDigests == other.pluginDigests
    }

    /// Whether a command that would start `other` may continue this run instead (`--resume`):
    /// the same scenario file, seed, shard, tool version and plugin libraries. The
    /// replications may differ, since `--resume --replications` may raise them.
    public func canBeResumed(as other: RunIdentity) -> Bool {
        scenarioSHA256 == other.scenarioSHA256 && seed == other.seed && shard == other.shard
            && toolVersion == other.toolVersion && pluginDigests == other.pluginDigests
    }
}
