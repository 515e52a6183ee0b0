import PolicyKit

/// Release decided by a risk score: release below a threshold, money bail or detention
/// above it.
struct RiskAssessmentRelease: ReleasePolicy {
    var threshold: Double
    /// The threshold, for the fairness figures.
    var riskThreshold: Double? { threshold }
    var highRiskAction: String
    var bailAmount: Double
    var conditionsBand: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        let score = defendant.riskScore ?? 0
        if score < threshold - conditionsBand { return .recognizance }
        if score < threshold { return .conditions(ftaReduction: 0.2) }
        return highRiskAction == "detain" ? .detain : .moneyBail(amount: bailAmount)
    }

    /// The module.
    static let module = PolicyModule(
        name: "risk-assessment-release",
        decisionPoint: .release,
        summary: "Release below a risk-score threshold; money bail or detention above it.",
        description: """
            Release by an actuarial risk score, as under the Public Safety Assessment or COMPAS \
            at pretrial: below threshold minus conditions_band the person is released on \
            recognizance, up to threshold with conditions, and above it held on bail_amount or \
            detained. Needs a risk instrument in the scenario (policies.risk). Because the \
            score's inputs (recorded priors) reflect policing, its false-positive rate can \
            differ by group: ProPublica found Black defendants who did not reoffend were \
            labelled higher risk nearly twice as often as white ones (Angwin et al., Machine \
            Bias, 2016; docs/DATA.md).
            """,
        parameters: [
            ParameterSpec(
                "threshold", .number(0...1), default: .number(0.6), unit: "score",
                help: "Scores at or above this are high risk."),
            ParameterSpec(
                "conditions_band", .number(0...1), default: .number(0.15), unit: "score",
                help: "Scores within this distance below the threshold get release with conditions."),
            ParameterSpec(
                "high_risk_action", .choice(["money_bail", "detain"]), default: .text("money_bail"),
                help: "What happens above the threshold."),
            ParameterSpec(
                "bail_amount", .number(0...1e9), default: .number(5000), unit: "dollars",
                help: "Bail set above the threshold when high_risk_action is money_bail."),
        ],
        make: { parameters, _ in
            .release(
                RiskAssessmentRelease(
                    threshold: parameters.number("threshold"),
                    highRiskAction: parameters.text("high_risk_action"),
                    bailAmount: parameters.number("bail_amount"),
                    conditionsBand: parameters.number("conditions_band")))
        }
    )
}

extension RiskAssessmentRelease: RiskThresholdAdjustable {
    /// The same policy at `threshold`: the conditions band moves with it.
    func replacingRiskThreshold(_ threshold: Double) -> any ReleasePolicy {
        var adjusted = self
        adjusted.threshold = threshold
        return adjusted
    }
}
