import PolicyKit

/// New York's 2020 bail reform: release is mandatory for most misdemeanors and nonviolent
/// felonies; money bail remains possible only for qualifying charges.
struct NewYork2020: ReleasePolicy {
    var qualifying: [Bool]
    var schedule: CashBailSchedule
    var conditionsProbability: Double
    var conditionsFTAReduction: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        // One draw for the non-qualifying branch first, then the schedule's own draws, in a
        // fixed order whichever branch applies.
        let conditionsDraw = random.uniform()
        let scheduled = schedule.decide(defendant, random: random)
        guard qualifying[defendant.chargeClass] else {
            return conditionsDraw < conditionsProbability
                ? .conditions(ftaReduction: conditionsFTAReduction) : .recognizance
        }
        return scheduled
    }

    /// The module.
    static let module = PolicyModule(
        name: "new-york-2020",
        decisionPoint: .release,
        summary: "New York 2020: release mandatory for non-qualifying charges; bail only for qualifying ones.",
        description: """
            New York's bail reform (L. 2019 ch. 59, part JJJ, amending Criminal Procedure Law \
            510.10, in force 1 January 2020) requires release on recognizance or non-monetary \
            conditions for most misdemeanors and nonviolent felonies; judges may set money bail \
            or remand only for qualifying offences (mostly violent felonies). For qualifying \
            classes this module applies a cash-bail schedule with the parameters below; for the \
            others it releases, with conditions at conditions_probability. Rahman & Gupta \
            (Data Collaborative for Justice, 2020) found pretrial detention at arraignment fell \
            by about 40% in New York City after the reform.
            """,
        parameters: [
            ParameterSpec(
                "qualifying_classes", .names, default: .names(["violent_felony"]),
                help: "Charge classes for which money bail or remand remains possible."),
            ParameterSpec(
                "conditions_probability", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Share of mandatory releases that come with non-monetary conditions."),
            ParameterSpec(
                "conditions_fta_reduction", .number(0...1), default: .number(0.2), unit: "share",
                help: "Relative reduction of failure to appear that conditions bring."),
        ] + CashBailSchedule.module.parameters.filter { $0.name != "conditions_fta_reduction" },
        make: { parameters, population throws(PolicyParameterError) in
            let qualifying = try population.chargeClassFlags(
                parameters.names("qualifying_classes"),
                parameter: "qualifying_classes")
            guard case .release(let inner) = try CashBailSchedule.module.make(parameters, population),
                let schedule = inner as? CashBailSchedule
            else {
                preconditionFailure("cash-bail-schedule builds a CashBailSchedule")
            }
            return .release(
                NewYork2020(
                    qualifying: qualifying, schedule: schedule,
                    conditionsProbability: parameters.number("conditions_probability"),
                    conditionsFTAReduction: parameters.number("conditions_fta_reduction")))
        }
    )
}
