import PolicyKit

/// Money bail from a schedule by charge class, raised for prior arrests, with judge
/// discretion and an optional group bias: the status quo in most US counties.
struct CashBailSchedule: ReleasePolicy {
    var amountByClass: [Double]
    var recognizanceByClass: [Double]
    var detentionByClass: [Double]
    var priorsStep: Double
    var discretionSigma: Double
    var biasByGroup: [Double]

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        // Draw every number every time, so a person's luck does not depend on the branch.
        let detainDraw = random.uniform()
        let recognizanceDraw = random.uniform()
        let discretion = random.normal(mean: 0, sd: discretionSigma)
        if detainDraw < detentionByClass[defendant.chargeClass] { return .detain }
        if recognizanceDraw < recognizanceByClass[defendant.chargeClass] { return .recognizance }
        let scheduled = amountByClass[defendant.chargeClass] * (1 + priorsStep * Double(defendant.priors))
        return .moneyBail(amount: scheduled * exponential(discretion) * biasByGroup[defendant.group])
    }

    /// The module.
    static let module = PolicyModule(
        name: "cash-bail-schedule",
        decisionPoint: .release,
        summary: "Status quo: money bail by charge class and priors, judge discretion, optional group bias.",
        description: """
            A bail schedule sets an amount for each charge class, raised by priors_step for \
            each prior arrest; the judge departs from it by a lognormal factor (discretion_sigma) \
            and releases some people on recognizance or holds them without bail, at rates by \
            charge class. group_bias multiplies the amount for named groups: Arnold, Dobbie & \
            Yang (2018, QJE 133:1885) estimate that bail judges in Miami and Philadelphia \
            release Black defendants at rates 2.4 percentage points below white defendants \
            with the same risk. Money bail was set in about 49% of Philadelphia decisions in \
            2020 (docs/DATA.md).
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
                help: "Probability of release on recognizance by charge class."),
            ParameterSpec(
                "default_recognizance", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Probability of release on recognizance for classes not in recognizance."),
            ParameterSpec(
                "detention", .table(0...1), default: .table([:]), unit: "probability",
                help: "Probability of detention without bail by charge class (default 0)."),
            ParameterSpec(
                "priors_step", .number(0...10), default: .number(0.1), unit: "share per prior",
                help: "Relative increase of the scheduled amount per prior arrest."),
            ParameterSpec(
                "discretion_sigma", .number(0...5), default: .number(0.5), unit: "log-dollars",
                help: "Log-sd of the judge's departure from the schedule."),
            ParameterSpec(
                "group_bias", .table(0.01...100), default: .table([:]), unit: "multiplier",
                help: "Multiplier of the bail amount for named groups (1 = no bias)."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let classes = population.chargeClasses
            let amounts = try byName(
                parameters.table("amounts"), names: classes, parameter: "amounts",
                default: parameters.number("default_amount"), kind: "charge class")
            let recognizance = try byName(
                parameters.table("recognizance"), names: classes, parameter: "recognizance",
                default: parameters.number("default_recognizance"), kind: "charge class")
            let detention = try byName(
                parameters.table("detention"), names: classes, parameter: "detention",
                default: 0, kind: "charge class")
            let bias = try byName(
                parameters.table("group_bias"), names: population.groups, parameter: "group_bias",
                default: 1, kind: "group")
            return .release(
                CashBailSchedule(
                    amountByClass: amounts, recognizanceByClass: recognizance,
                    detentionByClass: detention, priorsStep: parameters.number("priors_step"),
                    discretionSigma: parameters.number("discretion_sigma"), biasByGroup: bias))
        }
    )
}
