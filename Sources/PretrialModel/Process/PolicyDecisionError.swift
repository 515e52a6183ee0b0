import PolicyKit

/// A policy returned a decision the process cannot carry out (not a number, infinite, or out
/// of its range), so the replication was stopped before the decision could change a figure.
///
/// Policies may come from plugins, other people's code, so the process checks every decision
/// where it uses it (``PretrialProcess`` in `PretrialProcess+DecisionChecks.swift`) and
/// ``PretrialSimulation/run(_:seed:replication:)`` throws the first bad one.
public struct PolicyDecisionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The decision point whose policy decided.
    public var decisionPoint: DecisionPoint
    /// The name of the module the scenario chose there, if known (``PolicySet/moduleNames``).
    public var module: String?
    /// What was wrong, e.g. "money bail of nan dollars (bail must be a finite amount above 0)".
    public var problem: String
    /// The person the decision was about (``Defendant/person``).
    public var person: Int
    /// The simulated day of the decision.
    public var day: Double
    /// The replication it happened in.
    public var replication: Int
    /// The variant, once the runner knows it.
    public var variant: String?
    /// The plugin library the module came from, once the caller that loaded it knows it.
    public var pluginPath: String?

    /// Creates an error.
    public init(
        decisionPoint: DecisionPoint, module: String?, problem: String, person: Int, day: Double,
        replication: Int, variant: String? = nil, pluginPath: String? = nil
    ) {
        self.decisionPoint = decisionPoint
        self.module = module
        self.problem = problem
        self.person = person
        self.day = day
        self.replication = replication
        self.variant = variant
        self.pluginPath = pluginPath
    }

    /// "the release policy module 'x' (plugin /p/libx.so) returned ... for person 12 on day
    /// 3.5 (replication 0, variant 'baseline'); the run was stopped. Fix the module ...".
    public var description: String {
        let who =
            module.map { "the \(decisionPoint.rawValue) policy module '\($0)'" }
            ?? "the \(decisionPoint.rawValue) policy"
        let from = pluginPath.map { " (plugin \($0))" } ?? ""
        let whereIn = "replication \(replication)" + (variant.map { ", variant '\($0)'" } ?? "")
        let fix =
            pluginPath == nil
            ? "Check the module's parameters in the scenario."
            : "Fix the plugin's module (or its parameters in the scenario), rebuild it and run again."
        return "\(who)\(from) returned \(problem) for person \(person) on day \(Self.format(day)) (\(whereIn)); "
            + "the replication was stopped so the decision could not change the figures. \(fix)"
    }

    /// A day with at most three decimals.
    private static func format(_ day: Double) -> String {
        guard day.isFinite else { return "\(day)" }
        let rounded = (day * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : "\(rounded)"
    }
}
