import Policies
import PolicyKit
import PretrialModel
import SimKernel

/// The R1 benchmark model (docs/R1.md) built in code, so the model's tests do
/// not depend on the YAML layer.
enum R1Configuration {
    static func make(
        trialScale: Double = 0.1, arrestWindowDays: Double = 365, rate: Double = 100,
        innocentConviction: Double = 0.0, guilt: Double = 1.0, warmUpDays: Double = 0,
        acceptance: (detained: Double, released: Double) = (0.6, 0.4),
        scheduling: String = "fifo", extraPolicies: [DecisionPoint: (String, [String: ParameterValue])] = [:]
    ) throws -> ModelConfiguration {
        let registry = BuiltInPolicies.registry()
        let population = PopulationProfile(
            groups: [
                GroupProfile(
                    name: "A", share: 0.6, abilityToPay: try .lognormal(median: 1500, sigma: 1.0),
                    chargeMix: [1], priors: try .constant(0), ageMix: [1]),
                GroupProfile(
                    name: "B", share: 0.4, abilityToPay: try .lognormal(median: 800, sigma: 1.0),
                    chargeMix: [1], priors: try .constant(0), ageMix: [1]),
            ],
            chargeClasses: [
                ChargeClassProfile(
                    name: "any", guiltProbability: guilt, failureToAppear: 0, newArrestPerDay: 0,
                    priorsEffect: 0, sentenceDays: try .constant(30))
            ],
            ageBands: ["all"])
        var chosen: [DecisionPoint: (String, [String: ParameterValue])] = [
            .arrest: ("book-all", [:]), .counsel: ("no-counsel", [:]),
            .release: (
                "r1-release",
                ["ror_probability": .number(0.3), "bail_median": .number(2000), "bail_sigma": .number(0.8)]
            ),
            .plea: ("standard-plea", [:]), .scheduling: (scheduling, [:]),
        ]
        chosen.merge(extraPolicies) { $1 }
        let instances = try chosen.mapValues { name, parameters in
            try registry.module(named: name)!.instantiate(parameters, population: population.info)
        }
        return ModelConfiguration(
            arrestWindowDays: arrestWindowDays, warmUpDays: warmUpDays, maximumDays: 100_000,
            population: population,
            arrests: ArrivalProfile(ratePerDay: rate),
            process: ProcessProfile(
                firstAppearanceDelay: try .exponential(mean: 1), courtDateInterval: try .exponential(mean: 30),
                courtDatesBeforeTrial: 1, dismissalPerCourtDate: 0, warrantDelay: try .exponential(mean: 14)),
            behaviour: BehaviourProfile(
                bondsmanPremiumShare: nil, laterPostingProbability: 0, laterPostingMeanDays: 10,
                remandAfterFailureToAppear: 0, revocationOnNewArrest: 0,
                plea: PleaAcceptance(detained: acceptance.detained, released: acceptance.released)),
            courts: CourtProfile(
                courtrooms: 12, trialDuration: try .gamma(shape: 2, scale: trialScale),
                convictionIfGuilty: 1, convictionIfInnocent: innocentConviction),
            policies: try PolicySet(instances),
            costPerBedDay: 100)
    }
}
