import PolicyKit

/// Illinois' Pretrial Fairness Act (2023): no money bail; detention only after a hearing, for
/// qualifying charges, on a finding of risk.
struct IllinoisPretrialFairness: ReleasePolicy {
    var eligible: [Bool]
    var petitionProbability: Double
    var grantProbability: Double
    /// The score at or above which a judge may find the person dangerous.
    var riskFindingThreshold: Double
    var conditionsProbability: Double
    var conditionsFTAReduction: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        let petitionDraw = random.uniform()
        let grantDraw = random.uniform()
        let conditionsDraw = random.uniform()
        let riskFinding = (defendant.riskScore ?? 1) >= riskFindingThreshold
        if eligible[defendant.chargeClass] && petitionDraw < petitionProbability && riskFinding
            && grantDraw < grantProbability
        {
            return .detain
        }
        return conditionsDraw < conditionsProbability
            ? .conditions(ftaReduction: conditionsFTAReduction) : .recognizance
    }

    /// The risk-finding threshold, for the fairness figures.
    var riskThreshold: Double? { riskFindingThreshold }

    /// The module.
    static let module = PolicyModule(
        name: "illinois-pfa-2023",
        decisionPoint: .release,
        summary: "Illinois Pretrial Fairness Act 2023: no money bail; detention only after a hearing.",
        description: """
            The Illinois Pretrial Fairness Act (part of the SAFE-T Act, Public Act 101-0652 as \
            amended by 102-1104; in force 18 September 2023) abolished money bail. The \
            prosecution may petition to detain a person charged with a detention-eligible \
            offence; the judge detains only on clear and convincing evidence of a real and \
            present threat or of wilful flight (725 ILCS 5/110-6.1). Here a petition is filed \
            with petition_probability for eligible charge classes and granted with \
            grant_probability when the risk score (if the scenario has a risk instrument) is at \
            least risk_threshold; everyone else is released, some with conditions.
            """,
        parameters: [
            ParameterSpec(
                "eligible_classes", .names, default: .names(["violent_felony"]),
                help: "Charge classes for which the prosecution may petition to detain."),
            ParameterSpec(
                "petition_probability", .number(0...1), default: .number(0.5), unit: "probability",
                help: "Probability that the prosecution petitions to detain an eligible person."),
            ParameterSpec(
                "grant_probability", .number(0...1), default: .number(0.7), unit: "probability",
                help: "Probability that the judge grants a petition when the risk finding is made."),
            ParameterSpec(
                "risk_threshold", .number(0...1), default: .number(0), unit: "score",
                help: "Lowest risk score for a risk finding (0: every petition can be granted)."),
            ParameterSpec(
                "conditions_probability", .number(0...1), default: .number(0.4), unit: "probability",
                help: "Share of releases that come with conditions."),
            ParameterSpec(
                "conditions_fta_reduction", .number(0...1), default: .number(0.2), unit: "share",
                help: "Relative reduction of failure to appear that conditions bring."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let eligible = try population.chargeClassFlags(
                parameters.names("eligible_classes"), parameter: "eligible_classes")
            return .release(
                IllinoisPretrialFairness(
                    eligible: eligible, petitionProbability: parameters.number("petition_probability"),
                    grantProbability: parameters.number("grant_probability"),
                    riskFindingThreshold: parameters.number("risk_threshold"),
                    conditionsProbability: parameters.number("conditions_probability"),
                    conditionsFTAReduction: parameters.number("conditions_fta_reduction")))
        }
    )
}

extension IllinoisPretrialFairness: RiskThresholdAdjustable {
    /// The same policy with `threshold` as the score a detention hearing's risk finding needs.
    func replacingRiskThreshold(_ threshold: Double) -> any ReleasePolicy {
        var adjusted = self
        adjusted.riskFindingThreshold = threshold
        return adjusted
    }
}
