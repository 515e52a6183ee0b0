import PretrialModel
import SimKernel

/// One target of a ``TargetCheck``: the target and what the run made of it.
public struct TargetCheckRow: Sendable, Equatable {
    /// What the run gave for a target.
    public enum Finding: Sendable, Equatable {
        /// The model's estimate, with its 95% interval over replications.
        case estimated(Estimate)
        /// The target's figure is not in the catalog.
        case noSuchFigure
        /// The run has no variant of that name.
        case noSuchVariant(String)
        /// The figure has no value in the target's cell (a group or charge class the scenario
        /// does not have, or a rate without a denominator there).
        case notInCell
    }

    /// The target.
    public var target: Target
    /// What the run gave.
    public var finding: Finding

    /// Creates a row.
    public init(target: Target, finding: Finding) {
        self.target = target
        self.finding = finding
    }

    /// The model's estimate, if the run has one.
    public var estimate: Estimate? {
        if case .estimated(let estimate) = finding { return estimate }
        return nil
    }

    /// Model minus observed, if there is an estimate.
    public var difference: Double? { estimate.map { $0.mean - target.observed } }

    /// Whether the model's mean is within the target's tolerance; `nil` without an estimate.
    public var isWithinTolerance: Bool? { estimate.map { target.isMet(by: $0.mean) } }

    /// Why there is no estimate, in words ("no such figure"); `nil` when there is one.
    public var reason: String? {
        switch finding {
        case .estimated: nil
        case .noSuchFigure: "no such figure"
        case .noSuchVariant(let name): "no variant '\(name)'"
        case .notInCell: "not defined in \(target.cell.key)"
        }
    }
}
