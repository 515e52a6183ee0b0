import Experiments
import PretrialModel

/// The fairness figures of a risk instrument as tables (docs/ARCHITECTURE.md, "Risk outcomes
/// and fairness figures"): error rates, predictive value and AUC against the observed and the
/// true outcome with their gap, and calibration by score decile; overall and by group.
extension EvidenceTables {
    /// The figures of the first table, in order.
    static let fairnessMetrics: [MetricID] = [
        .riskFlaggedShare,
        .riskOutcomeRateObserved, .riskOutcomeRateTrue, .riskOutcomeRateGap,
        .riskFalsePositiveRateObserved, .riskFalsePositiveRateTrue, .riskFalsePositiveRateGap,
        .riskFalseNegativeRateObserved, .riskFalseNegativeRateTrue, .riskFalseNegativeRateGap,
        .riskPositivePredictiveValueObserved, .riskPositivePredictiveValueTrue, .riskPositivePredictiveValueGap,
        .riskAUCObserved, .riskAUCTrue, .riskAUCGap,
    ]

    /// The calibration figures (outcome rate by score decile, observed then true), in order.
    static let calibrationMetrics: [MetricID] = MetricID.allCases.filter {
        $0.rawValue.hasPrefix("risk_outcome_rate_decile_")
    }

    /// What every fairness table says under it.
    static let fairnessNotes = [
        "Observed: the recorded outcome of cases released before disposition, all an audit of real records can "
            + "see. True: the outcome the simulation draws for every scored case, the detained included. Gap: "
            + "true − observed, replication by replication. Flagged: a score at or above risk_outcome.threshold "
            + "(else the release policy's threshold, else 0.5).",
        "Indented rows are groups. – means no value (a variant without the instrument or without a "
            + "risk_outcome, or nobody to count); figures no variant has are left out.",
    ]

    /// The fairness tables of `evidence`; none when no variant has a risk instrument.
    static func fairness(_ evidence: Evidence) -> [ReportTable] {
        let scored = evidence.summaries.contains { ($0.estimate(.riskFlaggedShare)?.count ?? 0) > 0 }
        guard scored else { return [] }
        var rates = figures(evidence, metrics: known(fairnessMetrics, evidence))
        rates.title = "Risk instrument: error rates against observed and true outcomes (mean ± 95% CI)"
        rates.notes = fairnessNotes
        let deciles = known(calibrationMetrics, evidence)
        guard !deciles.isEmpty else { return [rates] }
        var calibration = figures(evidence, metrics: deciles)
        calibration.title = "Risk instrument: outcome rate by score decile (calibration; mean ± 95% CI)"
        calibration.notes = fairnessNotes + ["Deciles with nobody scored in any variant are left out."]
        return [rates, calibration]
    }

    /// The figures of `metrics` that some variant has overall (a figure without a
    /// `risk_outcome`, or a decile nobody scores in, is left out).
    private static func known(_ metrics: [MetricID], _ evidence: Evidence) -> [MetricID] {
        metrics.filter { metric in evidence.summaries.contains { ($0.estimate(metric)?.count ?? 0) > 0 } }
    }
}
