import Foundation
import PolicyKit
import PretrialModel

/// `census.file`: a census as a CSV file, one row per group, charge class and situation (or
/// one per person, as a jail roster gives it), its path relative to the scenario file.
extension ScenarioDecoder {
    /// The columns every census file has.
    static let censusRequiredColumns = ["status", "group", "charge_class", "count"]
    /// The columns a census file may have besides (an empty cell leaves the value out).
    static let censusOptionalColumns = ["held_on", "bail", "days_held", "days_since_arrest", "court_dates_held"]
    /// The most bytes a census file may have.
    static let censusBytes = 256 << 20

    /// The entries of the census file `node` names, or nil after reporting each problem at
    /// the file's own line.
    func censusFile(_ node: NodeReader, info: PopulationInfo) -> [CensusEntry]? {
        guard let relative = node.name() else { return nil }
        let path = ScenarioSource.resolve(relative, from: node.node.location.file)
        let columnsText = (Self.censusRequiredColumns + Self.censusOptionalColumns).joined(separator: ",")
        let text: String
        switch ScenarioSource.readFile(path, maximumBytes: Self.censusBytes) {
        case .success(let (_, contents)): text = contents
        case .failure(let problem):
            node.error(
                "cannot read the census file '\(QuotedText.short(relative))': \(problem.message)",
                fix:
                    "give a CSV file with the header \(columnsText) (the last five may be left out), its path relative to this scenario file"
            )
            return nil
        }
        var reporter = CensusFileReporter(log: log, file: path, path: node.path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard let headerIndex = lines.firstIndex(where: { !Self.isCensusFiller($0) }) else {
            reporter.error(
                line: 1, "the census file is empty", fix: "write the header \(columnsText), then one row a line")
            return nil
        }
        guard let columns = censusColumns(lines[headerIndex], line: headerIndex + 1, reporter: &reporter) else {
            return nil
        }
        var entries: [CensusEntry] = []
        for (offset, line) in lines.enumerated().dropFirst(headerIndex + 1) where !Self.isCensusFiller(line) {
            if let entry = censusLine(line, line: offset + 1, columns: columns, info: info, reporter: &reporter) {
                entries.append(entry)
            }
        }
        return reporter.count == 0 ? entries : nil
    }

    /// Blank lines and `#` comments, which a census file may have anywhere.
    private static func isCensusFiller(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// Each column's index by name, or nil after reporting.
    private func censusColumns(_ header: Substring, line: Int, reporter: inout CensusFileReporter) -> [String: Int]? {
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let known = Self.censusRequiredColumns + Self.censusOptionalColumns
        let fix =
            "make the header \(Self.censusRequiredColumns.joined(separator: ",")) and any of \(Self.censusOptionalColumns.joined(separator: ","))"
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if !known.contains(name) {
                reporter.error(
                    line: line,
                    "unknown column '\(QuotedText.short(name))'\(Suggestion.didYouMean(name, among: known))",
                    fix: fix)
            } else if columns[name] != nil {
                reporter.error(line: line, "the column '\(name)' appears twice", fix: fix)
            }
            columns[name] = index
        }
        for name in Self.censusRequiredColumns where columns[name] == nil {
            reporter.error(line: line, "the header has no column '\(name)'", fix: fix)
        }
        return reporter.count == 0 ? columns : nil
    }

    /// One row of the file, or nil after reporting.
    private func censusLine(
        _ text: Substring, line: Int, columns: [String: Int], info: PopulationInfo, reporter: inout CensusFileReporter
    ) -> CensusEntry? {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard fields.count == columns.count else {
            reporter.error(
                line: line, "expected \(columns.count) fields, as the header has, found \(fields.count)",
                fix: "write one value (or nothing) for each column of the header, separated by commas")
            return nil
        }
        func cell(_ name: String) -> String? {
            guard let index = columns[name], !fields[index].isEmpty else { return nil }
            return fields[index]
        }
        var ok = true
        var problems: [(String, String)] = []
        func number(_ name: String, whole: Bool, minimum: Double) -> Double? {
            guard let text = cell(name) else { return nil }
            if let value = Double(text), value.isFinite, value >= minimum, value < 1e12,
                !whole || value == value.rounded()
            {
                return value
            }
            problems.append(
                (
                    "\(name) must be \(whole ? "a whole number" : "a number") of at least \(NumberText.format(minimum)), found '\(QuotedText.short(text))'",
                    "write a number such as \(whole ? "3" : "12.5")"
                ))
            ok = false
            return nil
        }
        let status = cell("status")
        guard status == "held" || status == "at_liberty" else {
            let word = status ?? ""
            reporter.error(
                line: line,
                "status must be held or at_liberty, found '\(QuotedText.short(word))'"
                    + Suggestion.didYouMean(word, among: ["held", "at_liberty"]),
                fix: "write held (in jail on day 0) or at_liberty (released, awaiting trial)")
            return nil
        }
        var row = CensusRow(held: status == "held")
        row.group = cell("group")
        row.chargeClass = cell("charge_class")
        let count = number("count", whole: true, minimum: 0)
        if cell("count") == nil {
            problems.append(("the row has no count", "write the number of people, such as 12"))
            ok = false
        }
        row.count = count.map { Int($0) }
        row.heldOn = cell("held_on")
        row.bail = number("bail", whole: false, minimum: 0)
        row.daysHeld = number("days_held", whole: false, minimum: 0).map(CensusDays.exactly)
        row.daysSinceArrest = number("days_since_arrest", whole: false, minimum: 0).map(CensusDays.exactly)
        row.courtDatesHeld = number("court_dates_held", whole: true, minimum: 0).map { Int($0) }
        for (message, fix) in problems { reporter.error(line: line, message, fix: fix) }
        guard ok else { return nil }
        if let count = row.count, count > Self.censusPeopleLimit {
            reporter.error(line: line, "count \(count) is more than any jail holds", fix: "check the count")
            return nil
        }
        var found: [(String, String)] = []
        let entry = row.entry(info: info) { message, fix, _ in found.append((message, fix)) }
        for (message, fix) in found { reporter.error(line: line, message, fix: fix) }
        return entry
    }
}

/// Reports problems of a census file at its own lines, up to ten, then one line saying there
/// were more.
struct CensusFileReporter {
    let log: IssueLog
    /// The census file, as resolved from the scenario.
    let file: String
    /// The scenario key that names it.
    let path: DocumentPath
    /// Problems found so far.
    private(set) var count = 0

    /// Reports an error at `line` of the census file.
    mutating func error(line: Int, _ message: String, fix: String) {
        count += 1
        let location = SourceLocation(file: file, line: line, column: 1)
        if count <= 10 {
            log.error(message, fix: fix, at: location, path: path)
        } else if count == 11 {
            log.error(
                "more problems in the census file (only the first 10 are shown)",
                fix: "check that this is the right file", at: location, path: path)
        }
    }
}
