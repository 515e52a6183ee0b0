import Foundation
import PolicyKit
import Scenarios
import Testing

/// Overrides set values from outside the file, on the baseline and every variant alike, and a
/// bad one is reported at its origin with the fix.
@Suite("Scenario overrides")
struct ScenarioOverrideTests {
    /// Writes `text` to a temporary scenario file and loads it with `overrides`.
    static func load(_ text: String, overrides: [ScenarioOverride]) throws(ScenarioError) -> Scenario {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "override-\(UUID().uuidString).yaml")
        try? text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ScenarioLoader.load(
            path: url.path, registry: TestPolicies.registry(), overrides: overrides)
    }

    @Test func anOverrideChangesTheBaselineAndEveryVariant() throws {
        let text =
            ScenarioFixtures.valid + """

                variants:
                  - name: slower-trials
                    set:
                      courts.conviction_if_guilty: 0.8
                """
        let plain = try Self.load(text, overrides: [])
        let changed = try Self.load(
            text, overrides: [ScenarioOverride(path: "courts.courtrooms", number: 17, origin: "point 1")])
        #expect(plain.variants.map(\.configuration.courts.courtrooms) == [12, 12])
        #expect(changed.variants.map(\.configuration.courts.courtrooms) == [17, 17])
        #expect(changed.sha256 == plain.sha256)
    }

    @Test func aVariantsOwnSetWinsOverAnOverride() throws {
        let text =
            ScenarioFixtures.valid + """

                variants:
                  - name: fourteen
                    set:
                      courts.courtrooms: 14
                """
        let scenario = try Self.load(
            text, overrides: [ScenarioOverride(path: "courts.courtrooms", number: 17, origin: "point 1")])
        #expect(scenario.variants.map(\.configuration.courts.courtrooms) == [17, 14])
    }

    @Test func aBadValueIsReportedAtTheOverridesOrigin() throws {
        do {
            _ = try Self.load(
                ScenarioFixtures.valid,
                overrides: [ScenarioOverride(path: "courts.courtrooms", number: -3, origin: "sweep point 4", line: 9)])
            Issue.record("a negative number of courtrooms loaded")
        } catch {
            let issue = try #require(error.issues.first { $0.severity == .error })
            #expect(issue.file == "sweep point 4")
            #expect(issue.line == 9)
            #expect(issue.keyPath.contains("courtrooms"))
        }
    }

    @Test func aFixedPathCannotBeOverridden() throws {
        do {
            _ = try Self.load(
                ScenarioFixtures.valid, overrides: [ScenarioOverride(path: "run.seed", number: 3, origin: "point 1")])
            Issue.record("run.seed was overridden")
        } catch {
            #expect(error.issues.contains { $0.message.contains("run.seed") && $0.file == "point 1" })
        }
    }

    @Test func numbersAreWrittenSoThatYAMLReadsThemBackExactly() {
        #expect(ScenarioOverride(path: "a", number: 12, origin: "o").yaml == "12")
        #expect(Double(ScenarioOverride(path: "a", number: 0.1 + 0.2, origin: "o").yaml) == 0.1 + 0.2)
    }
}
