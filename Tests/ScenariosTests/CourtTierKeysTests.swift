import PretrialModel
import Scenarios
import Testing

/// `courts.tiers`: two court tiers with their classes, courtrooms, trial lengths, scheduling,
/// custody time limit and sending up; read as written, and each mistake one error at its key.
@Suite("Decoding court tiers")
struct CourtTierKeysTests {
    static let tiers = """
          tiers:
            - name: magistrates
              classes: [misdemeanor]
              courtrooms: 4
              trial_duration: {exponential: {mean: 0.5}}
              custody_time_limit: {days: 56, max_extensions: 2, extension_probability: 0.8, extension_days: 28}
              sent_up:
                misdemeanor: {share: 0.3, delay: {exponential: {mean: 20}}}
            - name: crown_court
              classes: [felony]
              courtrooms: 10
              trial_duration: {gamma: {shape: 2, scale: 1}}
              scheduling: {module: fifo}
              custody_time_limit: {days: 182}
        """

    static let withTiers: String = {
        let text = ScenarioFixtures.replacing("  courtrooms: 12", with: tiers)
        return ScenarioFixtures.replacing("  trial_duration: {gamma: {shape: 2, scale: 0.1}}", with: "", in: text)
    }()

    @Test("every key is read as written, and the rest take their defaults")
    func keysAreRead() throws {
        let courts = try ScenarioFixtures.load(Self.withTiers).baseline.configuration.courts
        #expect(courts.tiers.map(\.name) == ["magistrates", "crown_court"])
        #expect(courts.courtrooms == 14)
        let lower = courts.tiers[0]
        let higher = courts.tiers[1]
        #expect(lower.chargeClasses == [1] && higher.chargeClasses == [0])
        #expect(lower.courtrooms == 4 && higher.courtrooms == 10)
        #expect(lower.trialDuration == (try .exponential(mean: 0.5)))
        #expect(lower.scheduling == nil && higher.scheduling != nil)
        #expect(lower.custodyLimit?.days == 56)
        #expect(lower.custodyLimit?.extensionTerms?.maximumExtensions == 2)
        #expect(lower.custodyLimit?.extensionTerms?.grantProbability == 0.8)
        #expect(lower.custodyLimit?.extensionTerms?.days == 28)
        #expect(higher.custodyLimit == TierCustodyLimit(days: 182))
        #expect(lower.sentUp.count == 1 && higher.sentUp.isEmpty)
        #expect(lower.sentUp.first?.chargeClass == 1 && lower.sentUp.first?.toTier == 1)
        #expect(lower.sentUp.first?.share == 0.3)
        #expect(lower.sentUp.first?.delay == (try .exponential(mean: 20)))
    }

    @Test("without tiers the court is one court")
    func absentTiers() throws {
        let configuration = try ScenarioFixtures.load(ScenarioFixtures.valid).baseline.configuration
        #expect(configuration.courts.tiers.isEmpty)
        #expect(configuration.courtTierNames.isEmpty)
    }

    /// A mistake and the key path (and words) its one error must name.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var marker: String
        var replacement: String
        var keyPath: String
        var words: String
        var testDescription: String { words }
    }

    static let mistakes = [
        Mistake(
            marker: "classes: [misdemeanor]", replacement: "      classes: [misdemeanour]",
            keyPath: "courts.tiers[0].classes[0]", words: "unknown charge class"),
        Mistake(
            marker: "classes: [felony]", replacement: "      classes: [felony, misdemeanor]",
            keyPath: "courts.tiers[1].classes[1]", words: "is in two tiers"),
        Mistake(
            marker: "misdemeanor: {share: 0.3",
            replacement: "        misdemeanor: {share: 0.3, to: high_court, delay: {exponential: {mean: 20}}}",
            keyPath: "courts.tiers[0].sent_up.misdemeanor.to", words: "unknown tier"),
        Mistake(
            marker: "misdemeanor: {share: 0.3",
            replacement: "        felony: {share: 0.3, delay: {exponential: {mean: 20}}}",
            keyPath: "courts.tiers[0].sent_up.felony", words: "which does not try it"),
        Mistake(
            marker: "misdemeanor: {share: 0.3", replacement: "        misdemeanor: {share: 1.3, delay: 5}",
            keyPath: "courts.tiers[0].sent_up.misdemeanor.share", words: "share"),
        Mistake(
            marker: "custody_time_limit: {days: 182}",
            replacement: "      custody_time_limit: {days: 182, max_extensions: -1}",
            keyPath: "courts.tiers[1].custody_time_limit.max_extensions", words: "max_extensions"),
        Mistake(
            marker: "conviction_if_guilty: 0.85", replacement: "  conviction_if_guilty: 0.85\n  courtrooms: 3",
            keyPath: "courts.courtrooms", words: "is given for each tier"),
    ]

    @Test("a mistake is one error at its key", arguments: mistakes)
    func mistakeIsOneError(_ mistake: Mistake) throws {
        let text = ScenarioFixtures.replacing(mistake.marker, with: mistake.replacement, in: Self.withTiers)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.keyPath == mistake.keyPath, "\(error)")
        #expect(
            error.message.contains(mistake.words) || mistake.words == "share" || mistake.words == "max_extensions",
            "\(error)")
        #expect(error.file == "test.yaml")
    }

    @Test("a charge class in no tier is an error at the tiers")
    func classInNoTier() throws {
        var text = ScenarioFixtures.replacing("classes: [misdemeanor]", with: "      classes: []", in: Self.withTiers)
        text = ScenarioFixtures.replacing("misdemeanor: {share: 0.3", with: "", in: text)
        text = ScenarioFixtures.replacing("      sent_up:", with: "", in: text)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(
            error.keyPath == "courts.tiers" && error.message.contains("'misdemeanor' is tried in no tier"), "\(error)")
    }

    @Test("one tier, or three, is an error naming the count")
    func twoTiersExactly() throws {
        let one = ScenarioFixtures.replacing(
            "  courtrooms: 12",
            with: """
                  tiers:
                    - {name: only, classes: [felony, misdemeanor], courtrooms: 4, trial_duration: 1}
                """)
        let text = ScenarioFixtures.replacing("  trial_duration: {gamma: {shape: 2, scale: 0.1}}", with: "", in: one)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.keyPath == "courts.tiers" && error.message.contains("exactly two"), "\(error)")
    }
}
