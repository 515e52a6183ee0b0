/// A replication stopped by one of its ``RunawayGuards``: it would otherwise have run for ever
/// or until memory ran out. Its figures are discarded; the description says why, what in the
/// scenario usually causes it, and what to change.
public struct ReplicationStopped: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which guard stopped the replication.
    public enum Cause: Sendable, Equatable {
        /// More than `limit` events ran at `day` without the clock moving.
        case eventsAtOneInstant(limit: Int, day: Double)
        /// The replication ran `limit` events, the budget for `expectedArrests` arrests.
        case eventBudget(limit: Int, expectedArrests: Double, day: Double)
        /// More than `limit` cases were open at once, at `day`.
        case openCases(limit: Int, expectedArrests: Double, day: Double)
    }

    /// Which guard stopped it.
    public var cause: Cause
    /// The replication's number (from 0).
    public var replication: Int
    /// The variant's name, once the runner of the replications knows it.
    public var variant: String?

    /// Creates the error.
    public init(cause: Cause, replication: Int, variant: String? = nil) {
        self.cause = cause
        self.replication = replication
        self.variant = variant
    }

    /// What stopped, why, and the parameters to change.
    public var description: String {
        let which = (variant.map { "variant '\($0)', " } ?? "") + "replication \(replication + 1)"
        switch cause {
        case .eventsAtOneInstant(let limit, let day):
            return "\(which) stopped: more than \(Self.count(limit)) events ran at day \(Self.day(day)) "
                + "without simulated time moving — a loop at one instant, such as court dates, failures "
                + "to appear and warrant arrests with no delay between them. Fix: give "
                + "process.court_date_interval and process.warrant_delay delays greater than 0, lower the "
                + "charge classes' failure_to_appear below 1, or raise "
                + "behaviour.remand_after_failure_to_appear above 0."
        case .eventBudget(let limit, let arrests, let day):
            return "\(which) stopped at day \(Self.day(day)) after \(Self.count(limit)) events, the budget of "
                + "\(Self.count(RunawayGuards.eventsPerExpectedArrest)) per expected arrest "
                + "(\(Self.count(arrests)) from arrests.rate_per_day × run.arrest_window_days) and "
                + "\(Self.count(RunawayGuards.baseEvents)) more: its cases go through far more events than cases normally do "
                + "(court dates, failures to appear and warrants, new arrests). Fix: check "
                + "process.court_date_interval and process.court_dates_before_trial, the charge classes' "
                + "failure_to_appear and new_arrest_per_day, and behaviour.remand_after_failure_to_appear."
        case .openCases(let limit, let arrests, let day):
            return "\(which) stopped at day \(Self.day(day)): more than \(Self.count(limit)) cases were open at "
                + "once, twice the \(Self.count(arrests)) arrests expected from arrests.rate_per_day × "
                + "run.arrest_window_days and \(Self.count(RunawayGuards.baseOpenCases)) more — new arrests "
                + "while released open cases faster than cases end (each released case leads to one or "
                + "more new cases). Fix: lower the charge classes' new_arrest_per_day (and priors_effect), "
                + "or raise behaviour.revocation_on_new_arrest; `pretrial validate` estimates the new cases "
                + "per case."
        }
    }

    private static func count(_ x: Int) -> String { count(Double(x)) }

    /// `x` with thousands separators, or in exponent form when it is huge.
    private static func count(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return "\(x)" }
        var digits = String(Int(x.rounded()))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped
    }

    private static func day(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        let tenths = (x * 10).rounded() / 10
        return tenths == tenths.rounded() && abs(tenths) < 1e15 ? "\(Int(tenths))" : "\(tenths)"
    }
}
