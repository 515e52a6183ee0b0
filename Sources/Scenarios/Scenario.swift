import PretrialModel

/// A validated scenario: the baseline model and its variants, ready to run.
///
/// Built by ``ScenarioLoader``; every ``ScenarioVariant/configuration`` in it is complete and
/// valid, and the warnings that did not stop it are kept with each variant.
public struct Scenario: Sendable {
    /// The scenario's name (`scenario.name`).
    public var name: String
    /// What it models (`scenario.description`; empty if absent).
    public var description: String
    /// The path of the scenario file, as given to the loader.
    public var path: String
    /// SHA-256 of the scenario's source, as 64 lowercase hex digits: of the file's bytes if it
    /// extends nothing (the same as `sha256sum FILE`); otherwise of the file's bytes followed
    /// by the bytes of the file it extends (and of the file that one extends, and so on).
    /// A change to any file that shaped the scenario changes it.
    public var sha256: String
    /// Every file read, the scenario file first, then each file it extends in turn.
    public var sourceFiles: [String]
    /// How many replications to run and from which seed.
    public var settings: RunSettings
    /// The model under each variant; `variants[0]` is always the baseline, named "baseline".
    public var variants: [ScenarioVariant]

    /// Creates a scenario.
    /// - Parameters:
    ///   - name: The scenario's name.
    ///   - description: What it models.
    ///   - path: The scenario file's path.
    ///   - sha256: Hex SHA-256 of its source.
    ///   - sourceFiles: Every file read, the scenario file first.
    ///   - settings: Replications, seed and reference group.
    ///   - variants: The baseline first, then the variants.
    public init(
        name: String, description: String, path: String, sha256: String, sourceFiles: [String],
        settings: RunSettings, variants: [ScenarioVariant]
    ) {
        self.name = name
        self.description = description
        self.path = path
        self.sha256 = sha256
        self.sourceFiles = sourceFiles
        self.settings = settings
        self.variants = variants
    }

    /// The baseline variant (`variants[0]`).
    public var baseline: ScenarioVariant { variants[0] }

    /// The variant called `name`, if there is one.
    /// - Parameter name: A variant's name ("baseline" for the baseline).
    /// - Returns: The variant, or `nil`.
    public func variant(named name: String) -> ScenarioVariant? {
        variants.first { $0.name == name }
    }
}

/// How a scenario is run: the part of the `run` section that all variants share, so that
/// they can be compared under common random numbers.
public struct RunSettings: Sendable, Equatable {
    /// Independent replications of each variant (`run.replications`).
    public var replications: Int
    /// The master seed every random stream is derived from (`run.seed`).
    public var seed: UInt64
    /// The group that disparity ratios compare others with (`run.reference_group`), if given;
    /// always one of the scenario's group names.
    public var referenceGroup: String?

    /// Creates run settings.
    /// - Parameters:
    ///   - replications: Replications per variant, at least 1.
    ///   - seed: The master seed.
    ///   - referenceGroup: The reference group's name, or `nil`.
    public init(replications: Int, seed: UInt64, referenceGroup: String? = nil) {
        self.replications = replications
        self.seed = seed
        self.referenceGroup = referenceGroup
    }
}
