import Foundation

/// A variant as written in the `variants` list: a name, a description and the values it sets,
/// each at a dotted path into the document.
struct VariantDefinition {
    /// One `path: value` entry of `set`.
    struct Assignment {
        /// The path as written, e.g. `population.groups.B.share`.
        var path: String
        /// Its dot-separated segments.
        var segments: [String]
        /// Where the path is written.
        var keyLocation: SourceLocation
        /// The reader of the entry, to report problems at.
        var reader: NodeReader
        /// The value to set.
        var value: DocumentNode
    }

    /// The variant's name.
    var name: String
    /// What it changes and why.
    var description: String
    /// The values it sets, in order.
    var assignments: [Assignment]

    /// Paths a variant may not set: every variant shares the scenario's identity and the
    /// settings that make variants comparable under common random numbers.
    static let fixedPaths = [
        "scenario", "extends", "variants", "run.replications", "run.seed",
        "run.reference_group",
    ]

    /// Whether `path` is, or lies under, one of the ``fixedPaths`` (or replaces all of `run`).
    static func isFixed(_ path: String) -> Bool {
        path == "run" || fixedPaths.contains { path == $0 || path.hasPrefix($0 + ".") }
    }

    /// Reads the `variants` list, reporting each problem; returns the variants that are well
    /// formed. More than `limits.variants` are refused: each variant decodes the whole
    /// document again.
    static func readAll(_ node: NodeReader, limits: LoaderLimits = .standard) -> [VariantDefinition] {
        guard let items = node.list() else { return [] }
        guard items.count <= limits.variants else {
            node.error(
                "\(NumberText.grouped(Double(items.count))) variants are more than the "
                    + "\(NumberText.grouped(Double(limits.variants))) a scenario may have",
                fix: "split them over several scenario files that extend the same base, "
                    + limits.howToRaise(\.variants, unit: "variants"))
            return []
        }
        var definitions: [VariantDefinition] = []
        var seen: [String: DocumentPath] = [:]
        for item in items {
            guard let fields = item.mapping(allowed: ["name", "description", "set"]) else { continue }
            let nameReader = fields.required("name")
            let name = nameReader?.name()
            let description = fields.text("description", default: "")
            let assignments = fields.required("set").flatMap(assignments(_:))
            guard let name, let nameReader else { continue }
            if name == "baseline" {
                nameReader.error(
                    "a variant cannot be called 'baseline': that is the scenario as written",
                    fix: "give the variant another name")
                continue
            }
            if let first = seen[name] {
                nameReader.error(
                    "duplicate variant name '\(QuotedText.short(name))' (already used at \(first))",
                    fix: "give each variant a different name")
                continue
            }
            seen[name] = nameReader.path
            guard let description, let assignments else { continue }
            definitions.append(
                VariantDefinition(name: name, description: description, assignments: assignments))
        }
        return definitions
    }

    /// Reads a `set` mapping of paths to values.
    private static func assignments(_ node: NodeReader) -> [Assignment]? {
        guard let entries = node.freeMapping() else { return nil }
        guard !entries.isEmpty else {
            node.error(
                "the variant sets nothing",
                fix: "give at least one 'path: value', such as courts.courtrooms: 14")
            return nil
        }
        var result: [Assignment] = []
        var valid = true
        for entry in entries {
            let segments = entry.key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if segments.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                node.log.error(
                    "'\(QuotedText.short(entry.key))' is not a dotted path",
                    fix: "write keys separated by single dots, such as courts.courtrooms",
                    at: entry.keyLocation, path: entry.reader.path)
                valid = false
                continue
            }
            if isFixed(entry.key) {
                node.log.error(
                    "'\(QuotedText.short(entry.key))' cannot differ between variants: they share the scenario, its "
                        + "replications, seed and reference group, so that they are compared under common "
                        + "random numbers",
                    fix: "set it at the top level of the file instead", at: entry.keyLocation,
                    path: entry.reader.path)
                valid = false
                continue
            }
            result.append(
                Assignment(
                    path: entry.key, segments: segments, keyLocation: entry.keyLocation,
                    reader: entry.reader, value: entry.reader.node))
        }
        return valid ? result : nil
    }
}
