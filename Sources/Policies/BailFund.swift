import PolicyKit

/// A charitable bail fund: a budget per period (a month) spent posting bail up to an amount per
/// person, for eligible people held on it, chosen by a rule.
struct BailFund: BailFundPolicy {
    /// How the fund orders the people it could help.
    enum Rule: String, CaseIterable {
        /// The smallest bails first: the most people for the money.
        case lowestBailFirst = "lowest_bail_first"
        /// Those held longest first.
        case longestHeldFirst = "longest_held_first"
        /// The smallest shortfall (bail less what the person and family have raised) first.
        case smallestShortfallFirst = "smallest_shortfall_first"
    }

    var budgetPerPeriod: Double
    var periodDays: Double
    var maximumBail: Double
    /// For each charge class, whether the fund helps people charged with it.
    var eligibleClass: [Bool]
    /// For each charge class, whether its people come before all others.
    var priorityClass: [Bool]
    var rule: Rule
    var roundDays: Double

    func initialState() -> PolicyState {
        PolicyState(budget: budgetPerPeriod, counter: 0, periodStart: 0)
    }

    func round(_ candidates: [BailFundCandidate], context: DecisionContext, state: inout PolicyState) -> [Int] {
        if context.day - state.periodStart >= periodDays {
            // A new period: the budget is renewed (what was left is not carried over).
            state.periodStart += periodDays * ((context.day - state.periodStart) / periodDays).rounded(.down)
            state.budget = budgetPerPeriod
            state.counter = 0
        }
        let eligible = candidates.indices.filter {
            let candidate = candidates[$0]
            return candidate.bail <= maximumBail && candidate.shortfall > 0
                && eligibleClass[candidate.defendant.chargeClass]
        }
        let ordered = eligible.sorted { a, b in
            let (x, y) = (candidates[a], candidates[b])
            let (px, py) = (priorityClass[x.defendant.chargeClass], priorityClass[y.defendant.chargeClass])
            if px != py { return px }
            let (kx, ky) = (key(x), key(y))
            if kx != ky { return kx < ky }
            return x.defendant.person < y.defendant.person
        }
        var chosen: [Int] = []
        for index in ordered where candidates[index].bail <= state.budget {
            state.budget -= candidates[index].bail
            state.counter += 1
            chosen.append(index)
        }
        return chosen
    }

    /// The ordering key of the rule (lower first).
    private func key(_ candidate: BailFundCandidate) -> Double {
        switch rule {
        case .lowestBailFirst: candidate.bail
        case .longestHeldFirst: -candidate.defendant.daysDetained
        case .smallestShortfallFirst: candidate.shortfall
        }
    }

    /// The module.
    static let module = PolicyModule(
        name: "bail-fund",
        decisionPoint: .bailFund,
        summary: "A charity posts bail up to an amount per person from a monthly budget, by a rule.",
        description: """
            Every round_days days the fund looks at everyone held on money bail they could not \
            post, keeps those charged with an eligible class whose bail is at most max_bail, puts \
            the priority classes first, orders the rest by its rule (lowest bail, longest held or \
            smallest shortfall first) and posts their whole bail in cash while its budget for the \
            period lasts; the budget is renewed every period_days days and what is left is not \
            carried over (repaid bail is not returned to the fund in this model). Modelled on the \
            Brooklyn Community Bail Fund, which pays bail of $2,000 or less for people charged \
            with misdemeanours (New York's Charitable Bail Act of 2012 allowed charitable bail up \
            to $2,000 in misdemeanour cases) and paid more than $5 million of bail for nearly 5,000 \
            people from 2015 to 2019 (about $85,000 a month); The Bail Project and the \
            Philadelphia Bail Fund work the same way on a larger scale.
            """,
        parameters: [
            ParameterSpec(
                "monthly_budget", .number(0...1e12), default: .number(85_000), unit: "dollars",
                help: "Bail the fund can post per period (BCBF 2015-19: $5 million over five years)."),
            ParameterSpec(
                "period_days", .number(1...3650), default: .number(30), unit: "days",
                help: "Days between renewals of the budget."),
            ParameterSpec(
                "max_bail", .number(0...1e9), default: .number(2000), unit: "dollars",
                help: "The fund posts bail only up to this amount per person."),
            ParameterSpec(
                "eligible_classes", .names, default: .names([]),
                help: "Charge classes the fund helps; empty for every class."),
            ParameterSpec(
                "priority_classes", .names, default: .names([]),
                help: "Charge classes whose people come first (e.g. [misdemeanor])."),
            ParameterSpec(
                "rule", .choice(Rule.allCases.map(\.rawValue)), default: .text(Rule.lowestBailFirst.rawValue),
                help: "The order in which the fund helps people, after the priority classes."),
            ParameterSpec(
                "round_days", .number(0.1...365), default: .number(1), unit: "days",
                help: "Days between the fund's rounds."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let eligibleNames = parameters.names("eligible_classes")
            let eligible =
                eligibleNames.isEmpty
                ? Array(repeating: true, count: population.chargeClasses.count)
                : try population.chargeClassFlags(eligibleNames, parameter: "eligible_classes")
            let priority = try population.chargeClassFlags(
                parameters.names("priority_classes"), parameter: "priority_classes")
            return .bailFund(
                BailFund(
                    budgetPerPeriod: parameters.number("monthly_budget"), periodDays: parameters.number("period_days"),
                    maximumBail: parameters.number("max_bail"), eligibleClass: eligible, priorityClass: priority,
                    rule: Rule(rawValue: parameters.text("rule")) ?? .lowestBailFirst,
                    roundDays: parameters.number("round_days")))
        }
    )
}
