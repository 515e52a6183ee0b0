import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the body rows of one table back out of each human format, as the text of each
/// column (the label with its indentation as the format wrote it), so that tests can check
/// what a reader sees.
enum TableReaders {
    /// The `count` rows of the only table in a terminal rendering: columns sliced at the
    /// widths of the rule under the header, trailing spaces dropped.
    static func terminal(_ text: String, rows count: Int) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("─") }) else { return [] }
        var spans: [Range<Int>] = []
        var start: Int?
        for (offset, character) in Array(lines[rule]).enumerated() {
            if character == "─" && start == nil { start = offset }
            if character != "─", let begin = start { spans.append(begin..<offset); start = nil }
        }
        if let begin = start { spans.append(begin..<lines[rule].count) }
        let widest = spans.last?.upperBound ?? 0
        return lines[(rule + 1)...].prefix(count).map { line in
            let characters = Array(line) + Array(repeating: " ", count: max(0, widest - line.count))
            return spans.enumerated().map { index, span in
                let piece = String(characters[span])
                return index == 0 ? piece.trailingSpacesDropped : piece.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// The body rows of the only table in a Markdown rendering, cells as written (escaped).
    static func markdown(_ text: String) -> [[String]] {
        let lines = text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| ") }
        return lines.dropFirst().map { line in
            String(line.dropFirst(2).dropLast(2)).components(separatedBy: " | ")
        }
    }

    /// The body rows of the only table in a LaTeX rendering, cells as written (escaped).
    static func latex(_ text: String) -> [[String]] {
        let lines = text.split(separator: "\n").map(String.init)
        guard let top = lines.firstIndex(of: "\\midrule"), let bottom = lines.firstIndex(of: "\\bottomrule") else {
            return []
        }
        return lines[(top + 1)..<bottom].map { line in
            String(line.dropLast(" \\\\".count)).components(separatedBy: " & ")
        }
    }

    /// The body rows of an HTML table: each row's class (or "") and the text of its cells.
    static func html(_ text: String) -> [(rowClass: String, cells: [String])] {
        final class Reader: NSObject, XMLParserDelegate {
            var rows: [(rowClass: String, cells: [String])] = []
            var inBody = false
            var cell: String?
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if name == "tbody" { inBody = true }
                if inBody && name == "tr" { rows.append((attributes["class"] ?? "", [])) }
                if inBody && (name == "th" || name == "td") { cell = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { cell? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
            {
                if name == "tbody" { inBody = false }
                if let text = cell, name == "th" || name == "td" { rows[rows.count - 1].cells.append(text); cell = nil }
            }
        }
        let parser = XMLParser(data: Data("<div>\(text)</div>".utf8))
        let reader = Reader()
        parser.delegate = reader
        return parser.parse() ? reader.rows : []
    }

    /// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes, line breaks).
    static func csv(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, previousQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if previousQuote { field.append("\"") }
                quoted = true
            case ",": record.append(field); field = ""
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.append(character)
            }
            previousQuote = false
        }
        return records
    }
}

extension String {
    /// The string without spaces at its end.
    var trailingSpacesDropped: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
