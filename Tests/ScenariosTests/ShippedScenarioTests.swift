import Foundation
import Policies
import Scenarios
import Testing

/// Every scenario shipped in `scenarios/` loads with the built-in policy modules, and the R1
/// benchmark's two files give (or do not give) the trial-queue warning.
@Suite("Shipped scenarios")
struct ShippedScenarioTests {
    /// The repository's `scenarios/` directory.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios").resolvingSymlinksInPath()

    /// Paths of every `.yaml` file under `scenarios/`.
    static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        let names = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return names.map { directory.appendingPathComponent($0).path }
    }

    static func load(_ name: String) throws(ScenarioError) -> Scenario {
        try ScenarioLoader.load(
            path: directory.appendingPathComponent(name).path,
            registry: BuiltInPolicies.registry())
    }

    @Test func everyShippedScenarioLoads() {
        #expect(Self.files.count >= 3)
        for path in Self.files {
            do {
                let scenario = try ScenarioLoader.load(path: path, registry: BuiltInPolicies.registry())
                #expect(scenario.variants.first?.name == "baseline")
                #expect(scenario.sha256.count == 64)
            } catch {
                Issue.record("\(path) does not load:\n\(error)")
            }
        }
    }

    @Test func r1BenchmarkIsStable() throws {
        let scenario = try Self.load("r1-benchmark.yaml")
        #expect(scenario.baseline.warnings.isEmpty)
        #expect(scenario.settings == RunSettings(replications: 100, seed: 1, referenceGroup: "A"))
        #expect(scenario.baseline.configuration.courts.courtrooms == 12)
    }

    @Test func r1OverloadWarns() throws {
        let scenario = try Self.load("r1-overload.yaml")
        #expect(scenario.baseline.warnings.count == 1)
        #expect(
            scenario.baseline.warnings.first?.message.hasPrefix(
                "estimated trial workload 100.0 courtroom-days per day exceeds 12 courtrooms") == true)
    }

    @Test func reformsExtendTheCountyBaseline() throws {
        let scenario = try Self.load("reforms/detained-first-scheduling.yaml")
        #expect(scenario.sourceFiles.count == 2)
        #expect(scenario.sourceFiles.last?.hasSuffix("us-county-baseline.yaml") == true)
        #expect(scenario.variants.count >= 2)
        let county = try Self.load("us-county-baseline.yaml")
        #expect(scenario.baseline.configuration.arrests == county.baseline.configuration.arrests)
        #expect(scenario.sha256 != county.sha256)
    }
}
