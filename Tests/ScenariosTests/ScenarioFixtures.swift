import Foundation
import PolicyKit
import Scenarios
import Testing

/// A valid scenario and helpers to load variations of it.
enum ScenarioFixtures {
    /// A valid scenario using the test policy modules (the R1 benchmark, stable variant, with
    /// two charge classes and two age bands so that mixes are exercised).
    static let valid = """
        scenario:
          name: Test county
          description: A small test scenario.
        run:
          arrest_window_days: 365
          warm_up_days: 30
          max_days: 20000
          replications: 100
          seed: 7
          reference_group: A
        population:
          charge_classes:
            - name: felony
              guilt_probability: 0.9
              failure_to_appear: 0.1
              new_arrest_per_day: 0.001
              priors_effect: 0.05
              sentence_days: {lognormal: {median: 90, sigma: 1}}
            - name: misdemeanor
              guilt_probability: 0.95
              failure_to_appear: 0.05
              new_arrest_per_day: 0.0005
              sentence_days: 10
          age_bands: [18-24, 25-34, 35+]
          groups:
            - name: A
              share: 0.6
              ability_to_pay: {lognormal: {median: 1500, sigma: 1.0}}
              charge_mix: {felony: 0.4, misdemeanor: 0.6}
              priors: {poisson: {mean: 2}}
              age_mix: {18-24: 0.3, 25-34: 0.4, 35+: 0.3}
            - name: B
              share: 0.4
              ability_to_pay: {lognormal: {median: 800, sigma: 1.0}}
              charge_mix: {felony: 1.0}
              priors: {constant: 0}
              age_mix: {18-24: 0.5, 35+: 0.5}
        arrests:
          rate_per_day: 100
          weekly_profile: [1, 1, 1, 1.05, 1.15, 0.95, 0.85]
        process:
          first_appearance_delay: {exponential: {mean: 1.0}}
          court_date_interval: {exponential: {mean: 30}}
          court_dates_before_trial: 1
          dismissal_per_court_date: 0
          warrant_delay: {gamma: {shape: 2, scale: 7}}
        behaviour:
          bondsman_premium_share: null
          later_posting_probability: 0.2
          later_posting_mean_days: 12
          remand_after_failure_to_appear: 0.5
          revocation_on_new_arrest: 0.5
          plea_acceptance: {detained: 0.6, released: 0.4, per_detained_day: 0.003, innocent_factor: 0.5}
        courts:
          courtrooms: 12
          trial_duration: {gamma: {shape: 2, scale: 0.1}}
          conviction_if_guilty: 0.85
          conviction_if_innocent: 0.1
        policies:
          release: {module: test-release, parameters: {ror_probability: 0.25, bail_median: 2000, rounds: 3, strict: true, mode: hard, classes: [felony], amounts: {felony: 5000}}}
          plea: {module: test-plea}
          custody_limit: test-limit
        cost_per_bed_day: 100
        """

    /// SHA-256 of the UTF-8 bytes of ``valid`` (checked with `sha256sum`).
    static let validSHA256 = "45f2994ca5ca6308609f2bb2adae3247729e603d1974cb6bf4280ea45d4692a1"

    /// The 1-based number of the first line of `text` that contains `marker`.
    static func line(of marker: String, in text: String = valid) -> Int {
        let lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(marker) }) else {
            Issue.record("marker '\(marker)' not in the text")
            return 0
        }
        return index + 1
    }

    /// `valid` with the first line containing `marker` replaced by `replacement` (which may be
    /// several lines, or empty to delete it).
    static func replacing(_ marker: String, with replacement: String, in text: String = valid) -> String {
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(marker) }) else {
            Issue.record("marker '\(marker)' not in the text")
            return text
        }
        if replacement.isEmpty {
            lines.remove(at: index)
        } else {
            lines[index] = replacement
        }
        return lines.joined(separator: "\n")
    }

    /// Loads `text` with the test registry.
    static func load(_ text: String, force: Bool = false, registry: PolicyRegistry = TestPolicies.registry())
        throws(ScenarioError) -> Scenario
    {
        try ScenarioLoader.load(text: text, fileName: "test.yaml", registry: registry, force: force)
    }

    /// The issues loading `text` reports (empty if it loads).
    static func issues(
        _ text: String, force: Bool = false, registry: PolicyRegistry = TestPolicies.registry()
    )
        -> [ScenarioIssue]
    {
        do {
            _ = try load(text, force: force, registry: registry)
            return []
        } catch {
            return error.issues
        }
    }

    /// The one error loading `text` reports; records a test issue if there is not exactly one.
    static func onlyError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioIssue? {
        let errors = issues(text).filter { $0.severity == .error }
        #expect(
            errors.count == 1, "expected one error, got: \(errors.map(\.description))",
            sourceLocation: sourceLocation)
        return errors.first
    }
}
