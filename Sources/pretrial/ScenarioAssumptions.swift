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
        lines.append(
            "Arrests: \(amount(model.arrests.ratePerDay)) a day on average for "
                + "\(amount(model.arrestWindowDays)) days; "
                + (model.warmUpDays > 0
                    ? "the first \(amount(model.warmUpDays)) days fill the jail and are not counted; " : "")
                + "cases run on until they are disposed (at most to day \(amount(model.maximumDays))).")
        if !model.census.isEmpty {
            lines.append(
                "The run starts from a census: \(amount(Double(model.census.peopleHeld))) people held and "
                    + "\(amount(Double(model.census.peopleAtLiberty))) at liberty with a pending case on day 0; "
                    + "their cases count in the population figures, not in the arrest-based ones.")
        }
        lines.append(
            "Groups (share of arrests): "
                + model.population.groups.map { "\($0.name) \(NumberFormat.fixed($0.share * 100, decimals: 0))%" }
                .joined(separator: ", ") + ".")
        lines.append(
            "Charge classes: " + model.population.chargeClasses.map(\.name).joined(separator: ", ")
                + "; trial courts: \(model.courts.courtrooms) courtrooms; a pre-trial bed-day costs $"
                + amount(model.costPerBedDay) + ".")
        for variant in scenario.variants.dropFirst() {
            let sets = variant.overrides.isEmpty ? "" : " (sets " + variant.overrides.joined(separator: ", ") + ")"
            var description = variant.description.isEmpty ? "no description" : variant.description
            while description.hasSuffix(".") { description.removeLast() }
            lines.append("Variant \(variant.name): \(description)\(sets).")
        }
        lines += scenario.allWarnings.map { "Warning: \($0.description)" }
        lines.append("Every setting, with its source, is in the scenario file \(scenario.path).")
        return lines
    }

    /// A setting's number: whole numbers without decimals (150, 4,000), others as tables
    /// write them.
    static func amount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? NumberFormat.grouped(Int(value)) : NumberFormat.figure(value)
    }
}
