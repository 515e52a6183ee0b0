import PolicyKit
import PretrialModel
import Scenarios
import Testing

/// Policy timelines in a scenario: a list of entries at a decision point decodes to the day-0
/// policy and its changes; each mistake is named at its entry with the fix.
@Suite("Policy timelines: decoding")
struct PolicyTimelineDecodingTests {
    static let releaseLine = "  release: {module: test-release"

    /// The valid scenario with `timeline` as its release policy (lines under `release:`).
    static func scenario(release timeline: String) -> String {
        ScenarioFixtures.replacing(Self.releaseLine, with: "  release:\n" + timeline)
    }

    static let reform = """
            - {from_day: 0, module: test-release, parameters: {ror_probability: 0.25}}
            - {from_day: 100, module: test-release, parameters: {ror_probability: 0.75}, phase_in_days: 50}
            - {from_day: 300, module: test-release, parameters: {ror_probability: 0.9}}
        """

    static func ror(_ policy: any ReleasePolicy) -> Double? {
        (policy as? TestPolicies.Release)?.parameters.number("ror_probability")
    }

    @Test func aTimelineDecodesToTheDayZeroPolicyAndItsChanges() throws {
        let configuration = try ScenarioFixtures.load(Self.scenario(release: Self.reform)).baseline.configuration
        #expect(Self.ror(configuration.policies.release) == 0.25, "the typed accessor is the day-0 policy")
        #expect(configuration.policyChanges.map(\.fromDay) == [100, 300])
        #expect(configuration.policyChanges.map(\.phaseInDays) == [50, 0])
        #expect(configuration.policyChanges.allSatisfy { $0.decisionPoint == .release })
        #expect(configuration.policyChanges.map(\.module) == ["test-release", "test-release"])
        #expect(configuration.policyChangeDays == [100, 300])
        let later = try #require(configuration.policyChanges.first?.instance?.policy as? TestPolicies.Release)
        #expect(later.parameters.number("ror_probability") == 0.75)
    }

    @Test func aScenarioWithoutATimelineHasNoChanges() throws {
        let configuration = try ScenarioFixtures.load(ScenarioFixtures.valid).baseline.configuration
        #expect(configuration.policyChanges.isEmpty)
        #expect(configuration.policyChangeDays.isEmpty)
    }

    @Test func anOptionalPointMayStartOrEndOnADay() throws {
        let text = ScenarioFixtures.replacing(
            "  custody_limit: test-limit",
            with: """
                  custody_limit:
                    - {from_day: 0, module: null}
                    - {from_day: 200, module: test-limit, parameters: {days: 56}}
                """)
        let configuration = try ScenarioFixtures.load(text).baseline.configuration
        #expect(configuration.policies.custodyLimit == nil)
        #expect(configuration.policyChanges.count == 1)
        #expect(configuration.policyChanges[0].decisionPoint == .custodyLimit)
    }

    @Test func aVariantSetsATimeline() throws {
        let text =
            ScenarioFixtures.valid + """

                variants:
                  - name: reform-from-day-100
                    set:
                      policies.release:
                        - {from_day: 0, module: test-release, parameters: {ror_probability: 0.25}}
                        - {from_day: 100, module: test-release, parameters: {ror_probability: 0.75}, phase_in_days: 30}
                """
        let scenario = try ScenarioFixtures.load(text)
        #expect(scenario.baseline.configuration.policyChanges.isEmpty)
        let variant = try #require(scenario.variant(named: "reform-from-day-100"))
        #expect(variant.configuration.policyChanges.map(\.fromDay) == [100])
        #expect(variant.configuration.policyChanges.map(\.phaseInDays) == [30])
        #expect(Self.ror(variant.configuration.policies.release) == 0.25)
    }

    // MARK: - Mistakes

