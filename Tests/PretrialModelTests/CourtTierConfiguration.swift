import Policies
import PolicyKit
import PretrialModel
import SimKernel

/// A model with two charge classes, `minor` and `serious`, built in code for the court-tier
/// and custody-limit tests: every case goes to trial (no pleas, no dismissals), after one
/// court date, so each tier's trial queue is fed by a Poisson stream.
enum CourtTierConfiguration {
    /// - Parameters:
    ///   - tiers: the court tiers (none: one court of `courtrooms`).
    ///   - minorShare: the share of arrests charged `minor`.
    ///   - courtDateDays: the constant court-date interval (nil: exponential, mean 30).
    ///   - detainAll: bail no one can pay (everyone booked is held until trial or a limit).
    ///   - custodyLimit: a custody limit policy module and its parameters.
    static func make(
        tiers: [CourtTier] = [], rate: Double = 20, minorShare: Double = 0.75, arrestWindowDays: Double = 2_000,
        warmUpDays: Double = 200, courtDateDays: Double? = nil, detainAll: Bool = false,
        custodyLimit: (String, [String: ParameterValue])? = nil
    ) throws -> ModelConfiguration {
        let registry = BuiltInPolicies.registry()
        let population = PopulationProfile(
            groups: [
                GroupProfile(
                    name: "A", share: 1, abilityToPay: try .lognormal(median: 1500, sigma: 1.0),
                    chargeMix: [minorShare, 1 - minorShare], priors: try .constant(0), ageMix: [1])
            ],
            chargeClasses: [
                ChargeClassProfile(
                    name: "minor", guiltProbability: 1, failureToAppear: 0, newArrestPerDay: 0, priorsEffect: 0,
                    sentenceDays: try .constant(30)),
                ChargeClassProfile(
                    name: "serious", guiltProbability: 1, failureToAppear: 0, newArrestPerDay: 0, priorsEffect: 0,
                    sentenceDays: try .constant(300)),
            ],
            ageBands: ["all"])
        var chosen: [DecisionPoint: (String, [String: ParameterValue])] = [
            .arrest: ("book-all", [:]), .counsel: ("no-counsel", [:]),
            .release: (
                "r1-release",
                detainAll
                    ? ["ror_probability": .number(0), "bail_median": .number(1e9), "bail_sigma": .number(0.01)]
                    : ["ror_probability": .number(0.3), "bail_median": .number(2000), "bail_sigma": .number(0.8)]
            ),
            .plea: ("standard-plea", [:]), .scheduling: ("fifo", [:]),
        ]
        if let custodyLimit { chosen[.custodyLimit] = custodyLimit }
        let instances = try chosen.mapValues { name, parameters in
            try registry.module(named: name)!.instantiate(parameters, population: population.info)
        }
        let interval: Distribution = try courtDateDays.map { try .constant($0) } ?? .exponential(mean: 30)
        return ModelConfiguration(
            arrestWindowDays: arrestWindowDays, warmUpDays: warmUpDays, maximumDays: 100_000,
            population: population,
            arrests: ArrivalProfile(ratePerDay: rate),
            process: ProcessProfile(
                firstAppearanceDelay: try .exponential(mean: 1), courtDateInterval: interval,
                courtDatesBeforeTrial: 1, dismissalPerCourtDate: 0, warrantDelay: try .exponential(mean: 14)),
            behaviour: BehaviourProfile(
                bondsmanPremiumShare: nil, laterPostingProbability: 0, laterPostingMeanDays: 10,
                remandAfterFailureToAppear: 0, revocationOnNewArrest: 0,
                plea: PleaAcceptance(detained: 0, released: 0)),
            courts: CourtProfile(
                courtrooms: tiers.isEmpty ? 40 : tiers.reduce(0) { $0 + $1.courtrooms },
                trialDuration: try tiers.first?.trialDuration ?? .exponential(mean: 0.5),
                convictionIfGuilty: 1, convictionIfInnocent: 0, tiers: tiers),
            policies: try PolicySet(instances),
            costPerBedDay: 100)
    }

    /// The lower tier tries `minor` (sending `sentUpShare` of it up after an exponential delay
    /// of mean 10 days), the higher `serious`; trials are exponential.
    static func twoTiers(
        sentUpShare: Double, lowerCourtrooms: Int = 8, lowerMeanTrial: Double = 0.5, higherCourtrooms: Int = 10,
        higherMeanTrial: Double = 1, lowerLimit: TierCustodyLimit? = nil, higherLimit: TierCustodyLimit? = nil
    ) throws -> [CourtTier] {
        [
            CourtTier(
                name: "magistrates", chargeClasses: [0], courtrooms: lowerCourtrooms,
                trialDuration: try .exponential(mean: lowerMeanTrial), custodyLimit: lowerLimit,
                sentUp: sentUpShare > 0
                    ? [SendingUp(chargeClass: 0, toTier: 1, share: sentUpShare, delay: try .exponential(mean: 10))] : []
            ),
            CourtTier(
                name: "crown_court", chargeClasses: [1], courtrooms: higherCourtrooms,
                trialDuration: try .exponential(mean: higherMeanTrial), custodyLimit: higherLimit),
        ]
    }
}
