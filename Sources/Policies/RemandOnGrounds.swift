import PolicyKit

/// Release or remand in custody on statutory grounds, with no money bail: the release rule of
/// England & Wales (Bail Act 1976) and of Germany (Strafprozessordnung §§ 112–116).
///
/// Each person is remanded with a probability by charge class, raised by prior arrests (a
/// record is the commonest ground: the risk of failing to surrender or of further offending);
/// everyone else is bailed, some with conditions.
struct RemandOnGrounds: ReleasePolicy {
    var remandByClass: [Double]
    var conditionsByClass: [Double]
    var priorsStep: Double
    var conditionsFTAReduction: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        let remandDraw = random.uniform()
        let conditionsDraw = random.uniform()
        let chargeClass = defendant.chargeClass
        let remand = min(1, remandByClass[chargeClass] * (1 + priorsStep * Double(defendant.priors)))
        if remandDraw < remand { return .detain }
        return conditionsDraw < conditionsByClass[chargeClass]
            ? .conditions(ftaReduction: conditionsFTAReduction) : .recognizance
    }

    /// The module.
    static let module = PolicyModule(
        name: "remand-on-grounds",
        decisionPoint: .release,
        summary: "Bail or remand on statutory grounds, no money bail (Bail Act 1976; StPO §§ 112–116).",
        description: """
            For jurisdictions without money bail. In England & Wales the Bail Act 1976 gives a \
            presumption of bail (s. 4) that the court may depart from only on the grounds of \
            Schedule 1: substantial grounds to believe the person would fail to surrender, \
            commit an offence on bail or interfere with witnesses; bail may carry conditions \
            (residence, curfew, reporting). In Germany a remand warrant (Untersuchungshaft) needs \
            strong suspicion and a ground — flight or its risk (the ground in 93.7% of remands \
            in 2020, Destatis Strafverfolgungsstatistik), risk of collusion, of repetition \
            (§ 112a) or the gravest offences — and may be suspended on conditions (§ 116). Here a \
            person is remanded with probability remand for their charge class times \
            (1 + priors_step × prior arrests), capped at 1; the others are bailed, with \
            conditions with probability conditions for their class (conditions cut the \
            failure-to-appear risk by conditions_fta_reduction) and otherwise unconditionally. \
            The probabilities are a scenario's to set from its courts' remand rates; the \
            defaults are assumed.
            """,
        parameters: [
            ParameterSpec(
                "remand", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability of remand in custody by charge class; classes not named use default_remand."),
            ParameterSpec(
                "default_remand", .number(0...1), default: .number(0.1), unit: "probability",
                help: "Probability of remand for classes not in remand."),
            ParameterSpec(
                "conditions", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability that bail carries conditions, by charge class (among those bailed)."),
            ParameterSpec(
                "default_conditions", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Probability of conditional bail for classes not in conditions."),
            ParameterSpec(
                "priors_step", .number(0...10), default: .number(0), unit: "share per prior",
                help: "The remand probability is multiplied by (1 + this × prior arrests)."),
            ParameterSpec(
                "conditions_fta_reduction", .number(0...1), default: .number(0), unit: "share",
                help: "Relative reduction of the failure-to-appear risk that bail conditions bring."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let classes = population.chargeClasses
            func perClass(_ key: String, default value: Double) throws(PolicyParameterError) -> [Double] {
                try byName(parameters.table(key), names: classes, parameter: key, default: value, kind: "charge class")
            }
            return .release(
                RemandOnGrounds(
                    remandByClass: try perClass("remand", default: parameters.number("default_remand")),
                    conditionsByClass: try perClass("conditions", default: parameters.number("default_conditions")),
                    priorsStep: parameters.number("priors_step"),
                    conditionsFTAReduction: parameters.number("conditions_fta_reduction")))
        }
    )
}
