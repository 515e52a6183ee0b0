import Foundation
import Scenarios
import Testing

/// Whole-scenario checks: the trial-queue warning, sizes refused without --force, YAML syntax,
/// every error reported at once, and default modules that are not registered.
@Suite("Scenario-wide checks")
struct ChecksTests {
    /// The valid scenario with trials of gamma(2, 1): the R1 overload numbers.
    static let overloaded = ScenarioFixtures.replacing(
        "trial_duration:", with: "  trial_duration: {gamma: {shape: 2, scale: 1.0}}")

    @Test func overloadedTrialQueueWarns() throws {
        let scenario = try ScenarioFixtures.load(Self.overloaded)
        let warning = try #require(scenario.baseline.warnings.first)
        #expect(scenario.baseline.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.keyPath == "courts.courtrooms")
        #expect(warning.line == ScenarioFixtures.line(of: "courtrooms:", in: Self.overloaded))
        // 100 a day × (1 − 0)¹ × (1 − 0.5)¹ = 50 trials a day, × 2 days = 100 ≥ 12.
        #expect(
            warning.message == "estimated trial workload 100.0 courtroom-days per day exceeds 12 courtrooms: "
                + "the trial backlog will grow without limit (about 50.0 trials a day × 2.0 days each)")
        #expect(
            warning.fix
                == "add courtrooms or shorten trials; if the overload is intended (as in r1-overload.yaml), ignore this warning"
        )
        #expect(
            warning.description.contains(
                "test.yaml:\(warning.line):15: warning: courts.courtrooms: estimated"))
    }

    @Test func stableTrialQueueDoesNotWarn() throws {
        // gamma(2, 0.1): 50 trials a day × 0.2 days = 10 < 12.
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.valid)
        #expect(scenario.baseline.warnings.isEmpty)
    }

    @Test func warningsArePerVariant() throws {
        let text =
            ScenarioFixtures.valid + """

                variants:
                  - name: slow-trials
                    set: {courts.trial_duration: {gamma: {shape: 2, scale: 1}}}
                  - name: more-courtrooms
                    set: {courts.courtrooms: 14}
                """
        let scenario = try ScenarioFixtures.load(text)
        #expect(scenario.baseline.warnings.isEmpty)
        #expect(scenario.variant(named: "more-courtrooms")?.warnings.isEmpty == true)
        let warnings = try #require(scenario.variant(named: "slow-trials")?.warnings)
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.message.hasPrefix("variant 'slow-trials': estimated trial workload 100.0") == true
        )

        let overloaded = try ScenarioFixtures.load(
            Self.overloaded + """

                variants:
                  - name: cheaper-beds
                    set: {cost_per_bed_day: 50}
                  - name: more-courtrooms
                    set: {courts.courtrooms: 14}
                """)
        #expect(
            overloaded.variant(named: "cheaper-beds")?.warnings == overloaded.baseline.warnings,
            "a warning the variant shares with the baseline keeps its text, so it can be shown once")
        let more = try #require(overloaded.variant(named: "more-courtrooms")?.warnings.first)
        #expect(
            more.message.hasPrefix(
                "variant 'more-courtrooms': estimated trial workload 100.0 "
                    + "courtroom-days per day exceeds 14 courtrooms"))
    }

    @Test(arguments: [
        (
            "rate_per_day:", "  rate_per_day: 200000",
            "expected 73,000,000 arrests per replication (200000 a day for 365 days) is more than the 50 million accepted without --force"
        ),
        (
            "replications:", "  replications: 200000",
            "200,000 replications is more than the 100,000 accepted without --force"
        ),
        (
            "max_days:", "  max_days: 2000000",
            "2,000,000 days of simulated time is more than the 1,000,000 accepted without --force"
        ),
        (
            "courtrooms:", "  courtrooms: 200000",
            "200,000 courtrooms is more than the 100,000 accepted without --force"
        ),
    ])
    func absurdSizesNeedForce(marker: String, replacement: String, message: String) throws {
        let text = ScenarioFixtures.replacing(marker, with: replacement)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.message == message)
        #expect(error.line == ScenarioFixtures.line(of: marker, in: text))
        #expect(error.fix.hasSuffix("pass --force if this is intended"))
        #expect(ScenarioFixtures.issues(text, force: true).filter { $0.severity == .error }.isEmpty)
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() throws {
        let text = ScenarioFixtures.replacing("courtrooms:", with: "  courtrooms: 12: 13")
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.message.hasPrefix("YAML syntax error: mapping values are not allowed in this context"))
        #expect(error.line == ScenarioFixtures.line(of: "courtrooms:", in: text))
        #expect(error.column == 17)
        #expect(error.keyPath.isEmpty)
    }

    @Test func duplicateKeyIsASyntaxError() throws {
        let text = ScenarioFixtures.replacing("courtrooms:", with: "  courtrooms: 12\n  courtrooms: 14")
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.message == "the key 'courtrooms' appears twice in one mapping")
        #expect(error.line == ScenarioFixtures.line(of: "courtrooms:", in: text))
    }

    @Test func everyErrorIsReportedAtOnce() {
        var text = ScenarioFixtures.replacing("courtrooms:", with: "  courtrooms: 0")
        text = ScenarioFixtures.replacing("share: 0.4", with: "      share: 0.3", in: text)
        text = ScenarioFixtures.replacing("plea: {module", with: "  plea: {module: test-pleas}", in: text)
        let issues = ScenarioFixtures.issues(text)
        #expect(issues.count == 3)
        #expect(
            issues.map(\.keyPath) == [
                "population.groups[1].share", "courts.courtrooms", "policies.plea.module",
            ],
            "in the order of the lines")
        #expect(issues.map(\.line) == issues.map(\.line).sorted())
        let description = ScenarioError(issues: issues).description
        #expect(description.split(separator: "\n").count == 3)
    }

    @Test func unregisteredDefaultModulesAreErrors() {
        let issues = ScenarioFixtures.issues(
            ScenarioFixtures.valid, registry: TestPolicies.registry(withDefaults: false))
        #expect(
            issues.map(\.message) == [
                "no arrest policy given, and no default arrest module is registered",
                "no counsel policy given, and no default counsel module is registered",
                "no scheduling policy given, and no default scheduling module is registered",
            ])
        #expect(
            issues.last?.fix == "add 'scheduling: {module: …}' under policies, with one of: detained-first")
        #expect(issues.first?.fix.hasSuffix("with one of: none") == true)
    }

    @Test func emptyAndNonMappingDocuments() {
        #expect(ScenarioFixtures.issues("").map(\.message) == ["the file is empty"])
        #expect(ScenarioFixtures.issues("- a\n- b\n").map(\.message) == ["expected a mapping, found a list"])
    }
}
