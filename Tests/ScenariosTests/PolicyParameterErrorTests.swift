import Policies
import PolicyKit
import Scenarios
import Testing

/// Unknown names in a policy's parameters are reported all at once, each at its own line,
/// even next to a parameter of the wrong type.
@Suite("Policy parameter errors, all at once")
struct PolicyParameterErrorTests {
    /// The test modules plus the built-in `cash-bail-schedule`, whose tables are keyed by
    /// charge class.
    static func registry() throws -> PolicyRegistry {
        var registry = TestPolicies.registry()
        let module = try #require(BuiltInPolicies.modules.first { $0.name == "cash-bail-schedule" })
        try registry.register(module)
        return registry
    }

    static func errors(_ parameters: String) throws -> [ScenarioIssue] {
        let text = ScenarioFixtures.replacing(
            "release: {module", with: "  release:\n    module: cash-bail-schedule\n    parameters:\n" + parameters)
        return ScenarioFixtures.issues(text, registry: try registry()).filter { $0.severity == .error }
    }

    @Test("a misspelt charge class in each of three tables gives three errors")
    func everyUnknownName() throws {
        let errors = try Self.errors(
            """
                  amounts: {felny: 5000}
                  recognizance: {misdemeanr: 0.3}
                  detention: {felony: 0.1}
                  group_bias: {C: 1.5}
            """)
        #expect(
            errors.map(\.keyPath).sorted() == [
                "policies.release.parameters.amounts", "policies.release.parameters.group_bias",
                "policies.release.parameters.recognizance",
            ], "\(errors.map(\.description))")
        #expect(
            errors.contains {
                $0.message.contains("unknown charge class 'felny'") && $0.message.contains("Did you mean 'felony'?")
            })
        #expect(errors.contains { $0.message.contains("unknown charge class 'misdemeanr'") })
        #expect(errors.contains { $0.message.contains("unknown group 'C'") })
        #expect(Set(errors.map(\.line)).count == 3, "each error at its own line")
    }

    @Test("a wrong type does not hide an unknown name in another parameter")
    func typeErrorAndUnknownName() throws {
        let errors = try Self.errors(
            """
                  priors_step: lots
                  amounts: {felny: 5000}
            """)
        #expect(
            errors.map(\.keyPath).sorted() == [
                "policies.release.parameters.amounts", "policies.release.parameters.priors_step",
            ], "\(errors.map(\.description))")
    }

    @Test("correct parameters still build")
    func valid() throws {
        let errors = try Self.errors(
            """
                  amounts: {felony: 5000, misdemeanor: 500}
                  group_bias: {B: 1.2}
            """)
        #expect(errors.isEmpty, "\(errors.map(\.description))")
    }
}
