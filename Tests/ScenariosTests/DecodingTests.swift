import PolicyKit
import PretrialModel
import Scenarios
import SimKernel
import Testing

/// A valid document decodes to exactly the configuration it describes.
@Suite("Decoding a valid scenario")
struct DecodingTests {
    let scenario: Scenario
    var configuration: ModelConfiguration { scenario.baseline.configuration }

    init() throws {
        scenario = try ScenarioFixtures.load(ScenarioFixtures.valid)
    }

    @Test func scenarioAndRunSettings() {
        #expect(scenario.name == "Test county")
        #expect(scenario.description == "A small test scenario.")
        #expect(scenario.path == "test.yaml")
        #expect(scenario.settings == RunSettings(replications: 100, seed: 7, referenceGroup: "A"))
        #expect(scenario.variants.map(\.name) == ["baseline"])
        #expect(scenario.baseline.overrides.isEmpty)
        #expect(scenario.baseline.warnings.isEmpty)
        #expect(configuration.arrestWindowDays == 365)
        #expect(configuration.warmUpDays == 30)
        #expect(configuration.maximumDays == 20000)
        #expect(configuration.costPerBedDay == 100)
    }

    @Test func population() throws {
        let population = configuration.population
        #expect(
            population.info
                == PopulationInfo(
                    groups: ["A", "B"], chargeClasses: ["felony", "misdemeanor"],
                    ageBands: ["18-24", "25-34", "35+"]))
        let felony = population.chargeClasses[0]
        #expect(felony.guiltProbability == 0.9)
        #expect(felony.failureToAppear == 0.1)
        #expect(felony.newArrestPerDay == 0.001)
        #expect(felony.priorsEffect == 0.05)
        #expect(felony.sentenceDays == (try Distribution.lognormal(median: 90, sigma: 1)))
        let misdemeanor = population.chargeClasses[1]
        #expect(misdemeanor.priorsEffect == 0, "priors_effect defaults to 0")
        #expect(misdemeanor.sentenceDays == (try Distribution.constant(10)), "a bare number is a constant")

