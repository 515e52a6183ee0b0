/// One problem found in a scenario file: where it is, which key it concerns, what is wrong
/// and how to fix it.
///
/// Its ``description`` reads like a compiler diagnostic, so editors and terminals can jump to
/// the place:
///
/// ```
/// scenarios/x.yaml:12:7: error: population.groups[1].share: shares of groups sum to 0.9. Fix: make the shares sum to 1 (now 0.6 + 0.3).
/// ```
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
    /// Whether an issue stops the scenario from running.
    public enum Severity: String, Sendable, Equatable {
        /// The scenario cannot run until this is fixed.
        case error
        /// The scenario runs, but probably not as intended (for example a trial queue that
        /// cannot keep up).
        case warning
    }

    /// The file, as the user named it (or as an `extends` path resolved from it).
    public var file: String
    /// Line, counted from 1.
    public var line: Int
    /// Column, counted from 1.
    public var column: Int
    /// The key concerned, dotted, with list items by index from 0: `population.groups[1].share`.
    /// Empty for problems with the whole file (such as YAML syntax errors).
    public var keyPath: String
    /// What is wrong.
    public var message: String
    /// How to fix it, in a phrase ("make the shares sum to 1"); may be empty.
    public var fix: String
    /// Error or warning.
    public var severity: Severity

    /// Creates an issue.
    /// - Parameters:
    ///   - file: The file's path.
    ///   - line: Line, from 1.
    ///   - column: Column, from 1.
    ///   - keyPath: The dotted key path, or empty.
    ///   - message: What is wrong.
    ///   - fix: How to fix it.
    ///   - severity: Error (the default) or warning.
    public init(
        file: String, line: Int, column: Int, keyPath: String, message: String, fix: String,
        severity: Severity = .error
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
        self.fix = fix
        self.severity = severity
    }

    /// `file:line:column: severity: keyPath: message. Fix: fix.`
    public var description: String {
        let place = "\(file):\(line):\(column): \(severity.rawValue): "
        let key = keyPath.isEmpty ? "" : "\(keyPath): "
        let fixText = fix.isEmpty ? "" : " Fix: \(Self.sentence(fix))"
        return place + key + Self.sentence(message) + fixText
    }

    /// `text` ending in a full stop, unless it already ends in punctuation.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!".contains(last) ? text : text + "."
    }
}
