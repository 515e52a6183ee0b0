/// A published or measured figure the model should reproduce: which of the catalog's figures
/// it is (and in which breakdown cell, variant or change between variants), what was observed
/// with its uncertainty, where it comes from, how close the model must come, and whether it is
/// used to fit the model (`calibration`) or only to check it (`validation`).
///
/// Targets are data: a targets file (YAML, read by `Scenarios.TargetsLoader`) lists them per
/// jurisdiction, and `pretrial check` / `pretrial calibrate` compare them with runs.
public struct Target: Sendable, Equatable {
    /// What a target is used for.
    public enum Role: String, Sendable, CaseIterable {
        /// Fitted to by `pretrial calibrate`.
        case calibration
        /// Only compared with, never fitted to: the honest test of a calibrated scenario.
        case validation
    }

    /// Which model quantity the target is compared with.
    public enum Quantity: Sendable, Equatable {
        /// A figure of one variant (by name; "baseline" is the scenario as written).
        case level(variant: String)
        /// `(to − from) / from`: the relative change between two variants, e.g. a reform's
        /// effect on the jail population ("−15%" is −0.15).
        case relativeChange(from: String, to: String)
        /// `to − from`: the difference between two variants in the figure's own units (for a
        /// share, in proportion points: −0.09 is nine percentage points fewer).
        case difference(from: String, to: String)
    }

    /// How an observed value's uncertainty is stated.
    public enum Uncertainty: Sendable, Equatable {
        /// Not stated by the source.
        case unknown
        /// A standard error, in the figure's units.
        case standardError(Double)
        /// A 95% interval, in the figure's units.
        case interval(lower: Double, upper: Double)
        /// A share observed as `successes` of `trials` (binomial standard error).
        case counts(successes: Double, trials: Double)

        /// The standard error this implies, or `nil` when it is unknown: an interval's width
        /// over 2 × 1.96; counts' `sqrt(p(1 − p)/n)`.
        public var standardError: Double? {
            switch self {
            case .unknown: nil
            case .standardError(let error): error
            case .interval(let lower, let upper): (upper - lower) / (2 * 1.959_963_984_540_054)
            case .counts(let successes, let trials):
                trials > 0 ? ((successes / trials) * (1 - successes / trials) / trials).squareRoot() : nil
            }
        }
    }

    /// How close the model must come: an absolute distance in the figure's units, or a
    /// fraction of the observed value's magnitude.
    public enum Tolerance: Sendable, Equatable {
        /// `|model − observed| ≤ value`.
        case absolute(Double)
        /// `|model − observed| ≤ value × |observed|`.
        case relative(Double)

        /// The largest distance allowed from `observed`.
        public func allowance(around observed: Double) -> Double {
            switch self {
            case .absolute(let value): value
            case .relative(let fraction): fraction * abs(observed)
            }
        }
    }

    /// A short unique name within its file, e.g. `stay_median_black`.
    public var name: String
    /// The catalog figure's id as written (kept as text so that a target can name a figure
    /// the model does not produce yet; ``metric`` is `nil` then, and `check` says so).
    public var figure: String
    /// The figure, if the catalog has it.
    public var metric: MetricID?
    /// The breakdown cell (overall, a group, a charge class, …).
    public var cell: BreakdownCell
    /// Which variant, or which change between variants.
    public var quantity: Quantity
    /// The observed value, in the figure's units (a share as a fraction, days as days).
    public var observed: Double
    /// Its uncertainty as the source gives it.
    public var uncertainty: Uncertainty
    /// What was counted, in words.
    public var definition: String
    /// Of whom or of what, in words (the denominator, or the population of a count).
    public var denominator: String
    /// Who published it.
    public var source: String
    /// The full citation (title, publisher or journal, year, table or page).
    public var citation: String
    /// The years the figure covers, e.g. "2013–2014".
    public var years: String
    /// How close the model must come.
    public var tolerance: Tolerance
    /// Fitted to, or only checked against.
    public var role: Role

    /// Creates a target; see each property for the meaning of its parameter.
    public init(
        name: String, figure: String, metric: MetricID?, cell: BreakdownCell = .overall,
        quantity: Quantity = .level(variant: "baseline"), observed: Double, uncertainty: Uncertainty = .unknown,
        definition: String, denominator: String, source: String, citation: String, years: String,
        tolerance: Tolerance, role: Role
    ) {
        self.name = name
        self.figure = figure
        self.metric = metric
        self.cell = cell
        self.quantity = quantity
        self.observed = observed
        self.uncertainty = uncertainty
        self.definition = definition
        self.denominator = denominator
        self.source = source
        self.citation = citation
        self.years = years
        self.tolerance = tolerance
        self.role = role
    }

    /// Whether `model` is within tolerance of the observed value.
    public func isMet(by model: Double) -> Bool {
        abs(model - observed) <= tolerance.allowance(around: observed)
    }
}
