import Policies
import PolicyKit
import Scenarios
import Testing

/// Which decision points a scenario must fill, the registry's default modules, and a module
/// that builds a policy for the wrong decision point.
@Suite("Decision points, defaults and faulty modules")
struct DecisionPointRegistryTests {
    /// A release module whose `make` returns a plea policy: a fault of its author.
    static let mislabelled = TestPolicies.plain("mislabelled-release", .release) {
        .plea(TestPolicies.Plea(parameters: try! PolicyParameters([:], specs: [])))
    }

    @Test("release and plea are required; arrest, counsel and scheduling defaulted; the rest optional")
    func requirements() {
        let byKind = Dictionary(grouping: DecisionPoint.allCases, by: \.requirement)
        #expect(byKind[.required] == [.release, .plea])
        #expect(byKind[.defaulted] == [.arrest, .counsel, .scheduling])
        #expect(byKind[.optional] == [.risk, .bailReview, .custodyLimit, .bailFund, .stationCounsel])
    }

    @Test("the built-in registry has a default module exactly for each defaulted point")
    func builtInDefaults() {
        let registry = BuiltInPolicies.registry()
        for point in DecisionPoint.allCases {
            let module = registry.defaultModule(for: point)
            #expect((module != nil) == (point.requirement == .defaulted), "\(point)")
            #expect(module.map { $0.decisionPoint == point } ?? true, "\(point)")
        }
        #expect(
            DecisionPoint.allCases.compactMap { registry.defaultModule(for: $0)?.name } == [
                "book-all", "no-counsel", "fifo",
            ])
    }

    @Test("a module registered for release that builds a plea policy throws, naming itself and both points")
    func wrongDecisionPointThrows() throws {
        let error = #expect(throws: PolicyBuildError.self) {
            try Self.mislabelled.instantiate(
                [:], population: PopulationInfo(groups: ["A"], chargeClasses: ["any"], ageBands: ["all"]))
        }
        #expect(error == .wrongDecisionPoint(module: "mislabelled-release", registered: .release, built: .plea))
        let text = try #require(error?.description)
        #expect(
            text.contains("'mislabelled-release'") && text.contains("release decision point")
                && text.contains("plea policy"))
    }

    @Test("a scenario using such a module gets a validation error, not a crash")
    func wrongDecisionPointInScenario() throws {
        var registry = TestPolicies.registry()
        try registry.register(Self.mislabelled)
        let text = ScenarioFixtures.replacing("release: {module", with: "  release: {module: mislabelled-release}")
        let errors = ScenarioFixtures.issues(text, registry: registry).filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.description))")
        #expect(
            errors.first?.message.contains("registered for the release decision point but built a plea policy") == true)
        #expect(errors.first?.keyPath == "policies.release")
    }
}
