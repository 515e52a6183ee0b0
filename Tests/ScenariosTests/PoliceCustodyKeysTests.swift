import Policies
import PolicyKit
import PretrialModel
import Scenarios
import Testing

/// The `police_custody` section and the `station_counsel` decision point: read as written,
/// absent keys leave police custody off, and a bad value is one error at its key.
@Suite("Decoding police custody and the station lawyer")
struct PoliceCustodyKeysTests {
    static let withCustody =
        ScenarioFixtures.valid + """

            police_custody:
              hours: {gamma: {shape: 2, scale: 5}}
              limit_hours: 24
              extended_limit_hours: 36
              extension_probability: 0.1
              released_without_charge: 0.25
              released_under_investigation: 0.15
              investigation_days: {exponential: {mean: 60}}
              investigation_lapses: 0.4
            """

    /// The test registry with the built-in station lawyer.
    static func registry() throws -> PolicyRegistry {
        var registry = TestPolicies.registry()
        try registry.register(try #require(BuiltInPolicies.registry().module(named: "station-lawyer")))
        return registry
    }

    @Test("every key is read as written")
    func keysAreRead() throws {
        let custody = try #require(ScenarioFixtures.load(Self.withCustody).baseline.configuration.policeCustody)
        #expect(custody.limitHours == 24 && custody.extendedLimitHours == 36)
        #expect(custody.extensionProbability == 0.1)
        #expect(custody.releasedWithoutCharge == 0.25 && custody.releasedUnderInvestigation == 0.15)
        #expect(custody.investigationLapses == 0.4)
        #expect(custody.investigationDays != nil)
        #expect(abs(custody.hours.mean - 10) < 1e-9)
    }

    @Test("without the section there is no police custody; with only hours, PACE's 24 hours and no releases")
    func defaults() throws {
        #expect(try ScenarioFixtures.load(ScenarioFixtures.valid).baseline.configuration.policeCustody == nil)
        let minimal = try ScenarioFixtures.load(ScenarioFixtures.valid + "\npolice_custody: {hours: 6}\n")
        let custody = try #require(minimal.baseline.configuration.policeCustody)
        #expect(custody.limitHours == 24 && custody.extendedLimitHours == 24)
        #expect(custody.releasedWithoutCharge == 0 && custody.releasedUnderInvestigation == 0)
        #expect(custody.investigationDays == nil)
    }

    /// A bad value and the key path its one error must name.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var marker: String
        var replacement: String
        var keyPath: String
        var message: String
        var testDescription: String { keyPath + ": " + message }
    }

    static let mistakes = [
        Mistake(marker: "hours: {gamma", replacement: "", keyPath: "police_custody.hours", message: "missing"),
        Mistake(
            marker: "limit_hours: 24", replacement: "  limit_hours: -1", keyPath: "police_custody.limit_hours",
            message: "hours"),
        Mistake(
            marker: "extended_limit_hours:", replacement: "  extended_limit_hours: 12",
            keyPath: "police_custody.extended_limit_hours", message: "below limit_hours"),
        Mistake(
            marker: "released_under_investigation:", replacement: "  released_under_investigation: 0.8",
            keyPath: "police_custody.released_under_investigation", message: "more than 1"),
        Mistake(
            marker: "investigation_lapses:", replacement: "  investigation_lapses: 1.5",
            keyPath: "police_custody.investigation_lapses", message: "probability"),
        Mistake(
            marker: "investigation_days:", replacement: "", keyPath: "police_custody.investigation_days",
            message: "missing"),
        Mistake(
            marker: "extension_probability:", replacement: "  extension_chance: 0.1",
            keyPath: "police_custody.extension_chance", message: "unknown key"),
    ]

    @Test("a bad value is one error at its key, with a fix", arguments: mistakes)
    func badValueIsOneError(_ mistake: Mistake) throws {
        let text = ScenarioFixtures.replacing(mistake.marker, with: mistake.replacement, in: Self.withCustody)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.keyPath == mistake.keyPath, "\(error)")
        #expect(error.message.contains(mistake.message), "\(error)")
        #expect(error.file == "test.yaml")
        if !mistake.replacement.isEmpty {
            let written = String(mistake.replacement.drop { $0 == " " })
            #expect(error.line == ScenarioFixtures.line(of: written, in: text), "\(error)")
        }
        #expect(!error.fix.isEmpty, "\(error)")
    }

    @Test("station_counsel is optional and built from the station-lawyer module")
    func stationCounselPoint() throws {
        #expect(DecisionPoint.stationCounsel.requirement == .optional)
        let without = try ScenarioFixtures.load(Self.withCustody, registry: try Self.registry())
        #expect(without.baseline.configuration.policies.stationCounsel == nil)
        let text = ScenarioFixtures.replacing(
            "policies:", with: "policies:\n  station_counsel: {module: station-lawyer, parameters: {mode: always}}",
            in: Self.withCustody)
        let with = try ScenarioFixtures.load(text, registry: try Self.registry())
        let policy = try #require(with.baseline.configuration.policies.stationCounsel)
        #expect(policy.effects.releaseWithoutChargeShift == 0.05)
        #expect(policy.effects.evidenceFromUnadvisedStatements == 0.1)
        #expect(policy.effects.firstAppearanceReleaseShift == 0.05)
    }

    @Test("an unknown mode of the station lawyer is one error naming the modes")
    func badMode() throws {
        let text = ScenarioFixtures.replacing(
            "policies:", with: "policies:\n  station_counsel: {module: station-lawyer, parameters: {mode: sometimes}}",
            in: Self.withCustody)
        let errors = ScenarioFixtures.issues(text, registry: try Self.registry()).filter {
            $0.severity == .error
        }
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.keyPath.hasPrefix("policies.station_counsel"), "\(error)")
        #expect(error.fix.contains("on_request") || error.message.contains("on_request"), "\(error)")
    }
}
