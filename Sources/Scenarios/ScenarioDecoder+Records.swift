import Foundation
import PolicyKit
import PretrialModel
import SimKernel

/// `population.records`: a CSV file of real defendants (`group, age_band, charge_class,
/// priors`) that arrested people are drawn from.
extension ScenarioDecoder {
    /// The columns a records file must have (in any order, no others).
    static let recordColumns = ["group", "age_band", "charge_class", "priors"]
    /// The most bytes a records file may have.
    static let recordsBytes = 64 << 20
    /// The most problems reported for one records file (a wrong file would give one per row).
    static let recordsIssueLimit = 10

    /// The rows of the records file `node` names (a path relative to the file it is written
    /// in), with names resolved against `info`; every problem is reported at the CSV's file
    /// and line.
    func records(_ node: NodeReader, info: PopulationInfo) -> [RecordedPerson]? {
        guard let relative = node.name() else { return nil }
        let path = ScenarioSource.resolve(relative, from: node.node.location.file)
        let text: String
        switch ScenarioSource.readFile(path, maximumBytes: Self.recordsBytes) {
        case .success(let (_, contents)): text = contents
        case .failure(let problem):
            node.error(
                "cannot read the records file: \(problem.message)",
                fix:
                    "give a CSV file with the columns \(Self.recordColumns.joined(separator: ", ")), its path relative to this scenario file"
            )
            return nil
        }
        var reporter = RecordsReporter(log: log, file: path, path: node.path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard let header = lines.first, let columns = columnIndices(header, reporter: &reporter) else {
            return nil
        }
        var rows: [RecordedPerson] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            if let row = record(line, line: offset + 1, columns: columns, info: info, reporter: &reporter) {
                rows.append(row)
            }
        }
        guard reporter.count == 0 else { return nil }
        guard !rows.isEmpty else {
            reporter.error(line: 1, "the records file has a header but no rows", fix: "add one row per defendant")
            return nil
        }
        return rows
    }

    /// The index of each of ``recordColumns`` in the header, or `nil` after reporting.
    private func columnIndices(_ header: Substring, reporter: inout RecordsReporter) -> [Int]? {
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let fix = "make the first line exactly: \(Self.recordColumns.joined(separator: ","))"
        for name in names where !Self.recordColumns.contains(name) {
            reporter.error(line: 1, "unknown column '\(name)' in the header", fix: fix)
        }
        var indices: [Int] = []
        for column in Self.recordColumns {
            let found = names.indices.filter { names[$0] == column }
            if found.count != 1 {
                reporter.error(
                    line: 1,
                    found.isEmpty ? "the header has no column '\(column)'" : "the column '\(column)' appears twice",
                    fix: fix)
            }
            indices.append(found.first ?? -1)
        }
        return reporter.count == 0 ? indices : nil
    }

    /// One row, or `nil` after reporting its problems.
    private func record(
        _ text: Substring, line: Int, columns: [Int], info: PopulationInfo, reporter: inout RecordsReporter
    ) -> RecordedPerson? {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard fields.count == Self.recordColumns.count else {
            reporter.error(
                line: line, "expected \(Self.recordColumns.count) fields, found \(fields.count)",
                fix: "write group, age_band, charge_class and priors separated by commas")
            return nil
        }
        func index(_ column: Int, in names: [String], what: String, listedIn list: String) -> Int? {
            let value = fields[columns[column]]
            if let index = names.firstIndex(of: value) { return index }
            reporter.error(
                line: line,
                "unknown \(what) '\(value)'\(Suggestion.didYouMean(value, among: names))",
                fix: "use the names in \(list): \(Suggestion.list(names))")
            return nil
        }
        let group = index(0, in: info.groups, what: "group", listedIn: "population.groups")
        let band = index(1, in: info.ageBands, what: "age band", listedIn: "population.age_bands")
        let charge = index(2, in: info.chargeClasses, what: "charge class", listedIn: "population.charge_classes")
        let priorsText = fields[columns[3]]
        let priors = Int(priorsText).flatMap { $0 >= 0 && $0 <= Int(Int32.max) ? $0 : nil }
        if priors == nil {
            reporter.error(
                line: line, "priors must be a whole number of at least 0, found '\(priorsText)'",
                fix: "write the number of prior arrests, such as 3")
        }
        guard let group, let band, let charge, let priors else { return nil }
        return RecordedPerson(group: group, ageBand: band, chargeClass: charge, priors: priors)
    }

    /// The group's share, charge mix, age mix and priors distribution as the records give
    /// them (`index` in the scenario's group order), or `nil` after reporting a group with no
    /// row at `reader`.
    func recordedGroup(
        _ index: Int, of rows: [RecordedPerson], info: PopulationInfo, reader: NodeReader
    ) -> (share: Double, chargeMix: [Double], priors: Distribution, ageMix: [Double])? {
        let own = rows.filter { $0.group == index }
        guard !own.isEmpty else {
            reader.error(
                "no row of population.records is in group '\(info.groups[index])'",
                fix: "remove the group, or add its defendants to the records file")
            return nil
        }
        let count = Double(own.count)
        let chargeMix = info.chargeClasses.indices.map { c in Double(own.filter { $0.chargeClass == c }.count) / count }
        let ageMix = info.ageBands.indices.map { b in Double(own.filter { $0.ageBand == b }.count) / count }
        var tally: [Int: Double] = [:]
        for row in own { tally[row.priors, default: 0] += 1 }
        let values = tally.keys.sorted()
        guard
            let priors = try? Distribution.empirical(
                values: values.map(Double.init), weights: values.map { tally[$0]! })
        else { return nil }
        return (count / Double(rows.count), chargeMix, priors, ageMix)
    }
}

/// Reports problems of a records file at its own lines, up to
/// ``ScenarioDecoder/recordsIssueLimit``, then one line saying how many more there were.
struct RecordsReporter {
    let log: IssueLog
    /// The records file, as resolved from the scenario.
    let file: String
    /// The scenario key that names it.
    let path: DocumentPath
    /// Problems found so far.
    private(set) var count = 0

    init(log: IssueLog, file: String, path: DocumentPath) {
        self.log = log
        self.file = file
        self.path = path
    }

    /// Reports an error at `line` of the records file.
    mutating func error(line: Int, _ message: String, fix: String) {
        count += 1
        if count <= ScenarioDecoder.recordsIssueLimit {
            log.error(message, fix: fix, at: SourceLocation(file: file, line: line, column: 1), path: path)
        } else if count == ScenarioDecoder.recordsIssueLimit + 1 {
            log.error(
                "more problems in the records file (only the first \(ScenarioDecoder.recordsIssueLimit) are shown)",
                fix: "check that this is the right file", at: SourceLocation(file: file, line: line, column: 1),
                path: path)
        }
    }
}
