import Experiments
import Foundation
import PretrialModel
import Testing

/// Every shipped reform is either stationary or says so: a file whose variants' trial queue has
/// no steady state (by `validate`'s pilot run) carries a `# TRANSIENT:` header. (A header on a
/// file whose variants are all stationary is not an error here: it is stale wording, which
/// recalibration of the baseline can cause.) The run's own flag agrees with the pilot on a reform
/// that cuts pleas.
@Suite("Shipped reforms: TRANSIENT headers match the steady-state flag")
struct TransientHeaderTests {
    /// The shipped reform files, by path from the package root.
    static let reforms: [String] = {
        let folder = ShippedScenario.root.appendingPathComponent("scenarios/reforms")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "scenarios/reforms/" + $0 }
    }()

    /// Whether the file's header (its leading comment lines) says `TRANSIENT:`.
    static func saysTransient(_ path: String) throws -> Bool {
        let text = try String(
            contentsOf: ShippedScenario.root.appendingPathComponent(path), encoding: .utf8)
        return text.split(separator: "\n").prefix { $0.hasPrefix("#") || $0.isEmpty }
            .contains { $0.hasPrefix("# TRANSIENT:") }
    }

    /// The variants whose pilot finds the trial queue overloaded.
    static func overloaded(_ path: String) async throws -> [String] {
        let scenario = try ShippedScenario.load(path)
        let pilots = try await TrialLoadPilot.run(ShippedScenario.plan(scenario, replications: 1), jobs: 2)
        return pilots.filter(\.isOverloaded).map(\.variant)
    }

    @Test("there are shipped reforms to check")
    func reformsFound() {
        #expect(Self.reforms.count >= 8, "\(Self.reforms)")
    }

    @Test(
        "a reform with an overloaded variant says TRANSIENT in its header",
        arguments: reforms)
    func headerMatchesFlag(_ path: String) async throws {
        let overloaded = try await Self.overloaded(path)
        let transient = try Self.saysTransient(path)
        #expect(overloaded.isEmpty || transient, "\(path): \(overloaded) not in a steady state but no TRANSIENT header")
    }

    @Test("the pilot flags R1 overload and not the county baseline")
    func pilotFlags() async throws {
        #expect(try await Self.overloaded("scenarios/r1-overload.yaml") == ["baseline"])
        #expect(try await Self.overloaded("scenarios/us-county-baseline.yaml").isEmpty)
    }

    @Test(
        "the run's own flag agrees: R1 overload is flagged; counsel at first appearance, which says it is stationary, is not"
    )
    func runFlagAgrees() async throws {
        let overload = try ShippedScenario.load("scenarios/r1-overload.yaml")
        let flagged = try await ShippedScenario.evidence(
            ShippedScenario.plan(overload, replications: 2), referenceGroup: nil)
        #expect(flagged.steadyState[0]?.backlogGrows == true)
        let path = "scenarios/reforms/counsel-at-first-appearance.yaml"
        #expect(try !Self.saysTransient(path))
        let scenario = try ShippedScenario.load(path)
        let evidence = try await ShippedScenario.evidence(
            ShippedScenario.plan(scenario, replications: 2), referenceGroup: nil)
        #expect(evidence.steadyState[0]?.backlogGrows == false)
        #expect(evidence.steadyState[1]?.backlogGrows == false)
    }
}
