/// Collects the issues found while reading one scenario document.
///
/// A reference type, so the readers of every nested node report into the same log.
final class IssueLog {
    /// The issues in the order found.
    private(set) var issues: [ScenarioIssue] = []

    /// Whether any issue is an error.
    var hasErrors: Bool { issues.contains { $0.severity == .error } }

    /// Records an issue.
    /// - Parameters:
    ///   - severity: Error or warning.
    ///   - message: What is wrong.
    ///   - fix: How to fix it.
    ///   - location: Where.
    ///   - path: The key concerned.
    func report(
        _ severity: ScenarioIssue.Severity, _ message: String, fix: String, at location: SourceLocation,
        path: DocumentPath
    ) {
        issues.append(
            ScenarioIssue(
                file: location.file, line: location.line, column: location.column,
                keyPath: path.description, message: message, fix: fix, severity: severity))
    }

    /// Records an error.
    func error(_ message: String, fix: String, at location: SourceLocation, path: DocumentPath) {
        report(.error, message, fix: fix, at: location, path: path)
    }

    /// Records a warning.
    func warning(_ message: String, fix: String, at location: SourceLocation, path: DocumentPath) {
        report(.warning, message, fix: fix, at: location, path: path)
    }

    /// Records an issue found elsewhere.
    func append(_ issue: ScenarioIssue) {
        issues.append(issue)
    }
}
