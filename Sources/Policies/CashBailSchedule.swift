import PolicyKit

/// The release decision as US courts under a bail schedule make it: held without bail, released
/// on recognizance, on an unsecured bond or on non-monetary conditions, or money bail from a
/// schedule by charge class raised for prior arrests, with judge discretion, and optional group
/// terms for the outcome and the amount.
struct CashBailSchedule: ReleasePolicy {
    var amountByClass: [Double]
    var recognizanceByClass: [Double]
    var unsecuredByClass: [Double]
    var conditionsByClass: [Double]
    var detentionByClass: [Double]
    var priorsStep: Double
    var priorsReleaseStep: Double
    var priorsDetentionStep: Double
    var discretionSigma: Double
    var biasByGroup: [Double]
    var releaseMultiplierByGroup: [Double]
    var unsecuredAmountShare: Double
    var conditionsFTAReduction: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        // Draw every number every time, so a person's luck does not depend on the branch.
        let detainDraw = random.uniform()
        let releaseDraw = random.uniform()
        let discretion = random.normal(mean: 0, sd: discretionSigma)
        let chargeClass = defendant.chargeClass
        let priors = Double(defendant.priors)
        if detainDraw < min(1, detentionByClass[chargeClass] * (1 + priorsDetentionStep * priors)) { return .detain }
        // The release outcomes (recognizance, unsecured bond, conditions) are less likely with
        // priors and, where a scenario says so, for a group; what is left is money bail.
        let scale = releaseMultiplierByGroup[defendant.group] / (1 + priorsReleaseStep * priors)
        var recognizance = recognizanceByClass[chargeClass] * scale
        var unsecured = unsecuredByClass[chargeClass] * scale
        var conditions = conditionsByClass[chargeClass] * scale
        let released = recognizance + unsecured + conditions
        if released > 1 {
            (recognizance, unsecured, conditions) = (
                recognizance / released, unsecured / released, conditions / released
            )
        }
        if releaseDraw < recognizance { return .recognizance }
        let scheduled = amountByClass[chargeClass] * (1 + priorsStep * priors)
        let amount = scheduled * exponential(discretion) * biasByGroup[defendant.group]
        if releaseDraw < recognizance + unsecured { return .unsecuredBond(amount: amount * unsecuredAmountShare) }
        if releaseDraw < recognizance + unsecured + conditions {
            return .conditions(ftaReduction: conditionsFTAReduction)
        }
        return .moneyBail(amount: amount)
    }

    /// The module.
    static let module = PolicyModule(
        name: "cash-bail-schedule",
        decisionPoint: .release,
        summary: "Status quo: recognizance, unsecured bond, conditions or money bail by charge class and priors.",
        description: """
            Some people are held without bail (detention by charge class, raised by \
            priors_detention_step per prior arrest). The others are released on recognizance, \
            on an unsecured bond (owed only on a failure to appear: nothing is posted) or on \
            non-monetary conditions with the probabilities by charge class of recognizance, \
            unsecured and conditions, each divided by (1 + priors_release_step × priors) and \
            multiplied by group_release_multiplier; the rest get money bail, whose cash or \
            surety posting is the bail market's doing (scenario `behaviour`). The bail schedule \
            sets an amount for each charge class, raised by priors_step for each prior arrest; the \
            judge departs from it by a lognormal factor (discretion_sigma); group_bias multiplies \
            the amount for named groups. Both group terms default to none, so a scenario that \
            assumes judicial bias says so: Arnold, Dobbie & Yang (2018, QJE 133:1885) estimate \
            that bail judges in Miami and Philadelphia release Black defendants at rates 2.4 \
            percentage points below white defendants with the same risk. In Philadelphia in \
            2020, 48.8% of bail decisions set money bail, 28.3% ROR, 20.9% unsecured bail, 1.4% \
            denied bail and 0.7% non-monetary conditions, median money bail $40,000 \
            (docs/DATA.md).
            """,
        parameters: [
            ParameterSpec(
                "amounts", .table(0...1e9), default: .table([:]), unit: "dollars",
                help: "Scheduled bail by charge class; classes not named use default_amount."),
            ParameterSpec(
                "default_amount", .number(0...1e9), default: .number(2500), unit: "dollars",
                help: "Scheduled bail for classes not in amounts."),
            ParameterSpec(
                "recognizance", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability of release on recognizance by charge class, among those not held without bail."),
            ParameterSpec(
                "default_recognizance", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Probability of release on recognizance for classes not in recognizance."),
            ParameterSpec(
                "unsecured", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability of an unsecured bond by charge class, among those not held without bail."),
            ParameterSpec(
                "default_unsecured", .number(0...1), default: .number(0), unit: "probability",
                help: "Probability of an unsecured bond for classes not in unsecured."),
            ParameterSpec(
                "unsecured_amount_share", .number(0...10), default: .number(1), unit: "multiplier",
                help: "Amount of an unsecured bond as a multiple of the bail the schedule would set."),
            ParameterSpec(
                "conditions", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability of release on non-monetary conditions by charge class (supervision, reporting)."),
            ParameterSpec(
                "default_conditions", .number(0...1), default: .number(0), unit: "probability",
                help: "Probability of release on conditions for classes not in conditions."),
            ParameterSpec(
                "conditions_fta_reduction", .number(0...1), default: .number(0), unit: "share",
                help: "Relative reduction of the failure-to-appear risk that the conditions bring."),
            ParameterSpec(
                "detention", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability of detention without bail by charge class (default 0)."),
            ParameterSpec(
                "priors_step", .number(0...10), default: .number(0.1), unit: "share per prior",
                help: "Relative increase of the scheduled amount per prior arrest."),
            ParameterSpec(
                "priors_release_step", .number(0...10), default: .number(0), unit: "share per prior",
                help: "The release probabilities are divided by (1 + this × priors): priors push towards money bail."),
            ParameterSpec(
                "priors_detention_step", .number(0...10), default: .number(0), unit: "share per prior",
                help: "The detention probability is multiplied by (1 + this × priors)."),
            ParameterSpec(
                "discretion_sigma", .number(0...5), default: .number(0.5), unit: "log-dollars",
                help: "Log-sd of the judge's departure from the schedule."),
            ParameterSpec(
                "group_bias", .table(0.01...100), default: .table([:]), unit: "multiplier",
                help: "Multiplier of the bail amount for named groups (1 = no bias)."),
            ParameterSpec(
                "group_release_multiplier", .table(0...100), default: .table([:]), unit: "multiplier",
                help: "Multiplier of the release probabilities for named groups (1 = no bias; below 1 = less release)."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let classes = population.chargeClasses
            func perClass(_ key: String, default value: Double) throws(PolicyParameterError) -> [Double] {
                try byName(parameters.table(key), names: classes, parameter: key, default: value, kind: "charge class")
            }
            func perGroup(_ key: String) throws(PolicyParameterError) -> [Double] {
                try byName(parameters.table(key), names: population.groups, parameter: key, default: 1, kind: "group")
            }
            return .release(
                CashBailSchedule(
                    amountByClass: try perClass("amounts", default: parameters.number("default_amount")),
                    recognizanceByClass: try perClass(
                        "recognizance", default: parameters.number("default_recognizance")),
                    unsecuredByClass: try perClass("unsecured", default: parameters.number("default_unsecured")),
                    conditionsByClass: try perClass("conditions", default: parameters.number("default_conditions")),
                    detentionByClass: try perClass("detention", default: 0),
                    priorsStep: parameters.number("priors_step"),
                    priorsReleaseStep: parameters.number("priors_release_step"),
                    priorsDetentionStep: parameters.number("priors_detention_step"),
                    discretionSigma: parameters.number("discretion_sigma"), biasByGroup: try perGroup("group_bias"),
                    releaseMultiplierByGroup: try perGroup("group_release_multiplier"),
                    unsecuredAmountShare: parameters.number("unsecured_amount_share"),
                    conditionsFTAReduction: parameters.number("conditions_fta_reduction")))
        }
    )
}
