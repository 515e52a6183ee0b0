import Foundation
import PretrialModel

/// The metric catalog written out for people and scripts: `pretrial metrics` prints it, and
/// README's table of figures is its Markdown (a test keeps the two the same).
enum MetricCatalogListing {
    /// A Markdown table: id, label, unit, meaning (with a rate's denominator and scope).
    static func markdown() -> String {
        var lines = ["| id | label in tables | unit | meaning |", "|---|---|---|---|"]
        for metric in MetricID.allCases {
            let definition = metric.definition
            let cells = ["`\(metric.rawValue)`", definition.label, definition.unit.rawValue, meaning(definition)]
            lines.append(
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One block per figure: id and label, then unit and meaning, for a terminal.
    static func text() -> String {
        MetricID.allCases.map { metric in
            let definition = metric.definition
            return "\(metric.rawValue) — \(definition.label)\n    \(definition.unit.rawValue): \(meaning(definition))"
        }.joined(separator: "\n") + "\n"
    }

    /// A JSON array of every figure with all that the catalog says of it.
    static func json() throws -> String {
        struct Entry: Encodable {
            var id, label, meaning, unit, scope: String
            var numerator: String?
            var denominator: [String]?
            var denominatorNoun: String?
            var roles: [String]
            /// Whether the figure is given by pre-trial status at disposition.
            var byDetentionStatus: Bool

            enum CodingKeys: String, CodingKey {
                case id, label, meaning, unit, scope, numerator, denominator, roles
                case denominatorNoun = "denominator_noun"
                case byDetentionStatus = "by_detention_status"
            }
        }
        let roleNames: [(MetricRoles, String)] = [
            (.headline, "headline"), (.byBreakdown, "by_breakdown"), (.compared, "compared"),
            (.comparedByBreakdown, "compared_by_breakdown"), (.disparity, "disparity"), (.charted, "charted"),
            (.precision, "precision"), (.byDetentionStatus, "by_detention_status"),
        ]
        let entries = MetricID.allCases.map { metric in
            let definition = metric.definition
            let parts = definition.formula.parts
            return Entry(
                id: metric.rawValue, label: definition.label, meaning: definition.meaning,
                unit: definition.unit.rawValue, scope: definition.scope.rawValue, numerator: parts?.numerator.id,
                denominator: parts?.denominator.map(\.id), denominatorNoun: definition.denominatorNoun,
                roles: roleNames.filter { definition.roles.contains($0.0) }.map(\.1),
                byDetentionStatus: definition.isByDetentionStatus)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    /// The meaning, with "(overall only)" for a figure that has no breakdown.
    private static func meaning(_ definition: MetricDefinition) -> String {
        definition.scope == .overallOnly && !definition.meaning.contains("overall only")
            ? definition.meaning + " (overall only)" : definition.meaning
    }
}
