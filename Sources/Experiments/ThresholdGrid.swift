import Foundation

/// The thresholds `pretrial experiment thresholds` runs: a regular grid (`from`, `to`,
/// `step`) or a list, each a risk score in [0, 1], in increasing order and without repeats.
///
/// Grid values are rounded to nine decimals, so that 0.1 + 4 × 0.1 is the threshold 0.5 a
/// reader wrote and a score of exactly 0.5 (a COMPAS decile of 5, scored 5 / 10) counts as at
/// the threshold, not below it.
public struct ThresholdGrid: Sendable, Equatable {
    /// The thresholds, increasing.
    public let thresholds: [Double]

    /// The most thresholds a sweep runs (each is a full set of replications).
    public static let maximumCount = 101

    /// The default grid for a score in [0, 1]: the deciles 0.1, 0.2, …, 1.0 (a threshold
    /// of 1.0 flags only the highest scores, those of exactly 1, the top COMPAS decile).
    public static let deciles = try! ThresholdGrid(list: (1...10).map { Double($0) / 10 })

    /// What is wrong with a grid, in words a command line can show.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong and how to fix it.
        public let description: String
    }

    /// The grid `from`, `from + step`, … up to `to` (included when it falls on the grid, within
    /// 1e-9).
    /// - Throws: ``Problem`` when an end is outside [0, 1], `to` is not above `from`, `step` is
    ///   not positive, or the grid has more than ``maximumCount`` thresholds.
    public init(from: Double, to: Double, step: Double) throws(Problem) {
        for (name, value) in [("--from", from), ("--to", to)] where !(value >= 0 && value <= 1) {
            throw Problem(description: "\(name) must be a risk score between 0 and 1 (got \(value)).")
        }
        guard to > from else {
            throw Problem(description: "--to must be above --from (got --from \(from) --to \(to)).")
        }
        guard step.isFinite && step > 0 else {
            throw Problem(description: "--step must be a positive number, e.g. 0.1 (got \(step)).")
        }
        let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
        guard count <= Self.maximumCount else {
            throw Problem(
                description: "--from \(from) --to \(to) --step \(step) makes \(count) thresholds, more than the "
                    + "\(Self.maximumCount) a sweep runs; use a larger --step.")
        }
        try self.init(list: (0..<count).map { from + Double($0) * step })
    }

    /// The thresholds in `list`, sorted.
    /// - Throws: ``Problem`` when the list is empty, holds a value outside [0, 1] or the same
    ///   threshold twice, or is longer than ``maximumCount``.
    public init(list: [Double]) throws(Problem) {
        guard !list.isEmpty else {
            throw Problem(description: "--thresholds needs at least one threshold, e.g. 0.3,0.5,0.7.")
        }
        guard list.count <= Self.maximumCount else {
            throw Problem(
                description:
                    "--thresholds lists \(list.count) thresholds, more than the \(Self.maximumCount) a sweep runs.")
        }
        let rounded = list.map(Self.rounded)
        if let bad = rounded.first(where: { !($0 >= 0 && $0 <= 1) }) {
            throw Problem(description: "a threshold must be a risk score between 0 and 1 (got \(bad)).")
        }
        let sorted = rounded.sorted()
        if let repeated = zip(sorted, sorted.dropFirst()).first(where: { $0.0 == $0.1 }) {
            throw Problem(description: "the threshold \(repeated.0) is given twice; give each threshold once.")
        }
        thresholds = sorted
    }

    /// Parses `--thresholds 0.3,0.5,0.7`.
    /// - Throws: ``Problem`` when an entry is not a number, or as ``init(list:)``.
    public init(parsing text: String) throws(Problem) {
        var values: [Double] = []
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw Problem(
                    description: "--thresholds: '\(trimmed)' is not a number; give numbers between 0 and 1 "
                        + "separated by commas, e.g. 0.3,0.5,0.7.")
            }
            values.append(value)
        }
        try self.init(list: values)
    }

    /// `value` rounded to nine decimals.
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return (value * 1e9).rounded() / 1e9
    }
}
