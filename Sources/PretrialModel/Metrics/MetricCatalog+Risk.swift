/// The catalog entries of the fairness figures of a risk instrument (`risk_…`; docs/ARCHITECTURE.md,
/// "Risk outcomes and fairness figures"). Each figure against outcomes comes twice: against
/// the **observed** outcome (the recorded outcome of cases released before disposition: what an
/// audit of real data sees) and against the **true** outcome (every scored case, the detained
/// included), and a `_gap` figure is the true minus the observed. All are NaN without a risk
/// instrument, and those against outcomes without a `risk_outcome` section.
enum RiskFigures {
    /// What "flagged" means, for the meanings.
    private static let flagged =
        "flagged (score at or above risk_outcome.threshold, else the release policy's threshold, else 0.5)"

    /// The words for a kind of outcome: a label suffix and the cases it counts.
    private static func kind(_ observed: Bool) -> (suffix: String, cases: String) {
        observed
            ? ("observed outcome", "scored cases released before disposition, by their recorded outcome")
            : ("true outcome", "every scored case, detained included, by its true outcome")
    }

    /// The counts of one kind of outcome.
    private enum Count {
        case labelled, positive, flaggedPositive, flaggedNegative, unflaggedPositive, unflaggedNegative
    }

    /// The counter of `count` for the observed or the true outcome.
    private static func counter(_ count: Count, _ observed: Bool) -> ProcessCounter {
        switch count {
        case .labelled: observed ? .riskLabelledObserved : .riskLabelledTrue
        case .positive: observed ? .riskPositiveObserved : .riskPositiveTrue
        case .flaggedPositive: observed ? .riskFlaggedPositiveObserved : .riskFlaggedPositiveTrue
        case .flaggedNegative: observed ? .riskFlaggedNegativeObserved : .riskFlaggedNegativeTrue
        case .unflaggedPositive: observed ? .riskUnflaggedPositiveObserved : .riskUnflaggedPositiveTrue
        case .unflaggedNegative: observed ? .riskUnflaggedNegativeObserved : .riskUnflaggedNegativeTrue
        }
    }

    /// `risk_flagged_share`.
    static let flaggedShare = MetricDefinition(
        label: "Share flagged high risk",
        meaning: "scored cases \(flagged) / cases scored by the risk instrument at first appearance",
        unit: .share, formula: .share(.riskFlagged, of: .riskScored), denominatorNoun: "cases scored")

    /// `risk_outcome_rate_<kind>`: the base rate.
    static func outcomeRate(observed: Bool) -> MetricDefinition {
        let words = kind(observed)
        return MetricDefinition(
            label: "Predicted-outcome rate (\(words.suffix))",
            meaning: "outcome positive / labelled, over \(words.cases) (risk_outcome)",
            unit: .share, formula: .share(counter(.positive, observed), of: counter(.labelled, observed)),
            denominatorNoun: "labelled cases")
    }

    /// `risk_false_positive_rate_<kind>`.
    static func falsePositiveRate(observed: Bool) -> MetricDefinition {
        let words = kind(observed)
        return MetricDefinition(
            label: "False-positive rate (\(words.suffix))",
            meaning: "\(flagged) among outcome-negative cases, over \(words.cases)",
            unit: .share,
            formula: .shareOfSum(counter(.flaggedNegative, observed), with: counter(.unflaggedNegative, observed)),
            denominatorNoun: "outcome-negative cases")
    }

    /// `risk_false_negative_rate_<kind>`.
    static func falseNegativeRate(observed: Bool) -> MetricDefinition {
        let words = kind(observed)
        return MetricDefinition(
            label: "False-negative rate (\(words.suffix))",
            meaning: "not flagged among outcome-positive cases, over \(words.cases)",
            unit: .share,
            formula: .shareOfSum(counter(.unflaggedPositive, observed), with: counter(.flaggedPositive, observed)),
            denominatorNoun: "outcome-positive cases")
    }

    /// `risk_positive_predictive_value_<kind>`.
    static func positivePredictiveValue(observed: Bool) -> MetricDefinition {
        let words = kind(observed)
        return MetricDefinition(
            label: "Positive predictive value (\(words.suffix))",
            meaning: "outcome positive among flagged cases, over \(words.cases)",
            unit: .share,
            formula: .shareOfSum(counter(.flaggedPositive, observed), with: counter(.flaggedNegative, observed)),
            denominatorNoun: "flagged cases")
    }

    /// `risk_auc_<kind>`.
    static func areaUnderCurve(observed: Bool) -> MetricDefinition {
        let words = kind(observed)
        return MetricDefinition(
            label: "Area under the ROC curve (\(words.suffix))",
            meaning: "probability that an outcome-positive case has a higher score decile than an outcome-negative "
                + "one (ties count one half), over \(words.cases)",
            unit: .share, formula: .riskAreaUnderCurve(observed: observed))
    }

    /// `risk_outcome_rate_decile_<d>_<kind>`: calibration.
    static func calibration(decile: Int, observed: Bool) -> MetricDefinition {
        let words = kind(observed)
        let range = decile == 1 ? "up to 0.1" : "above \(Double(decile - 1) / 10) up to \(Double(decile) / 10)"
        return MetricDefinition(
            label: "Predicted-outcome rate at score decile \(decile) (\(words.suffix))",
            meaning: "outcome positive / labelled among cases scored \(range) (COMPAS decile \(decile)), over "
                + words.cases,
            unit: .share,
            formula: .shareOfSum(
                ProcessCounter.riskDecile(decile, positive: true, observed: observed),
                with: ProcessCounter.riskDecile(decile, positive: false, observed: observed)),
            denominatorNoun: "labelled cases in the decile")
    }

    /// `risk_<figure>_gap`: the figure against the true outcome minus the same against the
    /// observed one (what an audit of released people alone gets wrong).
    static func gap(_ figure: (_ observed: Bool) -> MetricDefinition) -> MetricDefinition {
        let truth = figure(false)
        let observed = figure(true)
        let base = truth.label.replacingSuffix(" (true outcome)")
        return MetricDefinition(
            label: "\(base) gap (true − observed)",
            meaning: "\(base.lowercasedFirst) against the true outcome minus the same against the observed outcome, "
                + "in each replication (positive: an audit of released people underestimates it)",
            unit: .share, formula: .difference(truth.formula, minus: observed.formula))
    }
}

extension String {
    /// The text without `suffix` at its end (unchanged if it does not end so).
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }

    /// The text with its first letter lowercased, unless it starts an abbreviation ("ROC").
    fileprivate var lowercasedFirst: String {
        guard let first, dropFirst().first?.isLowercase ?? false else { return self }
        return first.lowercased() + dropFirst()
    }
}
