import PolicyKit
import Scenarios
import Testing

/// Variants change values at dotted paths and keep everything else; a bad variant is reported
/// with its name and the path.
@Suite("Variants")
struct VariantTests {
    /// The valid scenario with `variants` appended.
    static func scenario(variants: String) -> String {
        ScenarioFixtures.valid + "\nvariants:\n" + variants
    }

    @Test func overridesByPathIndexAndName() throws {
        let text = Self.scenario(
            variants: """
                  - name: more-courtrooms
                    description: Two more courtrooms.
                    set:
                      courts.courtrooms: 14
                      policies.scheduling: {module: detained-first}
                  - name: shift-shares
                    set:
                      population.groups.0.share: 0.5
                      population.groups.B.share: 0.5
                      population.groups.A.charge_mix: {felony: 1}
                  - name: commercial-bail
                    set:
                      behaviour.bondsman_premium_share: 0.1
                      arrests.monthly_profile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
                      policies.risk: null
                """)
        let scenario = try ScenarioFixtures.load(text)
        #expect(
            scenario.variants.map(\.name) == [
                "baseline", "more-courtrooms", "shift-shares", "commercial-bail",
            ])
        let baseline = scenario.baseline.configuration

        let more = try #require(scenario.variant(named: "more-courtrooms"))
        #expect(more.description == "Two more courtrooms.")
        #expect(more.overrides == ["courts.courtrooms", "policies.scheduling"])
        #expect(more.configuration.courts.courtrooms == 14)
        #expect(
            (more.configuration.policies.scheduling as? TestPolicies.Scheduling)?.name == "detained-first")
        #expect(more.configuration.courts.trialDuration == baseline.courts.trialDuration)
        #expect(more.configuration.arrests == baseline.arrests)
        #expect(
            (more.configuration.policies.release as? TestPolicies.Release)?.parameters
                == (baseline.policies.release as? TestPolicies.Release)?.parameters)

        let shift = try #require(scenario.variant(named: "shift-shares"))
        #expect(shift.configuration.population.groups.map(\.share) == [0.5, 0.5])
        #expect(shift.configuration.population.groups[0].chargeMix == [1, 0])
        #expect(shift.configuration.population.groups[1].chargeMix == baseline.population.groups[1].chargeMix)
        #expect(shift.configuration.population.groups[0].ageMix == baseline.population.groups[0].ageMix)
        #expect(baseline.population.groups.map(\.share) == [0.6, 0.4], "the baseline is unchanged")

        let bail = try #require(scenario.variant(named: "commercial-bail"))
        #expect(bail.configuration.behaviour.bondsmanPremiumShare == 0.1)
        #expect(bail.configuration.arrests.monthly.count == 12)
        #expect(bail.configuration.arrests.weekly == baseline.arrests.weekly)
    }

    @Test func unknownItemNameNamesTheVariantAndPath() throws {
        let text = Self.scenario(
            variants: """
                  - name: typo
                    set:
                      population.groups.C.share: 0.5
                """)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(
            error.message.contains(
                "variant 'typo': cannot set 'population.groups.C.share': no item named 'C' in population.groups"
            ))
        #expect(error.fix.contains("an index from 0 to 1 or a name: A, B"))
        #expect(error.line == ScenarioFixtures.line(of: "groups.C.share", in: text))
    }

    @Test func indexOutOfRangeAndPathThroughANumber() {
        let text = Self.scenario(
            variants: """
                  - name: bad-paths
                    set:
                      population.groups.5.share: 0.5
                      courts.courtrooms.count: 3
                """)
        let errors = ScenarioFixtures.issues(text)
        #expect(errors.count == 2)
        #expect(
            errors.first?.message.contains(
                "population.groups has 2 items, numbered from 0, so there is no item 5")
                == true)
        #expect(
            errors.last?.message.contains("courts.courtrooms is the number 12, which has no key 'count'")
                == true)
    }

    @Test func unknownKeyThroughAVariantIsReportedAtTheVariant() throws {
        let text = Self.scenario(
            variants: """
                  - name: typo
                    set:
                      courts.courtroms: 14
                """)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(
            error.message == "variant 'typo': unknown key 'courtroms' in courts; did you mean 'courtrooms'?")
        #expect(error.keyPath == "courts.courtroms")
        #expect(error.line == ScenarioFixtures.line(of: "courts.courtroms", in: text))
    }

    @Test func invalidValueNamesTheVariantAndPath() throws {
        let text = Self.scenario(
            variants: """
                  - name: no-courts
                    set:
                      courts.courtrooms: 0
                  - name: fine
                    set:
                      courts.courtrooms: 20
                """)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.message == "variant 'no-courts': must be at least 1, found 0")
        #expect(error.keyPath == "courts.courtrooms")
        #expect(error.line == ScenarioFixtures.line(of: "courts.courtrooms: 0", in: text))
    }

    @Test func sharesBrokenByAVariant() throws {
        let text = Self.scenario(
            variants: """
                  - name: lopsided
                    set:
                      population.groups.A.share: 0.7
                """)
        let error = try #require(ScenarioFixtures.onlyError(text))
        // Reported at the variant's `set` entry, which the user must change, with the place
        // of the check in the base document.
        let checked = ScenarioFixtures.line(of: "share: 0.4", in: text)
        #expect(
            error.message == "variant 'lopsided': shares of groups sum to 1.1 "
                + "(found at test.yaml:\(checked):14, after the variant set population.groups.A.share)")
        #expect(error.keyPath == "population.groups[1].share")
        #expect(error.line == ScenarioFixtures.line(of: "population.groups.A.share: 0.7", in: text))
    }

    @Test func duplicateBaselineAndFixedNames() {
        let text = Self.scenario(
            variants: """
                  - name: twice
                    set: {courts.courtrooms: 13}
                  - name: twice
                    set: {courts.courtrooms: 14}
                  - name: baseline
                    set: {courts.courtrooms: 15}
                  - name: reseeded
                    set: {run.seed: 3}
                """)
        let messages = ScenarioFixtures.issues(text).map(\.message)
        #expect(messages.count == 3)
        #expect(
            messages.contains {
                $0.hasPrefix("duplicate variant name 'twice' (already used at variants[0].name)")
            })
        #expect(messages.contains { $0.hasPrefix("a variant cannot be called 'baseline'") })
        #expect(messages.contains { $0.hasPrefix("'run.seed' cannot differ between variants") })
    }

    @Test func baselineErrorsAreReportedOnceNotPerVariant() {
        let text = Self.scenario(
            variants: """
                  - name: one
                    set: {courts.courtrooms: 13}
                  - name: two
                    set: {courts.courtrooms: 14}
                """)
        let broken = ScenarioFixtures.replacing(
            "guilt_probability: 0.9", with: "      guilt_probability: 2", in: text)
        let issues = ScenarioFixtures.issues(broken)
        #expect(issues.count == 1)
        #expect(issues.first?.message == "must be between 0 and 1 (a probability), found 2")
    }
}
