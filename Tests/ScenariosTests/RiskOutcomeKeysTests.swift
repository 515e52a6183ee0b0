import PretrialModel
import Scenarios
import Testing

/// The keys of the fairness figures (`risk_outcome`, `population.groups[].policing_intensity`):
/// read as written, absent keys leave everything off, and a bad value is one error at its key.
@Suite("Decoding risk outcomes and policing intensity")
struct RiskOutcomeKeysTests {
    static let withRisk: String = {
        var text = ScenarioFixtures.replacing(
            "priors: {constant: 0}",
            with: """
                      priors: {constant: 0}
                      policing_intensity: 1.5
                """)
        text += """

            risk_outcome:
              horizon_days: 365
              threshold: 0.4
              intercept: -1.2
              priors: 0.15
              age_bands: {18-24: 0.6, 35+: -0.3}
              charge_classes: {felony: 0.2}
              groups: {B: 0.1}
              risk_factor_loading: 0.8
            """
        return text
    }()

    @Test("every key is read as written, and names left out get 0")
    func keysAreRead() throws {
        let configuration = try ScenarioFixtures.load(Self.withRisk).baseline.configuration
        #expect(configuration.population.groups.map(\.policingIntensity) == [1, 1.5])
        let outcome = try #require(configuration.riskOutcome)
        #expect(
            outcome
                == RiskOutcomeModel(
                    horizonDays: 365, threshold: 0.4, intercept: -1.2, priors: 0.15, ageBands: [0.6, 0, -0.3],
                    chargeClasses: [0.2, 0], groups: [0, 0.1], riskFactorLoading: 0.8))
    }

    @Test("without the keys there is no outcome and every group is policed at 1")
    func absentKeysChangeNothing() throws {
        let configuration = try ScenarioFixtures.load(ScenarioFixtures.valid).baseline.configuration
        #expect(configuration.riskOutcome == nil)
        #expect(configuration.population.groups.allSatisfy { $0.policingIntensity == 1 })
        let minimal = try ScenarioFixtures.load(ScenarioFixtures.valid + "\nrisk_outcome: {intercept: -1}\n")
        #expect(
            minimal.baseline.configuration.riskOutcome
                == RiskOutcomeModel(intercept: -1, ageBands: [0, 0, 0], chargeClasses: [0, 0], groups: [0, 0]))
    }

    /// A bad value and the key path its one error must name.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var marker: String
        var replacement: String
        var keyPath: String
        var testDescription: String { keyPath }
    }

    static let mistakes = [
        Mistake(marker: "threshold: 0.4", replacement: "  threshold: 1.4", keyPath: "risk_outcome.threshold"),
        Mistake(marker: "intercept: -1.2", replacement: "", keyPath: "risk_outcome.intercept"),
        Mistake(marker: "horizon_days: 365", replacement: "  horizon_days: 0", keyPath: "risk_outcome.horizon_days"),
        Mistake(
            marker: "risk_factor_loading:", replacement: "  risk_factor_loading: 80",
            keyPath: "risk_outcome.risk_factor_loading"),
        Mistake(
            marker: "age_bands: {18-24: 0.6", replacement: "  age_bands: {18-25: 0.6}",
            keyPath: "risk_outcome.age_bands.18-25"),
        Mistake(
            marker: "charge_classes: {felony", replacement: "  charge_classes: {felony: high}",
            keyPath: "risk_outcome.charge_classes.felony"),
        Mistake(marker: "groups: {B: 0.1}", replacement: "  groups: {C: 0.1}", keyPath: "risk_outcome.groups.C"),
        Mistake(marker: "horizon_days: 365", replacement: "  horizon: 365", keyPath: "risk_outcome.horizon"),
        Mistake(
            marker: "policing_intensity:", replacement: "      policing_intensity: -1",
            keyPath: "population.groups[1].policing_intensity"),
    ]

    @Test("a bad value is one error at its key, with a fix", arguments: mistakes)
    func badValueIsOneError(_ mistake: Mistake) throws {
        let text = ScenarioFixtures.replacing(mistake.marker, with: mistake.replacement, in: Self.withRisk)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.keyPath == mistake.keyPath, "\(error)")
        #expect(error.file == "test.yaml")
        if !mistake.replacement.isEmpty {
            let written = String(mistake.replacement.drop { $0 == " " })
            #expect(error.line == ScenarioFixtures.line(of: written, in: text), "\(error)")
        }
        #expect(!error.fix.isEmpty, "\(error)")
    }

    @Test("an unknown name says which names there are")
    func unknownNameSuggests() throws {
        let text = ScenarioFixtures.replacing("groups: {B: 0.1}", with: "  groups: {b: 0.1}", in: Self.withRisk)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.message.contains("unknown group 'b'"), "\(error)")
        #expect(error.fix.contains("A") && error.fix.contains("B"), "\(error)")
    }
}
