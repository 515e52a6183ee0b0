import Policies
import PolicyKit
import PretrialModel
import SimKernel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The R1 benchmark model (docs/R1.md) built in code, so that it runs without
/// the YAML layer. A copy of `Tests/PretrialModelTests/R1Configuration.swift` (the builder the
/// model's tests use), with the arrest rate, window and courtrooms exposed for the
/// 10-million-arrest memory run.
///
/// - stable: trial duration gamma(2, 0.1), `scenarios/r1-benchmark.yaml`;
/// - overload: gamma(2, 1.0), `scenarios/r1-overload.yaml`.
public enum R1Model {
    /// The two variants of R1.
    public enum Variant: String, CaseIterable, Sendable {
        case stable, overload

        /// The scale of the gamma trial duration (shape 2).
        public var trialScale: Double { self == .stable ? 0.1 : 1.0 }
    }

    /// The configuration of R1.
    ///
    /// - Parameters:
    ///   - trialScale: scale of the gamma(2, ·) trial duration (0.1 stable, 1.0 overload).
    ///   - arrestWindowDays: arrests happen on [0, window).
    ///   - rate: arrests per day.
    ///   - courtrooms: servers of the trial queue (12 in R1).
    ///   - maximumDays: the safety stop.
    public static func make(
        trialScale: Double = 0.1, arrestWindowDays: Double = 365, rate: Double = 100,
        courtrooms: Int = 12, maximumDays: Double = 100_000
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
                    name: "any", guiltProbability: 1.0, failureToAppear: 0, newArrestPerDay: 0,
                    priorsEffect: 0, sentenceDays: try .constant(30))
            ],
            ageBands: ["all"])
        func make(_ name: String, _ parameters: [String: ParameterValue] = [:]) throws -> PolicyInstance {
            try registry.module(named: name)!.instantiate(parameters, population: population.info)
        }
        let instances: [DecisionPoint: PolicyInstance] = [
            .arrest: try make("book-all"),
            .counsel: try make("no-counsel"),
            .release: try make(
                "r1-release",
                ["ror_probability": .number(0.3), "bail_median": .number(2000), "bail_sigma": .number(0.8)]),
            .plea: try make("standard-plea"),
            .scheduling: try make("fifo"),
        ]
        return ModelConfiguration(
            arrestWindowDays: arrestWindowDays, warmUpDays: 0, maximumDays: maximumDays,
            population: population,
            arrests: ArrivalProfile(ratePerDay: rate),
            process: ProcessProfile(
                firstAppearanceDelay: try .exponential(mean: 1), courtDateInterval: try .exponential(mean: 30),
                courtDatesBeforeTrial: 1, dismissalPerCourtDate: 0, warrantDelay: try .exponential(mean: 14)),
            behaviour: BehaviourProfile(
                bondsmanPremiumShare: nil, laterPostingProbability: 0, laterPostingMeanDays: 10,
                remandAfterFailureToAppear: 0, revocationOnNewArrest: 0,
                plea: PleaAcceptance(detained: 0.6, released: 0.4)),
            courts: CourtProfile(
                courtrooms: courtrooms, trialDuration: try .gamma(shape: 2, scale: trialScale),
                convictionIfGuilty: 1, convictionIfInnocent: 0),
            policies: try PolicySet(instances),
            costPerBedDay: 100)
    }

    /// R1's analytic share detained past the hearing for a group whose ability to pay has
    /// median `abilityMedian`: 0.7 × P(LN(ln a, 1) < LN(ln 2000, 0.8)).
    public static func expectedDetainedShare(abilityMedian: Double) -> Double {
        0.7 * standardNormalCDF((log(2000) - log(abilityMedian)) / (1.0 + 0.64).squareRoot())
    }

    static func standardNormalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
}
