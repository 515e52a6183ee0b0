import Foundation
import Scenarios
import Testing

/// One mistake in an otherwise valid scenario, and the error it must give.
struct Mistake: Sendable, CustomTestStringConvertible {
    /// The line of the valid scenario to change (the first that contains this).
    var marker: String
    /// What to put there instead (one or more lines).
    var replacement: String
    /// A part of the message the error must have.
    var message: String
    /// The error's key path.
    var keyPath: String
    /// The error is on the first line of the changed text that contains this; `nil` for the
    /// changed line itself.
    var lineMarker: String?
    /// A part of the fix, if it matters.
    var fix: String = ""

    var testDescription: String { "\(keyPath): \(message)" }
}

/// Each kind of mistake gives one error, at the right line and key, with the right words.
@Suite("Validation errors")
struct ValidationTests {
    static let mistakes: [Mistake] = [
        // Unknown keys, with the allowed keys.
        Mistake(
            marker: "conviction_if_innocent:", replacement: "  conviction_if_innocent: 0.1\n  colour: red",
            message: "unknown key 'colour' in courts", keyPath: "courts.colour", lineMarker: "colour:",
            fix:
                "use one of the keys allowed here: courtrooms, trial_duration, conviction_if_guilty, conviction_if_innocent, jail_sentence_served_share"
        ),
        Mistake(
            marker: "cost_per_bed_day:", replacement: "cost_per_bed_day: 100\ncost_per_bed_days: 3",
            message: "unknown key 'cost_per_bed_days' at the top level; did you mean 'cost_per_bed_day'?",
            keyPath: "cost_per_bed_days", lineMarker: "cost_per_bed_days: 3"),
        // A misspelt required key is one mistake, so one error (not also "missing").
        Mistake(
            marker: "courtrooms:", replacement: "  courtroms: 12",
            message: "unknown key 'courtroms' in courts; did you mean 'courtrooms'?",
            keyPath: "courts.courtroms",
            lineMarker: "courtroms:"),
        Mistake(
            marker: "release: {module", replacement: "  relase: {module: test-release}",
            message: "unknown key 'relase' in policies; did you mean 'release'?", keyPath: "policies.relase",
            lineMarker: "relase:"),
        // Wrong types.
        Mistake(
            marker: "courtrooms:", replacement: "  courtrooms: many",
            message: "expected a whole number, found text 'many'", keyPath: "courts.courtrooms",
            lineMarker: "courtrooms:"),
        Mistake(
            marker: "courtrooms:", replacement: "  courtrooms: 2.5",
            message: "expected a whole number, found 2.5", keyPath: "courts.courtrooms",
            lineMarker: "courtrooms:"),
        Mistake(
            marker: "age_bands:", replacement: "  age_bands: young",
            message: "expected a list, found text 'young'", keyPath: "population.age_bands",
            lineMarker: "age_bands:"),
        Mistake(
            marker: "rate_per_day:", replacement: "  rate_per_day: [1, 2]",
            message: "expected a number, found a list", keyPath: "arrests.rate_per_day",
            lineMarker: "rate_per_day:"),
        Mistake(
            marker: "plea_acceptance:", replacement: "  plea_acceptance: 0.5",
            message: "expected a mapping, found the number 0.5", keyPath: "behaviour.plea_acceptance",
            lineMarker: "plea_acceptance:"),
        Mistake(
            marker: "seed:", replacement: "  seed: -1",
            message: "expected a seed (a whole number from 0 to 18446744073709551615), found the number -1",
            keyPath: "run.seed", lineMarker: "seed:"),
        // Missing required keys: reported at the mapping that lacks them.
        Mistake(
            marker: "conviction_if_guilty:", replacement: "",
            message: "missing required key 'conviction_if_guilty'", keyPath: "courts.conviction_if_guilty",
            lineMarker: "courtrooms:", fix: "add 'conviction_if_guilty: …' under courts"),
        Mistake(
            marker: "  name: Test county", replacement: "",
            message: "missing required key 'name'", keyPath: "scenario.name",
            lineMarker: "description: A small"),
        // Out-of-range values.
        Mistake(
            marker: "guilt_probability: 0.9", replacement: "      guilt_probability: 1.2",
            message: "must be between 0 and 1 (a probability), found 1.2",
            keyPath: "population.charge_classes[0].guilt_probability", lineMarker: "guilt_probability: 1.2"),
        Mistake(
            marker: "rate_per_day:", replacement: "  rate_per_day: 0",
            message: "must be greater than 0, found 0", keyPath: "arrests.rate_per_day",
            lineMarker: "rate_per_day:"),
        Mistake(
            marker: "courtrooms:", replacement: "  courtrooms: 0",
            message: "must be at least 1, found 0", keyPath: "courts.courtrooms", lineMarker: "courtrooms:"),
        Mistake(
            marker: "conviction_if_innocent:",
            replacement: "  conviction_if_innocent: 0.1\n  jail_sentence_served_share: 1.5",
            message: "must be between 0 and 1 (a probability), found 1.5",
            keyPath: "courts.jail_sentence_served_share", lineMarker: "jail_sentence_served_share:"),
        Mistake(
            marker: "replications:", replacement: "  replications: 0",
            message: "must be at least 1, found 0", keyPath: "run.replications", lineMarker: "replications:"),
        Mistake(
            marker: "later_posting_probability:", replacement: "  later_posting_probability: -0.1",
            message: "must be between 0 and 1 (a probability), found -0.1",
            keyPath: "behaviour.later_posting_probability", lineMarker: "later_posting_probability:"),
        Mistake(
            marker: "warm_up_days:", replacement: "  warm_up_days: 400",
            message: "warm_up_days (400) is not less than arrest_window_days (365)",
            keyPath: "run.warm_up_days",
            lineMarker: "warm_up_days:"),
        // Shares and mixes.
        Mistake(
            marker: "share: 0.4", replacement: "      share: 0.3",
            message: "shares of groups sum to 0.9", keyPath: "population.groups[1].share",
            lineMarker: "share: 0.3", fix: "make the shares sum to 1 (now 0.6 + 0.3)"),
        Mistake(
            marker: "charge_mix: {felony: 0.4",
            replacement: "      charge_mix: {felony: 0.4, misdemeanor: 0.5}",
            message: "shares sum to 0.9, not 1", keyPath: "population.groups[0].charge_mix",
            lineMarker: "misdemeanor: 0.5}", fix: "make the shares sum to 1 (now 0.4 + 0.5)"),
        Mistake(
            marker: "charge_mix: {felony: 0.4",
            replacement: "      charge_mix: {felony: 0.4, misdemeanour: 0.6}",
            message: "unknown charge class 'misdemeanour'; did you mean 'misdemeanor'?",
            keyPath: "population.groups[0].charge_mix.misdemeanour", lineMarker: "misdemeanour",
            fix: "use the names in population.charge_classes: felony, misdemeanor"),
        Mistake(
            marker: "age_mix: {18-24: 0.5", replacement: "      age_mix: {18-24: 0.5, 45+: 0.5}",
            message: "unknown age band '45+'", keyPath: "population.groups[1].age_mix.45+",
            lineMarker: "45+", fix: "use the names in population.age_bands: 18-24, 25-34, 35+"),
        Mistake(
            marker: "- name: B", replacement: "    - name: A",
            message: "duplicate group name 'A' (already used at population.groups[0].name)",
            keyPath: "population.groups[1].name", lineMarker: nil),
        Mistake(
            marker: "- name: misdemeanor", replacement: "    - name: felony",
            message: "duplicate charge class name 'felony'", keyPath: "population.charge_classes[1].name",
            lineMarker: nil),
        // Arrival profiles.
        Mistake(
            marker: "weekly_profile:", replacement: "  weekly_profile: [1, 1, 1, 1, 1, 1, 1.7]",
            message: "the weights average 1.1, not 1", keyPath: "arrests.weekly_profile",
            lineMarker: "weekly_profile:", fix: "divide each weight by their mean (1.1)"),
        Mistake(
            marker: "weekly_profile:", replacement: "  monthly_profile: [1, 1, 1]",
            message: "expected 12 weights, one for each of the months, found 3",
            keyPath: "arrests.monthly_profile",
            lineMarker: "monthly_profile:"),
        // Distributions.
        Mistake(
            marker: "warrant_delay:", replacement: "  warrant_delay:\n    exponential:\n      mean: -1",
            message: "exponential: parameter 'mean' is -1.0; it must be greater than 0",
            keyPath: "process.warrant_delay.exponential.mean", lineMarker: "mean: -1",
            fix: "make 'mean' greater than 0"),
        Mistake(
            marker: "warrant_delay:", replacement: "  warrant_delay: {exponentail: {mean: 3}}",
            message: "unknown distribution 'exponentail'; did you mean 'exponential'?",
            keyPath: "process.warrant_delay.exponentail", lineMarker: "warrant_delay:"),
        Mistake(
            marker: "warrant_delay:", replacement: "  warrant_delay: {normal: {mean: 14, sd: 3}}",
            message: "normal can give negative values (down to -inf), but warrant_delay cannot be negative",
            keyPath: "process.warrant_delay", lineMarker: "warrant_delay:"),
        Mistake(
            marker: "warrant_delay:", replacement: "  warrant_delay: {gamma: {shape: 2}}",
            message: "missing required key 'scale'", keyPath: "process.warrant_delay.gamma.scale",
            lineMarker: "warrant_delay:"),
        Mistake(
            marker: "warrant_delay:",
            replacement: "  warrant_delay: {lognormal: {mu: 1, median: 3, sigma: 1}}",
            message: "give either 'mu' or 'median', not both", keyPath: "process.warrant_delay.lognormal",
            lineMarker: "warrant_delay:"),
        // Policies.
        Mistake(
            marker: "plea: {module", replacement: "  plea: {module: test-pleas}",
            message: "unknown plea policy module 'test-pleas'; did you mean 'test-plea'?",
            keyPath: "policies.plea.module", lineMarker: "test-pleas",
            fix: "use one of the plea modules: test-plea"),
        Mistake(
            marker: "plea: {module", replacement: "  plea: {module: fifo}",
            message: "module 'fifo' is a scheduling policy, not a plea policy",
            keyPath: "policies.plea.module",
            lineMarker: "plea: {module", fix: "put it under policies.scheduling"),
        Mistake(
            marker: "plea: {module", replacement: "",
            message: "missing required key 'plea': every scenario needs a plea policy",
            keyPath: "policies.plea",
            lineMarker: "release: {module"),
        Mistake(
            marker: "plea: {module",
            replacement: "  plea: {module: test-plea, parameters: {sentence_share: 1.5}}",
            message: "1.5 is outside [0, 1]", keyPath: "policies.plea.parameters.sentence_share",
            lineMarker: "sentence_share", fix: "give a number in [0, 1]"),
        Mistake(
            marker: "plea: {module", replacement: "  plea: {module: test-plea, parameters: {sentence: 0.5}}",
            message: "unknown parameter 'sentence' of module 'test-plea'",
            keyPath: "policies.plea.parameters.sentence", lineMarker: "sentence: 0.5",
            fix: "use one of: sentence_share"),
        Mistake(
            marker: "release: {module",
            replacement: "  release: {module: test-release, parameters: {strict: 3}}",
            message: "expected true or false, found the number 3",
            keyPath: "policies.release.parameters.strict",
            lineMarker: "strict: 3"),
        Mistake(
            marker: "release: {module",
            replacement: "  release: {module: test-release, parameters: {mode: medium}}",
            message: "'medium' is not one of soft, hard", keyPath: "policies.release.parameters.mode",
            lineMarker: "mode: medium", fix: "give one of: soft, hard"),
        Mistake(
            marker: "release: {module",
            replacement: "  release: {module: test-release, parameters: {classes: [violent]}}",
            message: "unknown charge class 'violent'; the scenario's classes are felony, misdemeanor",
            keyPath: "policies.release.parameters.classes", lineMarker: "violent"),
        Mistake(
            marker: "custody_limit:", replacement: "  custody_limits: test-limit",
            message: "unknown key 'custody_limits' in policies; did you mean 'custody_limit'?",
            keyPath: "policies.custody_limits", lineMarker: "custody_limits:"),
        // Reference group.
        Mistake(
            marker: "reference_group:", replacement: "  reference_group: C",
            message: "reference group 'C' is not one of the scenario's groups",
            keyPath: "run.reference_group",
            lineMarker: "reference_group:", fix: "use one of: A, B"),
    ]

    @Test(arguments: mistakes)
    func mistakeGivesOneError(_ mistake: Mistake) throws {
        let text = ScenarioFixtures.replacing(mistake.marker, with: mistake.replacement)
        let error = try #require(ScenarioFixtures.onlyError(text))
        #expect(error.message.contains(mistake.message), "\(error)")
        #expect(error.keyPath == mistake.keyPath, "\(error)")
        #expect(error.file == "test.yaml")
        let expectedLine =
            mistake.lineMarker.map { ScenarioFixtures.line(of: $0, in: text) }
            ?? ScenarioFixtures.line(of: mistake.marker)
        #expect(error.line == expectedLine, "\(error)")
        if !mistake.fix.isEmpty {
            #expect(error.fix.contains(mistake.fix), "\(error)")
        }
    }
}
