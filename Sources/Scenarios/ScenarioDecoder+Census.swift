import Foundation
import PolicyKit
import PretrialModel
import SimKernel

/// The `census` section: the people held and the cases pending on day 0, written in the
/// scenario (`held`, `at_liberty`) or in a CSV file it names (`file`), or both
/// (scenarios/FORMAT.md, "census").
extension ScenarioDecoder {
    /// The keys of a census row in YAML (the columns of a census file are these and `status`).
    static let censusRowKeys = [
        "group", "charge_class", "count", "held_on", "bail", "days_held", "days_since_arrest", "court_dates_held",
    ]
    /// The most people a census may hold (a mistake, such as a population for a count,
    /// would otherwise allocate without end).
    static let censusPeopleLimit = 5_000_000

    /// Reads `census` (absent or null: an empty census, which changes nothing); nil after an
    /// error. Names are checked against `info`, so nothing is read without it.
    func census(_ node: NodeReader?, info: PopulationInfo?) -> Census? {
        guard let node, !node.isNull else { return Census() }
        guard let fields = node.mapping(allowed: ["file", "held", "at_liberty"]), let info else { return nil }
        var entries: [CensusEntry] = []
        var ok = true
        if let file = fields.optional("file") {
            if let rows = censusFile(file, info: info) { entries += rows } else { ok = false }
        }
        for (key, held) in [("held", true), ("at_liberty", false)] {
            guard let list = fields.optional(key), !list.isNull else { continue }
            guard let items = list.list() else {
                ok = false
                continue
            }
            for item in items {
                if let entry = censusItem(item, held: held, info: info) { entries.append(entry) } else { ok = false }
            }
        }
        guard ok else { return nil }
        let people = entries.reduce(0) { $0 + $1.count }
        if people > Self.censusPeopleLimit && !force {
            node.error(
                "the census holds \(NumberText.grouped(Double(people))) people, more than any jail and backlog "
                    + "(at most \(NumberText.grouped(Double(Self.censusPeopleLimit))))",
                fix: "check the counts, or pass --force if the size is meant")
            return nil
        }
        return Census(entries: entries)
    }

    /// One row written in the scenario.
    private func censusItem(_ item: NodeReader, held: Bool, info: PopulationInfo) -> CensusEntry? {
        let allowed =
            held ? Self.censusRowKeys : Self.censusRowKeys.filter { $0 != "held_on" && $0 != "bail" }
        guard let fields = item.mapping(allowed: allowed) else { return nil }
        var row = CensusRow(held: held)
        var ok = true
        func read<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
            guard let reader = fields.optional(key) else { return nil }
            let value = read(reader)
            if value == nil { ok = false }
            return value
        }
        row.group = read("group") { $0.name() }
        row.chargeClass = read("charge_class") { $0.name() }
        row.count = read("count") { $0.integer(atLeast: 0, atMost: Self.censusPeopleLimit) }
        row.heldOn = read("held_on") { $0.name() }
        row.bail = read("bail") { $0.number(.positive) }
        row.daysHeld = read("days_held") { censusDays($0) }
        row.daysSinceArrest = read("days_since_arrest") { censusDays($0) }
        row.courtDatesHeld = read("court_dates_held") { $0.integer(atLeast: 0, atMost: 10_000) }
        guard ok else { return nil }
        return row.entry(info: info) { message, fix, key in
            (fields.optional(key) ?? item).error(message, fix: fix)
        }
    }

    /// Days: a number of at least 0, or a distribution drawn for each person.
    private func censusDays(_ node: NodeReader) -> CensusDays? {
        if node.node.entries != nil { return node.distribution().map(CensusDays.drawn) }
        return node.number(.between(0, 100_000, "days")).map(CensusDays.exactly)
    }
}
