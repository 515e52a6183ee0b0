import PretrialModel
import Reports
import Scenarios

/// The settings of a scenario in words, for the "Assumptions" of an HTML brief: what a
/// reader needs to judge the figures, without opening the YAML file.
enum ScenarioAssumptions {
    /// One sentence per setting, then one per variant and per warning.
    static func lines(_ scenario: Scenario) -> [String] {
        let model = scenario.baseline.configuration
        var lines: [String] = []
        if !scenario.description.isEmpty { lines.append(scenario.description) }
        lines.append("Arrests: \(NumberFormat.figure(model.arrests.ratePerDay)) a day on average for "
            + "\(NumberFormat.figure(model.arrestWindowDays)) days; "
            + (model.warmUpDays > 0 ? "the first \(NumberFormat.figure(model.warmUpDays)) days fill the jail and are not counted; " : "")
            + "cases run on until they are disposed (at most to day \(NumberFormat.figure(model.maximumDays))).")
        lines.append("Groups (share of arrests): "
            + model.population.groups.map { "\($0.name) \(NumberFormat.fixed($0.share * 100, decimals: 0))%" }.joined(separator: ", ") + ".")
        lines.append("Charge classes: " + model.population.chargeClasses.map(\.name).joined(separator: ", ")
            + "; trial courts: \(model.courts.courtrooms) courtrooms; a pre-trial bed-day costs $"
            + NumberFormat.figure(model.costPerBedDay) + ".")
        for variant in scenario.variants.dropFirst() {
            let sets = variant.overrides.isEmpty ? "" : " (sets " + variant.overrides.joined(separator: ", ") + ")"
            lines.append("Variant \(variant.name): \(variant.description.isEmpty ? "no description" : variant.description)\(sets).")
        }
        lines += scenario.allWarnings.map { "Warning: \($0.description)" }
        lines.append("Every setting, with its source, is in the scenario file \(scenario.path).")
        return lines
    }
}
