import PretrialModel

/// One version of a scenario's model: the baseline, or the baseline with some values changed
/// by a variant's `set` paths.
public struct ScenarioVariant: Sendable {
    /// The variant's name; "baseline" for the baseline.
    public var name: String
    /// What the variant changes and why (empty for a baseline without a description).
    public var description: String
    /// The complete, validated model configuration.
    public var configuration: ModelConfiguration
    /// The dotted paths the variant set, as written in the file, in order (empty for the
    /// baseline).
    public var overrides: [String]
    /// Warnings about this variant (for example an overloaded trial queue). A warning that
    /// applies unchanged to the baseline appears, with the same text, in both.
    public var warnings: [ScenarioIssue]

    /// Creates a variant.
    /// - Parameters:
    ///   - name: The variant's name.
    ///   - description: What it changes.
    ///   - configuration: Its model configuration.
    ///   - overrides: The paths it set.
    ///   - warnings: Warnings about it.
    public init(
        name: String, description: String, configuration: ModelConfiguration, overrides: [String],
        warnings: [ScenarioIssue]
    ) {
        self.name = name
        self.description = description
        self.configuration = configuration
        self.overrides = overrides
        self.warnings = warnings
    }
}