    /// The one error of the scenario whose release timeline is `timeline`.
    static func error(_ timeline: String, sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioIssue? {
        ScenarioFixtures.onlyError(Self.scenario(release: timeline), sourceLocation: sourceLocation)
    }

    static func line(of marker: String, release timeline: String) -> Int {
        ScenarioFixtures.line(of: marker, in: Self.scenario(release: timeline))
    }

    @Test func theFirstEntryMustBeFromDayZero() throws {
        let timeline = """
                - {from_day: 10, module: test-release}
                - {from_day: 100, module: test-release}
            """
        let issue = try #require(Self.error(timeline))
        #expect(issue.message.contains("must be from day 0"))
        #expect(issue.keyPath == "policies.release[0].from_day")
        #expect(issue.line == Self.line(of: "from_day: 10", release: timeline))
        #expect(issue.fix.contains("from_day: 0"))
    }

    @Test func daysMustBeInOrder() throws {
        let timeline = """
                - {from_day: 0, module: test-release}
                - {from_day: 200, module: test-release}
                - {from_day: 100, module: test-release}
            """
        let issue = try #require(Self.error(timeline))
        #expect(issue.message.contains("not in order"))
        #expect(issue.keyPath == "policies.release[2].from_day")
        #expect(issue.line == Self.line(of: "from_day: 100", release: timeline))
        #expect(issue.fix.contains("increasing order"))
    }

    @Test func daysMustNotRepeat() throws {
        let timeline = """
                - {from_day: 0, module: test-release}
                - {from_day: 100, module: test-release}
                - {from_day: 100, module: test-release, parameters: {ror_probability: 0.5}}
            """
        let issue = try #require(Self.error(timeline))
        #expect(issue.message.contains("two entries of the release timeline are from day 100"))
        #expect(issue.keyPath == "policies.release[2].from_day")
        #expect(issue.line == Self.line(of: "ror_probability: 0.5", release: timeline))
    }

    @Test func aPhaseInMustEndBeforeTheNextEntry() throws {
        let timeline = """
                - {from_day: 0, module: test-release}
                - {from_day: 100, module: test-release, phase_in_days: 90}
                - {from_day: 150, module: test-release}
            """
        let issue = try #require(Self.error(timeline))
        #expect(issue.message.contains("overlaps the next entry, 50 days later"))
        #expect(issue.keyPath == "policies.release[1]")
        #expect(issue.line == Self.line(of: "phase_in_days: 90", release: timeline))
        #expect(issue.fix.contains("at most 50"))
    }

    @Test func theFirstEntryCannotPhaseIn() throws {
        let issue = try #require(Self.error("      - {from_day: 0, module: test-release, phase_in_days: 30}"))
        #expect(issue.message.contains("no policy before it to phase in from"))
        #expect(issue.fix.contains("remove phase_in_days"))
    }

    @Test func anUnknownModuleIsNamedWithASuggestion() throws {
        let timeline = """
                - {from_day: 0, module: test-release}
                - {from_day: 100, module: test-relase}
            """
        let issue = try #require(Self.error(timeline))
        #expect(issue.message.contains("unknown release policy module 'test-relase'"))
        #expect(issue.message.contains("did you mean 'test-release'"))
        #expect(issue.keyPath == "policies.release[1].module")
        #expect(issue.line == Self.line(of: "test-relase", release: timeline))
    }

    @Test func aChangeMustComeWithinTheRun() throws {
        let timeline = """
                - {from_day: 0, module: test-release}
                - {from_day: 25000, module: test-release}
            """
        let issue = try #require(Self.error(timeline))
        #expect(issue.message.contains("not within the run, which ends on day 20000"))
        #expect(issue.keyPath == "policies.release[1].from_day")
        #expect(issue.fix.contains("raise run.max_days"))
    }

    @Test func anEntryNeedsAFromDayAndKnownKeys() throws {
        let missing = try #require(Self.error("      - {module: test-release}"))
        #expect(missing.message.contains("missing required key 'from_day'"))
        let misspelt = try #require(Self.error("      - {from_day: 0, module: test-release, phase_in: 3}"))
        #expect(misspelt.message.contains("unknown key 'phase_in'"))
        #expect(misspelt.fix.contains("phase_in_days"))
    }

    @Test func aRequiredPointCannotBeTurnedOff() throws {
        let issue = try #require(Self.error("      - {from_day: 0, module: null}"))
        #expect(issue.message.contains("cannot be turned off"))
    }

    @Test func aTimelineForAValueThatCannotChangeSaysWhichCan() throws {
        let text = ScenarioFixtures.replacing(
            "  courtrooms: 12", with: "  courtrooms: [{from_day: 0, value: 12}, {from_day: 100, value: 14}]")
        let issue = try #require(ScenarioFixtures.onlyError(text))
        #expect(issue.keyPath == "courts.courtrooms")
        #expect(issue.message.contains("only policies can change during a run"))
        #expect(issue.fix.contains("policies.<point>: [{from_day: 0"))
    }

    @Test func theBailFundCannotChange() throws {
        let text = ScenarioFixtures.replacing(
            "  custody_limit: test-limit",
            with: "  custody_limit: test-limit\n  bail_fund: [{from_day: 0, module: some-fund}]")
        let issue = try #require(ScenarioFixtures.onlyError(text))
        #expect(issue.keyPath == "policies.bail_fund")
        #expect(issue.message.contains("cannot change during a run"))
    }

    @Test func anEmptyTimelineIsAnError() throws {
        let issue = try #require(
            ScenarioFixtures.onlyError(ScenarioFixtures.replacing(Self.releaseLine, with: "  release: []")))
        #expect(issue.message.contains("at least one entry"))
    }
}
