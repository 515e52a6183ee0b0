import Foundation
import PolicyKit

/// Reads one node of a scenario document as the type a key expects, reporting every problem
/// (wrong type, value out of range) to the log with the node's place and key path.
///
/// Each read returns `nil` after reporting, so decoding goes on and every mistake in a file is
/// found in one pass.
struct NodeReader {
    /// The node read.
    let node: DocumentNode
    /// Its key path.
    let path: DocumentPath
    /// Where problems are reported.
    let log: IssueLog

    /// Reports an error at this node.
    func error(_ message: String, fix: String) {
        log.error(message, fix: fix, at: node.location, path: path)
    }

    /// Reports a warning at this node.
    func warning(_ message: String, fix: String) {
        log.warning(message, fix: fix, at: node.location, path: path)
    }

    /// Reports that the node is not of the `expected` kind.
    /// A list of entries with `from_day` where another value is expected is a timeline
    /// written for a value that cannot change during a run: the error says which can.
    func typeError(expected: String, fix: String) {
        let isTimeline = node.items?.contains { $0.entries?.contains { $0.key == "from_day" } ?? false } ?? false
        guard !isTimeline else {
            error(
                "expected \(expected), found a timeline: only policies can change during a run",
                fix: "give one value here; to change a policy on a day, write policies.<point>: "
                    + "[{from_day: 0, module: …}, {from_day: …, module: …}] (scenarios/FORMAT.md, \"Policy timelines\")"
            )
            return
        }
        error("expected \(expected), found \(node.kindDescription)", fix: fix)
    }

    /// A reader for `child`, the value of `key` in this node.
    func child(_ child: DocumentNode, key: String) -> NodeReader {
        NodeReader(node: child, path: path.appending(key), log: log)
    }

    /// Whether the node is a YAML null.
    var isNull: Bool { node.isNull }

    /// The node as a number satisfying `rule`.
    func number(_ rule: NumberRule = .finite) -> Double? {
        guard let value = rawNumber else {
            typeError(expected: "a number", fix: "write a number, such as 0.5")
            return nil
        }
        guard rule.accepts(value) else {
            error("must \(rule.requirement), found \(NumberText.format(value))", fix: rule.fix)
            return nil
        }
        return value
    }

    /// The node as a whole number of at least `minimum` (and at most `maximum`, if given).
    func integer(atLeast minimum: Int, atMost maximum: Int? = nil) -> Int? {
        guard let value = rawNumber else {
            typeError(expected: "a whole number", fix: "write a whole number, such as 3")
            return nil
        }
        guard value == value.rounded() else {
            error(
                "expected a whole number, found \(NumberText.format(value))",
                fix: "write a whole number, such as 3")
            return nil
        }
        // Checked before any conversion: Int(1e19) would trap.
        guard abs(value) < 1e15 else {
            error(
                "\(NumberText.format(value)) is far larger than any whole number this key can take",
                fix: "write a whole number below 1,000,000,000,000,000")
            return nil
        }
        guard Int(value) >= minimum else {
            error(
                "must be at least \(minimum), found \(Int(value))",
                fix: "use a whole number of \(minimum) or more")
            return nil
        }
        if let maximum, Int(value) > maximum {
            error(
                "must be at most \(NumberText.grouped(Double(maximum))), found \(NumberText.grouped(value))",
                fix: "use a whole number of \(NumberText.grouped(Double(maximum))) or less")
            return nil
        }
        return Int(value)
    }

    /// The node as a name or text: any scalar but null (numbers are read as they are written).
    func text() -> String? {
        guard case .scalar(let text, let kind) = node.value, kind != .null else {
            typeError(expected: "a name or text", fix: "write a word or a quoted text")
            return nil
        }
        return text
    }

    /// The node as a name: text that is not empty.
    func name() -> String? {
        guard let text = text() else { return nil }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("a name cannot be empty", fix: "write a name")
            return nil
        }
        return text
    }

    /// The node as true or false.
    func flag() -> Bool? {
        guard case .scalar(let text, .bool) = node.value else {
            typeError(expected: "true or false", fix: "write true or false")
            return nil
        }
        return ["true", "yes", "on", "y"].contains(text.lowercased())
    }

    /// The node's items, each with its own reader.
    func list() -> [NodeReader]? {
        guard let items = node.items else {
            typeError(expected: "a list", fix: "write a list, such as [a, b], or one '- item' per line")
            return nil
        }
        return items.enumerated().map { NodeReader(node: $1, path: path.appending(index: $0), log: log) }
    }

    /// The node as a list of numbers satisfying `rule`; `nil` if any item is not.
    func numbers(_ rule: NumberRule = .finite) -> [Double]? {
        guard let items = list() else { return nil }
        let values = items.map { $0.number(rule) }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    /// The node as a mapping whose keys must be among `allowed`; each other key is reported,
    /// with the closest allowed key.
    func mapping(allowed: [String]) -> MappingReader? {
        guard let entries = node.entries else {
            typeError(expected: "a mapping", fix: "write 'key: value' pairs, indented under this key")
            return nil
        }
        var misspelt: Set<String> = []
        for entry in entries where !allowed.contains(entry.key) {
            reportUnknownKey(entry, allowed: allowed)
            if Suggestion.isComparable(entry.key, with: allowed),
                let intended = ClosestName.suggestion(for: entry.key, among: allowed)
            {
                misspelt.insert(intended)
            }
        }
        return MappingReader(
            reader: self, entries: entries.filter { allowed.contains($0.key) }, misspelt: misspelt)
    }

    /// The node as a mapping with keys of the user's choosing (names of classes or bands).
    func freeMapping() -> [(key: String, keyLocation: SourceLocation, reader: NodeReader)]? {
        guard let entries = node.entries else {
            typeError(expected: "a mapping", fix: "write 'name: value' pairs, such as {a: 0.5, b: 0.5}")
            return nil
        }
        return entries.map { ($0.key, $0.keyLocation, child($0.value, key: $0.key)) }
    }

    private func reportUnknownKey(_ entry: DocumentNode.Entry, allowed: [String]) {
        let place = path.description.isEmpty ? "at the top level" : "in \(path)"
        let hint = Suggestion.didYouMean(entry.key, among: allowed)
        log.error(
            "unknown key '\(QuotedText.short(entry.key))' \(place)\(hint)",
            fix: "use one of the keys allowed here: \(allowed.joined(separator: ", "))",
            at: entry.keyLocation, path: path.appending(entry.key))
    }

    private var rawNumber: Double? { node.number }
}
