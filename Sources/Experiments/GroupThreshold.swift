import Foundation

/// A threshold held fixed for one group while the sweep moves everyone else's
/// (`--group-threshold GROUP=VALUE`): the release policy and the fairness figures judge that
/// group's scores against `threshold` at every point of the sweep, so a reader can look for the
/// threshold of the other groups at which an error rate matches the fixed group's (the
/// group-specific thresholds of Kleinberg et al. and Corbett-Davies et al.).
public struct GroupThreshold: Sendable, Equatable {
    /// The group's name, as the scenario spells it.
    public var group: String
    /// Its threshold, a risk score in [0, 1].
    public var threshold: Double

    /// Creates a group threshold.
    public init(group: String, threshold: Double) {
        self.group = group
        self.threshold = threshold
    }

    /// Parses `GROUP=VALUE` (the group name may hold spaces; the value is after the last `=`).
    /// - Throws: ``ThresholdGrid/Problem`` when there is no `=`, no name, or the value is not a
    ///   number between 0 and 1.
    public init(parsing text: String) throws(ThresholdGrid.Problem) {
        guard let equals = text.lastIndex(of: "=") else {
            throw ThresholdGrid.Problem(
                description: "--group-threshold '\(text)' is not GROUP=VALUE; write e.g. --group-threshold Black=0.7.")
        }
        let name = text[..<equals].trimmingCharacters(in: .whitespaces)
        let valueText = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw ThresholdGrid.Problem(
                description: "--group-threshold '\(text)' names no group; write e.g. --group-threshold Black=0.7.")
        }
        guard let value = Double(valueText), value >= 0, value <= 1 else {
            throw ThresholdGrid.Problem(
                description: "--group-threshold \(name): '\(valueText)' is not a risk score between 0 and 1.")
        }
        self.init(group: name, threshold: ThresholdGrid.rounded(value))
    }
}
