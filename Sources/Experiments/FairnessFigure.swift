import PretrialModel

/// One of the risk instrument's fairness figures a threshold sweep reports: a measure (false
/// positive rate, …) on the observed outcomes a real audit could see (released people only), or
/// on the true outcomes the simulation knows (everyone, the detained included). Each is a
/// catalog figure named `<measure>_<kind>` (e.g. `risk_false_positive_rate_true`).
public struct FairnessFigure: Sendable, Hashable {
    /// What is measured.
    public enum Measure: String, Sendable, CaseIterable {
        /// Outcome-positive / labelled (the base rate).
        case outcomeRate = "risk_outcome_rate"
        /// Flagged among outcome-negative.
        case falsePositiveRate = "risk_false_positive_rate"
        /// Not flagged among outcome-positive.
        case falseNegativeRate = "risk_false_negative_rate"
        /// Outcome-positive among flagged.
        case positivePredictiveValue = "risk_positive_predictive_value"
        /// The area under the ROC curve, from the counts by score decile.
        case auc = "risk_auc"

        /// A short name for table columns.
        public var shortName: String {
            switch self {
            case .outcomeRate: "Base rate"
            case .falsePositiveRate: "FPR"
            case .falseNegativeRate: "FNR"
            case .positivePredictiveValue: "PPV"
            case .auc: "AUC"
            }
        }
    }

    /// Which outcomes the figure counts.
    public enum Kind: String, Sendable, CaseIterable {
        /// The true outcome, for everyone scored (the potential outcome of the detained too).
        case truth = "true"
        /// The recorded outcome of people released before disposition (what an audit sees).
        case observed

        /// For tables.
        public var word: String { self == .truth ? "true" : "observed" }
    }

    /// The measure.
    public var measure: Measure
    /// The outcomes counted.
    public var kind: Kind

    /// Creates a figure.
    public init(_ measure: Measure, _ kind: Kind) {
        self.measure = measure
        self.kind = kind
    }

    /// Its catalog id.
    public var id: String { "\(measure.rawValue)_\(kind.rawValue)" }

    /// The catalog figure, if this build has it.
    public var metric: MetricID? { MetricID(rawValue: id) }

    /// Every figure, measure by measure, true before observed.
    public static let all: [FairnessFigure] = Measure.allCases.flatMap { measure in
        Kind.allCases.map { FairnessFigure(measure, $0) }
    }

    /// The id of the share of scored cases flagged high risk.
    public static let flaggedShareID = "risk_flagged_share"

    /// The catalog figure of the flagged share, if this build has it.
    public static var flaggedShare: MetricID? { MetricID(rawValue: flaggedShareID) }

    /// The catalog figure of the outcome rate among scores of decile `decile` (1…10), if this
    /// build has it: the calibration curve.
    public static func decile(_ decile: Int, _ kind: Kind) -> MetricID? {
        MetricID(rawValue: "risk_outcome_rate_decile_\(decile)_\(kind.rawValue)")
    }
}
