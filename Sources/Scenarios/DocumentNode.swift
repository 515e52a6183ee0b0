import Foundation

/// A place in a scenario file.
struct SourceLocation: Sendable, Equatable {
    /// The file's path, as the user named it.
    var file: String
    /// Line, from 1.
    var line: Int
    /// Column, from 1.
    var column: Int
}

/// A YAML value read from a scenario file, each part remembering the file, line and column it
/// came from.
///
/// Yams' marks hold a line and column but no file; once `extends` merges two files and
/// variants splice in values written elsewhere, only a tree of our own can say where each
/// value was written.
struct DocumentNode {
    /// What a scalar's text denotes, as YAML resolves it.
    enum ScalarKind: Equatable {
        /// `null`, `~` or nothing.
        case null
        /// `true` or `false`.
        case bool
        /// A whole number written without a fraction.
        case integer
        /// A number with a fraction or exponent.
        case float
        /// Anything else, and every quoted scalar.
        case text
    }

    /// A key of a mapping and its value.
    struct Entry {
        /// The key's text.
        var key: String
        /// Where the key is written.
        var keyLocation: SourceLocation
        /// The value.
        var value: DocumentNode
    }

    /// The node's content.
    enum Value {
        /// A scalar's text and what it denotes.
        case scalar(String, ScalarKind)
        /// Key-value pairs in the order written.
        case mapping([Entry])
        /// Items in order.
        case sequence([DocumentNode])
    }

    /// The content.
    var value: Value
    /// Where the node starts.
    var location: SourceLocation

    /// The entries, if the node is a mapping.
    /// The last line of the node and everything under it.
    var lastLine: Int {
        switch value {
        case .scalar: location.line
        case .mapping(let entries): entries.map(\.value.lastLine).max().map { max($0, location.line) } ?? location.line
        case .sequence(let items): items.map(\.lastLine).max().map { max($0, location.line) } ?? location.line
        }
    }

    var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The items, if the node is a sequence.
    var items: [DocumentNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// Whether the node is a YAML null.
    var isNull: Bool {
        if case .scalar(_, .null) = value { return true }
        return false
    }

    /// The node's number, whole or not, if it is a finite numeric scalar.
    var number: Double? {
        guard case .scalar(let text, let kind) = value, kind == .integer || kind == .float else { return nil }
        guard let number = Double(text.replacingOccurrences(of: "_", with: "")), number.isFinite else {
            return nil
        }
        return number
    }

    /// The value of `key`, if the node is a mapping that has it.
    subscript(key: String) -> DocumentNode? {
        entries?.first { $0.key == key }?.value
    }

    /// The node reached by following mapping keys, if every one exists.
    func lookup(_ keys: String...) -> DocumentNode? {
        var node: DocumentNode? = self
        for key in keys { node = node?[key] }
        return node
    }

    /// A copy without the entries called `keys` (for a mapping; other nodes are unchanged).
    func removing(_ keys: Set<String>) -> DocumentNode {
        guard let entries else { return self }
        return DocumentNode(value: .mapping(entries.filter { !keys.contains($0.key) }), location: location)
    }

    /// How the node reads in a message: "text 'abc'", "the number 3", "a list", ... (texts cut
    /// to a short prefix).
    var kindDescription: String {
        switch value {
        case .scalar(_, .null): "nothing (null)"
        case .scalar(let text, .bool): "'\(QuotedText.short(text))' (true or false)"
        case .scalar(let text, .integer), .scalar(let text, .float): "the number \(QuotedText.short(text))"
        case .scalar(let text, .text): "text '\(QuotedText.short(text))'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
