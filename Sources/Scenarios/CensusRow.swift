import PolicyKit
import PretrialModel

/// One row of a census as read from YAML or CSV, its values typed but not yet checked against
/// the population or each other (``CensusRow/entry(info:report:)``).
struct CensusRow {
    /// Whether the row's people are held (`held`) or at liberty (`at_liberty`).
    var held: Bool
    var group: String?
    var chargeClass: String?
    var count: Int?
    /// `first_appearance`, `bail`, `no_bail` or `hold` (held rows only).
    var heldOn: String?
    var bail: Double?
    var daysHeld: CensusDays?
    var daysSinceArrest: CensusDays?
    var courtDatesHeld: Int?

    /// The words `held_on` takes, in the order FORMAT.md gives them.
    static let heldOnWords = ["first_appearance", "bail", "no_bail", "hold"]

    /// The entry, or nil after reporting each problem through `report(message, fix, key)`.
    func entry(info: PopulationInfo, report: (String, String, String) -> Void) -> CensusEntry? {
        var ok = true
        func index(_ name: String?, among names: [String], what: String, key: String, list: String) -> Int? {
            guard let name else {
                report("the row has no \(what)", "add '\(key)', one of: \(Suggestion.list(names))", key)
                ok = false
                return nil
            }
            if let index = names.firstIndex(of: name) { return index }
            report(
                "unknown \(what) '\(QuotedText.short(name))'\(Suggestion.didYouMean(name, among: names))",
                "use one of the names in \(list): \(Suggestion.list(names))", key)
            ok = false
            return nil
        }
        let group = index(group, among: info.groups, what: "group", key: "group", list: "population.groups")
        let chargeClass = index(
            chargeClass, among: info.chargeClasses, what: "charge class", key: "charge_class",
            list: "population.charge_classes")
        let holding = self.holding(report: report)
        if holding == nil { ok = false }
        var daysHeld = self.daysHeld
        if held && daysHeld == nil {
            report(
                "a held row needs the days its people have been held", "add 'days_held', e.g. 12, or a distribution",
                "days_held")
            ok = false
        }
        if !held && daysSinceArrest == nil {
            report(
                "a row at liberty needs the days since its people's arrest",
                "add 'days_since_arrest', e.g. 45, or a distribution", "days_since_arrest")
            ok = false
        }
        if !held && daysHeld == nil { daysHeld = .exactly(0) }
        guard ok, let group, let chargeClass, let holding, let days = daysHeld else { return nil }
        return CensusEntry(
            group: group, chargeClass: chargeClass, count: count ?? 1, holding: holding, daysHeld: days,
            daysSinceArrest: daysSinceArrest, courtDatesHeld: courtDatesHeld)
    }

    /// The row's holding, or nil after reporting.
    private func holding(report: (String, String, String) -> Void) -> CensusHolding? {
        guard held else {
            if heldOn != nil || bail != nil {
                report(
                    "a row at liberty has no 'held_on' or 'bail'",
                    "remove them, or move the row to the people held", heldOn != nil ? "held_on" : "bail")
                return nil
            }
            return .atLiberty
        }
        let words = Self.heldOnWords
        guard let heldOn else {
            report("a held row needs 'held_on'", "add 'held_on', one of: \(Suggestion.list(words))", "held_on")
            return nil
        }
        switch heldOn {
        case "first_appearance", "no_bail", "hold":
            if bail != nil {
                report(
                    "'bail' is given but the row is held on \(heldOn)",
                    "remove 'bail', or write 'held_on: bail'", "bail")
                return nil
            }
            switch heldOn {
            case "no_bail": return .noBail
            case "hold": return .hold
            default: return .awaitingFirstAppearance
            }
        case "bail":
            guard let bail, bail > 0 else {
                report(
                    "a row held on bail needs the bail amount (dollars, more than 0)",
                    "add 'bail', e.g. 1500", "bail")
                return nil
            }
            return .bail(amount: bail)
        default:
            report(
                "unknown held_on '\(QuotedText.short(heldOn))'\(Suggestion.didYouMean(heldOn, among: words))",
                "use one of: \(Suggestion.list(words))", "held_on")
            return nil
        }
    }
}
