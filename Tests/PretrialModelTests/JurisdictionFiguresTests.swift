import Policies
import PolicyKit
import PretrialModel
import SimKernel
import Testing

/// The figures by which jurisdictions publish remand statistics (`MetricCatalog+Jurisdictions`),
/// and the release and review modules of jurisdictions without money bail (`remand-on-grounds`,
/// `remand-review`), on R1's process with everyone convicted.
@Suite("Jurisdiction figures: sentenced population, pre-trial share of prisoners, remand length")
struct JurisdictionFiguresTests {
    /// R1 with release by `remand-on-grounds` (remand probability `remand`), an optional
    /// `remand-review`, custodial sentences of 1,000 days and half of each served.
    static func configuration(remand: Double, review: [String: ParameterValue]? = nil) throws -> ModelConfiguration {
        var extra: [DecisionPoint: (String, [String: ParameterValue])] = [
            .release: ("remand-on-grounds", ["default_remand": .number(remand), "default_conditions": .number(0)])
        ]
        if let review { extra[.bailReview] = ("remand-review", review) }
        var configuration = try R1Configuration.make(arrestWindowDays: 200, rate: 40, extraPolicies: extra)
        configuration.population.chargeClasses[0].sentenceDays = try .constant(1000)
        configuration.courts.prisonSentenceServedShare = 0.5
        return configuration
    }

    @Test("the sentenced population is the days still to serve per counted day (Little's law), less time on remand")
    func sentencedPopulation() throws {
        let run = try PretrialSimulation.run(Self.configuration(remand: 0.3), seed: 7, replication: 0)
        let sentences = run.value(.custodialSentenceDays, .overall) * run.numerator(.custodialSentenceShare, .overall)
        let held = run.value(.bedDays, .overall)
        let expected = (0.5 * sentences - held) / run.value(.countedDays, .overall)
        #expect(run.value(.custodialSentenceShare, .overall) == 1)
        #expect(abs(run.value(.sentencedPopulation, .overall) / expected - 1) < 1e-9)
        let jail = run.value(.jailPopulationAverage, .overall)
        let share = run.value(.pretrialShareOfPrisoners, .overall)
        #expect(abs(share - jail / (jail + expected)) < 1e-9)
        #expect(share > 0 && share < 1)
    }

    @Test("without prison_sentence_served_share the sentenced figures are NaN")
    func absentShare() throws {
        var configuration = try Self.configuration(remand: 0.3)
        configuration.courts.prisonSentenceServedShare = nil
        let run = try PretrialSimulation.run(configuration, seed: 7, replication: 0)
        #expect(run.value(.sentencedPopulation, .overall).isNaN)
        #expect(run.value(.pretrialShareOfPrisoners, .overall).isNaN)
    }

    @Test("the remand-length bands of those held more than 2 days sum to 1")
    func remandBands() throws {
        let run = try PretrialSimulation.run(Self.configuration(remand: 0.5), seed: 7, replication: 0)
        let bands: [MetricID] = [
            .remandLengthUpTo1Month, .remandLength1To3Months, .remandLength3To6Months, .remandLength6To12Months,
            .remandLengthOver1Year,
        ]
        let total = bands.map { run.value($0, .overall) }.reduce(0, +)
        #expect(abs(total - 1) < 1e-12)
    }

    @Test("remand-on-grounds: remand 0 releases everyone at first appearance, remand 1 holds everyone")
    func remandOnGrounds() throws {
        let none = try PretrialSimulation.run(Self.configuration(remand: 0), seed: 7, replication: 0)
        #expect(none.value(.detainedPastFirstAppearanceShare, .overall) == 0)
        #expect(none.value(.moneyBailShare, .overall) == 0)
        let all = try PretrialSimulation.run(Self.configuration(remand: 1), seed: 7, replication: 0)
        #expect(all.value(.detainedWithoutBailShare, .overall) == 1)
    }

    @Test("remand-review releases those remanded at its delay, and never reviews money bail")
    func remandReview() throws {
        let review: [String: ParameterValue] = ["delay_days": .number(10), "release_probability": .number(1)]
        let reviewed = try PretrialSimulation.run(
            Self.configuration(remand: 1, review: review), seed: 7, replication: 0)
        // Held from arrest to first appearance (mean 1 day), then at most 10 days to the review
        // (less for cases that end before it; a few whose trial has started stay to its end).
        let days = reviewed.value(.pretrialDetentionDays, .overall)
        #expect(days > 5 && days < 11.5, "mean days held \(days)")
        #expect(reviewed.value(.pretrialDetentionDaysP90, .overall) < 14)
        let unreviewed = try PretrialSimulation.run(Self.configuration(remand: 1), seed: 7, replication: 0)
        #expect(unreviewed.value(.pretrialDetentionDays, .overall) > 20)
        let instance = try BuiltInPolicies.registry().module(named: "remand-review")!.instantiate(
            review, population: try Self.configuration(remand: 1).population.info)
        guard case .bailReview(let policy) = instance else {
            Issue.record("remand-review is not a bail review policy")
            return
        }
        let defendant = Defendant(
            person: 0, group: 0, abilityToPay: 100, chargeClass: 0, priors: 0, ageBand: 0, isDetained: true,
            daysDetained: 1, daysSinceArrest: 1, arrestDay: 0, hasCounsel: false, riskScore: nil, isRearrest: false)
        #expect(policy.reviewDelay(defendant, bail: .infinity) == 10)
        #expect(policy.reviewDelay(defendant, bail: 500) == nil)
    }
}
