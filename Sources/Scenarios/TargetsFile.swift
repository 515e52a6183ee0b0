import PretrialModel

/// A targets file as read: the jurisdiction its figures describe, its targets in the file's
/// order, and the warnings found (a figure the catalog does not have).
public struct TargetsFile: Sendable, Equatable {
    /// The jurisdiction the figures describe, e.g. "Broward County, Florida".
    public var jurisdiction: String
    /// The targets, in the file's order.
    public var targets: [Target]
    /// Problems that do not stop the file from being used.
    public var warnings: [ScenarioIssue]
    /// The file, as the user named it.
    public var path: String

    /// Creates a targets file's contents; see each property.
    public init(jurisdiction: String, targets: [Target], warnings: [ScenarioIssue] = [], path: String) {
        self.jurisdiction = jurisdiction
        self.targets = targets
        self.warnings = warnings
        self.path = path
    }
}
