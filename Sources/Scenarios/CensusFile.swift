import PolicyKit
import PretrialModel

/// Writes a census as the CSV file `census.file` reads (scenarios/FORMAT.md, "census"), for
/// `pretrial census`: a census taken from a run becomes a file a scenario can start from.
public enum CensusFile {
    /// The CSV text of `census`, with names from `info` and `comment` (each line after `# `)
    /// above the header. Exact days and bail are written as numbers; a census whose days are
    /// drawn from distributions writes their means.
    public static func text(_ census: Census, info: PopulationInfo, comment: [String] = []) -> String {
        var lines = comment.map { "# \($0)" }
        lines.append(
            (ScenarioDecoder.censusRequiredColumns + ScenarioDecoder.censusOptionalColumns).joined(separator: ","))
        for entry in census.entries where entry.count > 0 {
            let held = entry.holding.isHeld
            let heldOn: String
            var bail = ""
            switch entry.holding {
            case .awaitingFirstAppearance: heldOn = "first_appearance"
            case .noBail: heldOn = "no_bail"
            case .hold: heldOn = "hold"
            case .bail(let amount):
                heldOn = "bail"
                bail = number(amount)
            case .atLiberty: heldOn = ""
            }
            let fields = [
                held ? "held" : "at_liberty", info.groups[entry.group], info.chargeClasses[entry.chargeClass],
                String(entry.count), heldOn, bail, days(entry.daysHeld), entry.daysSinceArrest.map(days) ?? "",
                entry.courtDatesHeld.map(String.init) ?? "",
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func days(_ days: CensusDays) -> String {
        switch days {
        case .exactly(let value): return number(value)
        case .drawn(let distribution): return number(distribution.mean)
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