        let a = population.groups[0], b = population.groups[1]
        #expect(a.share == 0.6 && b.share == 0.4)
        #expect(a.abilityToPay == (try Distribution.lognormal(median: 1500, sigma: 1)))
        #expect(a.chargeMix == [0.4, 0.6])
        #expect(b.chargeMix == [1.0, 0], "a class left out of the mix gets 0")
        #expect(a.priors == (try Distribution.poisson(mean: 2)))
        #expect(b.priors == (try Distribution.constant(0)))
        #expect(a.ageMix == [0.3, 0.4, 0.3])
        #expect(b.ageMix == [0.5, 0, 0.5])
    }

    @Test func arrestsProcessBehaviourAndCourts() throws {
        #expect(
            configuration.arrests
                == ArrivalProfile(ratePerDay: 100, weekly: [1, 1, 1, 1.05, 1.15, 0.95, 0.85]))
        let process = configuration.process
        #expect(process.firstAppearanceDelay == (try Distribution.exponential(mean: 1)))
        #expect(process.courtDateInterval == (try Distribution.exponential(mean: 30)))
        #expect(process.courtDatesBeforeTrial == 1)
        #expect(process.dismissalPerCourtDate == 0)
        #expect(process.warrantDelay == (try Distribution.gamma(shape: 2, scale: 7)))
        let behaviour = configuration.behaviour
        #expect(behaviour.bondsmanPremiumShare == nil)
        #expect(behaviour.laterPostingProbability == 0.2)
        #expect(behaviour.laterPostingMeanDays == 12)
        #expect(behaviour.remandAfterFailureToAppear == 0.5)
        #expect(behaviour.revocationOnNewArrest == 0.5)
        #expect(
            behaviour.plea
                == PleaAcceptance(
                    detained: 0.6, released: 0.4, perDetainedDay: 0.003,
                    innocentFactor: 0.5))
        let courts = configuration.courts
        #expect(courts.courtrooms == 12)
        #expect(courts.trialDuration == (try Distribution.gamma(shape: 2, scale: 0.1)))
        #expect(courts.convictionIfGuilty == 0.85)
        #expect(courts.convictionIfInnocent == 0.1)
        #expect(courts.jailSentenceServedShare == 1, "absent: whole jail sentences are served")
    }

    @Test func policiesWithParametersAndDefaults() throws {
        let policies = configuration.policies
        let release = try #require(policies.release as? TestPolicies.Release)
        let expected = try PolicyParameters(
            [
                "ror_probability": .number(0.25), "bail_median": .number(2000), "rounds": .integer(3),
                "strict": .flag(true), "mode": .text("hard"), "classes": .names(["felony"]),
                "amounts": .table(["felony": 5000]),
            ],
            specs: TestPolicies.release.parameters)
        #expect(release.parameters == expected)
        let plea = try #require(policies.plea as? TestPolicies.Plea)
        #expect(plea.parameters.number("sentence_share") == 0.6, "parameters left out take their defaults")
        #expect(policies.arrest is TestPolicies.Book, "arrest defaults to book-all")
        #expect(policies.counsel is TestPolicies.NoCounsel, "counsel defaults to no-counsel")
        #expect(
            (policies.scheduling as? TestPolicies.Scheduling)?.name == "fifo", "scheduling defaults to fifo")
        #expect((policies.custodyLimit as? TestPolicies.Limit)?.days == 182, "a bare module name is allowed")
        #expect(policies.risk == nil && policies.bailReview == nil)
    }

    @Test func distributionForms() throws {
        let forms: [(String, Distribution)] = [
            ("{constant: 3}", try .constant(3)),
            ("2.5", try .constant(2.5)),
            ("{exponential: {mean: 4}}", try .exponential(mean: 4)),
            ("{gamma: {shape: 2, scale: 3}}", try .gamma(shape: 2, scale: 3)),
            ("{lognormal: {mu: 1, sigma: 0.5}}", try .lognormal(mu: 1, sigma: 0.5)),
            ("{weibull: {shape: 1.5, scale: 10}}", try .weibull(shape: 1.5, scale: 10)),
            (
                "{truncated_normal: {mean: 5, sd: 2, lower: 0, upper: 20}}",
                try .truncatedNormal(mean: 5, sd: 2, lower: 0, upper: 20)
            ),
            ("{uniform: {lower: 1, upper: 3}}", try .uniform(lower: 1, upper: 3)),
            ("{bernoulli: {p: 0.3}}", try .bernoulli(p: 0.3)),
            ("{binomial: {n: 10, p: 0.2}}", try .binomial(n: 10, p: 0.2)),
            (
                "{empirical: {values: [1, 2, 5], weights: [1, 1, 2]}}",
                try .empirical(values: [1, 2, 5], weights: [1, 1, 2])
            ),
        ]
        for (yaml, expected) in forms {
            let text = ScenarioFixtures.replacing("warrant_delay:", with: "  warrant_delay: \(yaml)")
            let scenario = try ScenarioFixtures.load(text)
            #expect(scenario.baseline.configuration.process.warrantDelay == expected, "\(yaml)")
        }
    }

    @Test func optionalKeysTakeTheirDefaults() throws {
        var text = ScenarioFixtures.replacing("warm_up_days:", with: "")
        text = ScenarioFixtures.replacing("reference_group:", with: "", in: text)
        text = ScenarioFixtures.replacing("weekly_profile:", with: "", in: text)
        text = ScenarioFixtures.replacing("cost_per_bed_day:", with: "", in: text)
        text = ScenarioFixtures.replacing("later_posting_probability:", with: "", in: text)
        let scenario = try ScenarioFixtures.load(text)
        let configuration = scenario.baseline.configuration
        #expect(configuration.warmUpDays == 0)
        #expect(scenario.settings.referenceGroup == nil)
        #expect(configuration.arrests.weekly.isEmpty)
        #expect(configuration.costPerBedDay == 0)
        #expect(configuration.behaviour.laterPostingProbability == 0)
    }
}
