import Policies
import PolicyKit
import PretrialModel
import SimKernel

/// A configuration that reaches every path of the process (citation, counsel, risk score,
/// money bail with bondsman and later posting, bail review, failures to appear and warrants,
/// new arrests and revocation, plea offers with every acceptance term, priority trials,
/// custody time limits, a warm-up), after `scenarios/us-county-baseline.yaml` but built in
/// code. model-bench uses it to check that a change to the process leaves results alone
/// (`model-bench dump --model county`).
public enum CountyModel {
    /// The configuration; `days` is the arrest window (after a warm-up of 60 days).
    public static func make(days: Double = 365, rate: Double = 150) throws -> ModelConfiguration {
        let registry = BuiltInPolicies.registry()
        let population = PopulationProfile(
            groups: [
                GroupProfile(
                    name: "Black", share: 0.512, abilityToPay: try .lognormal(median: 700, sigma: 1.3),
                    chargeMix: [0.311, 0.482, 0.207], priors: try .gamma(shape: 0.633, scale: 7.01),
                    ageMix: [0.249, 0.594, 0.157]),
                GroupProfile(
                    name: "white", share: 0.340, abilityToPay: try .lognormal(median: 1800, sigma: 1.3),
                    chargeMix: [0.397, 0.422, 0.181], priors: try .gamma(shape: 0.465, scale: 5.57),
                    ageMix: [0.159, 0.535, 0.306]),
                GroupProfile(
                    name: "other", share: 0.148,
                    abilityToPay: try .empirical(values: [200, 1000, 5000], weights: [1, 2, 1]),
                    chargeMix: [0.399, 0.421, 0.180], priors: try .gamma(shape: 0.347, scale: 6.23),
                    ageMix: [0.206, 0.567, 0.227]),
            ],
            chargeClasses: [
                ChargeClassProfile(
                    name: "misdemeanor", guiltProbability: 0.92, failureToAppear: 0.06,
                    newArrestPerDay: 0.0004, priorsEffect: 0.03,
                    sentenceDays: try .lognormal(median: 10, sigma: 1.0)),
                ChargeClassProfile(
                    name: "nonviolent_felony", guiltProbability: 0.92, failureToAppear: 0.05,
                    newArrestPerDay: 0.0005, priorsEffect: 0.03,
                    sentenceDays: try .lognormal(median: 180, sigma: 1.0)),
                ChargeClassProfile(
                    name: "violent_felony", guiltProbability: 0.90, failureToAppear: 0.04,
                    newArrestPerDay: 0.0004, priorsEffect: 0.03,
                    sentenceDays: try .lognormal(median: 730, sigma: 0.8)),
            ],
            ageBands: ["under_25", "25_to_45", "over_45"])
        func make(_ name: String, _ parameters: [String: ParameterValue] = [:]) throws -> PolicyInstance {
            try registry.module(named: name)!.instantiate(parameters, population: population.info)
        }
        let instances: [DecisionPoint: PolicyInstance] = [
            .arrest: try make("citation-in-lieu-of-arrest", ["max_priors": .integer(2)]),
            .counsel: try make("counsel-at-first-appearance", ["coverage": .number(0.7)]),
            .risk: try make("priors-risk-score"),
            .release: try make(
                "cash-bail-schedule",
                [
                    "amounts": .table(["misdemeanor": 1500, "nonviolent_felony": 7500, "violent_felony": 40000]),
                    "recognizance": .table(["misdemeanor": 0.45, "nonviolent_felony": 0.25, "violent_felony": 0.05]),
                    "detention": .table(["violent_felony": 0.08]),
                ]),
            .bailReview: try make("bail-review"),
            .plea: try make("plea-safeguards"),
            .scheduling: try make("detained-first", ["oldest_first": .flag(true)]),
            .custodyLimit: try make("speedy-trial-limit", ["limit_days": .number(120)]),
        ]
        return ModelConfiguration(
            arrestWindowDays: days + 60, warmUpDays: 60, maximumDays: days + 60 + 1_500,
            population: population,
            arrests: ArrivalProfile(ratePerDay: rate, weekly: [1.0, 1.0, 1.0, 1.05, 1.15, 0.95, 0.85]),
            process: ProcessProfile(
                firstAppearanceDelay: try .gamma(shape: 2, scale: 0.5),
                courtDateInterval: try .exponential(mean: 35),
                courtDatesBeforeTrial: 5, dismissalPerCourtDate: 0.06,
                warrantDelay: try .exponential(mean: 30)),
            behaviour: BehaviourProfile(
                bondsmanPremiumShare: 0.10, laterPostingProbability: 0.35, laterPostingMeanDays: 12,
                remandAfterFailureToAppear: 0.5, revocationOnNewArrest: 0.5,
                plea: PleaAcceptance(
                    detained: 0.30, released: 0.20, perDetainedDay: 0.003,
                    detainedDaysCap: 60, timeServedBonus: 0.35,
                    discountEffect: 0.2, counselEffect: 0.05, innocentFactor: 0.5)),
            courts: CourtProfile(
                courtrooms: 22, trialDuration: try .gamma(shape: 2, scale: 1.5),
                convictionIfGuilty: 0.85, convictionIfInnocent: 0.15),
            policies: try PolicySet(instances),
            costPerBedDay: 100)
    }
}
