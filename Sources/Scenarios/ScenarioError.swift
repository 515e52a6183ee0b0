/// A scenario file could not be loaded: every problem found, errors and warnings alike.
///
/// Validation does not stop at the first mistake, so a user fixes a file in one pass. Printed,
/// it gives one issue per line.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every issue found, errors first in the order of the files and lines they are on.
    public var issues: [ScenarioIssue]

    /// Creates an error holding `issues`.
    /// - Parameter issues: The problems found (at least one should be an error).
    public init(issues: [ScenarioIssue]) {
        self.issues = issues
    }

    /// The issues that are errors.
    public var errors: [ScenarioIssue] { issues.filter { $0.severity == .error } }

    /// The issues that are warnings.
    public var warnings: [ScenarioIssue] { issues.filter { $0.severity == .warning } }

    /// One issue per line.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
