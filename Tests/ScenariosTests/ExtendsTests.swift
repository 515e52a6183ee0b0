import Foundation
import Scenarios
import Testing

/// `extends` merges a file over its base; files are read from disk, hashed, and reported by
/// name when they cannot be read.
@Suite("Files, extends and sha256")
struct ExtendsTests {
    /// A fresh temporary directory holding `files` (name → text).
    static func directory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("scenarios-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }

    static let baseWithVariant =
        ScenarioFixtures.valid + """

            variants:
              - name: from-the-base
                set: {courts.courtrooms: 13}
            """

    static let child = """
        scenario:
          name: Child
        extends: ../base.yaml
        arrests:
          rate_per_day: 50
        courts:
          courtrooms: 20
        process:
          warrant_delay: {exponential: {mean: 10}}
        policies:
          release: {module: test-release}
        variants:
          - name: from-the-child
            set: {courts.courtrooms: 21}
        """

    @Test func childMergesOverBase() throws {
        let directory = try Self.directory([
            "base.yaml": Self.baseWithVariant, "reforms/child.yaml": Self.child,
        ])
        let path = directory.appendingPathComponent("reforms/child.yaml").path
        let scenario = try ScenarioLoader.load(path: path, registry: TestPolicies.registry())
        let configuration = scenario.baseline.configuration
        #expect(scenario.name == "Child")
        #expect(
            scenario.description == "A small test scenario.", "keys the child leaves out come from the base")
        #expect(configuration.arrests.ratePerDay == 50)
        #expect(configuration.arrests.weekly == [1, 1, 1, 1.05, 1.15, 0.95, 0.85], "mappings merge by key")
        #expect(configuration.courts.courtrooms == 20)
        #expect(configuration.courts.convictionIfGuilty == 0.85)
        #expect(configuration.process.warrantDelay.mean == 10, "a distribution is replaced whole")
        let release = try #require(configuration.policies.release as? TestPolicies.Release)
        #expect(
            release.parameters.number("ror_probability") == 0.3,
            "a policy is replaced whole, with its parameters")
        #expect(configuration.policies.custodyLimit != nil, "other policies come from the base")
        #expect(
            scenario.variants.map(\.name) == ["baseline", "from-the-child"], "the base's variants are dropped"
        )
        #expect(scenario.sourceFiles == [path, directory.appendingPathComponent("base.yaml").path])
    }

    @Test func listsReplaceRatherThanMerge() throws {
        let child = Self.child.replacingOccurrences(
            of: "  rate_per_day: 50", with: "  weekly_profile: [1, 1, 1, 1, 1, 1, 1]")
        let directory = try Self.directory(["base.yaml": ScenarioFixtures.valid, "reforms/child.yaml": child])
        let scenario = try ScenarioLoader.load(
            path: directory.appendingPathComponent("reforms/child.yaml").path,
            registry: TestPolicies.registry())
        #expect(scenario.baseline.configuration.arrests.weekly == [1, 1, 1, 1, 1, 1, 1])
        #expect(scenario.baseline.configuration.arrests.ratePerDay == 100)
    }

    @Test func errorsInTheBaseNameTheBaseFile() throws {
        let base = ScenarioFixtures.replacing("guilt_probability: 0.9", with: "      guilt_probability: 1.5")
        let directory = try Self.directory(["base.yaml": base, "reforms/child.yaml": Self.child])
        let issues = Self.issues(path: directory.appendingPathComponent("reforms/child.yaml").path)
        #expect(issues.count == 1)
        #expect(issues.first?.file == directory.appendingPathComponent("base.yaml").path)
        #expect(issues.first?.line == ScenarioFixtures.line(of: "guilt_probability: 1.5", in: base))
    }

    @Test func missingBaseIsReportedAtExtends() throws {
        let directory = try Self.directory(["reforms/child.yaml": Self.child])
        let issues = Self.issues(path: directory.appendingPathComponent("reforms/child.yaml").path)
        #expect(issues.count == 1)
        #expect(issues.first?.keyPath == "extends")
        #expect(issues.first?.line == 3)
        #expect(
            issues.first?.message.contains("cannot read the file this scenario extends: no file at") == true)
    }

    @Test func cyclesAreRefused() throws {
        let directory = try Self.directory(["a.yaml": "extends: b.yaml\n", "b.yaml": "extends: a.yaml\n"])
        let issues = Self.issues(path: directory.appendingPathComponent("a.yaml").path)
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("the files extend each other in a cycle") == true)
    }

    @Test func missingFileGivesOneIssueNamingThePath() {
        let path = "/nonexistent/scenarios/missing.yaml"
        let issues = Self.issues(path: path)
        #expect(issues.count == 1)
        #expect(issues.first?.file == path)
        #expect(issues.first?.message == "cannot read the scenario: no file at '\(path)'")
    }

    @Test func sha256IsOfTheFileBytes() throws {
        let directory = try Self.directory(["known.yaml": ScenarioFixtures.valid])
        let path = directory.appendingPathComponent("known.yaml").path
        let fromFile = try ScenarioLoader.load(path: path, registry: TestPolicies.registry())
        let fromText = try ScenarioFixtures.load(ScenarioFixtures.valid)
        #expect(fromFile.sha256 == ScenarioFixtures.validSHA256)
        #expect(fromText.sha256 == ScenarioFixtures.validSHA256)
        #expect(fromFile.sourceFiles == [path])
    }

    @Test func sha256OfAnExtendingScenarioCoversBothFiles() throws {
        let first = try Self.directory([
            "base.yaml": ScenarioFixtures.valid, "reforms/child.yaml": Self.child,
        ])
        let changedBase = ScenarioFixtures.valid + "\n# a comment changes the hash\n"
        let second = try Self.directory(["base.yaml": changedBase, "reforms/child.yaml": Self.child])
        let a = try ScenarioLoader.load(
            path: first.appendingPathComponent("reforms/child.yaml").path,
            registry: TestPolicies.registry())
        let b = try ScenarioLoader.load(
            path: second.appendingPathComponent("reforms/child.yaml").path,
            registry: TestPolicies.registry())
        #expect(a.sha256 != b.sha256)
        #expect(a.sha256.count == 64)
        #expect(a.baseline.configuration.courts.courtrooms == b.baseline.configuration.courts.courtrooms)
    }

    static func issues(path: String) -> [ScenarioIssue] {
        do {
            _ = try ScenarioLoader.load(path: path, registry: TestPolicies.registry())
            return []
        } catch {
            return error.issues
        }
    }
}
