/// Changing a document: `extends` merges a file over its base, and a variant sets values at
/// dotted paths.
extension DocumentNode {
    /// A path a variant cannot follow, and how to fix it.
    struct PathProblem: Error {
        /// What is wrong with the path.
        var message: String
        /// How to fix it.
        var fix: String
    }

    /// This document (an overriding file) merged over `base`: mappings merge key by key,
    /// recursively; a list or a scalar replaces whatever the base has at its key, and so does a
    /// mapping that is one value — a distribution (`{gamma: {...}}`) or a policy
    /// (`{module: ..., parameters: {...}}`) — so that nothing of the base's one is left over.
    func merged(over base: DocumentNode) -> DocumentNode {
        guard let overrides = entries, !isWholeValue, var result = base.entries else { return self }
        for entry in overrides {
            if let index = result.firstIndex(where: { $0.key == entry.key }) {
                result[index] = Entry(
                    key: entry.key, keyLocation: entry.keyLocation,
                    value: entry.value.merged(over: result[index].value))
            } else {
                result.append(entry)
            }
        }
        return DocumentNode(value: .mapping(result), location: location)
    }

    /// Whether the node is a mapping that stands for one value: a distribution or a policy.
    private var isWholeValue: Bool {
        guard let entries else { return false }
        if entries.contains(where: { $0.key == "module" }) { return true }
        let families = NodeReader.distributionFamilies.map(\.family)
        return entries.count == 1 && families.contains(entries[0].key)
    }

    /// A copy with `value` at the dotted `path`: a segment names a mapping key, a list item by
    /// index (from 0) or a list item by its `name`. Missing keys (and null values on the way)
    /// become mappings, so a variant can set a key the base leaves out.
    /// - Parameter keyLocation: Where the path is written; keys it adds are placed there.
    /// - Throws: ``PathProblem`` when a segment names no list item, or a path goes through a
    ///   scalar.
    func setting(_ value: DocumentNode, at path: [String], keyLocation: SourceLocation) throws(PathProblem)
        -> DocumentNode
    {
        try Self.setting(value, in: self, path: path[...], walked: .root, keyLocation: keyLocation)
    }

    private static func setting(
        _ value: DocumentNode, in node: DocumentNode?, path: ArraySlice<String>,
        walked: DocumentPath, keyLocation: SourceLocation
    ) throws(PathProblem)
        -> DocumentNode
    {
        guard let segment = path.first else { return value }
        let rest = path.dropFirst()
        guard let node, !node.isNull else {
            let child = try setting(
                value, in: nil, path: rest, walked: walked.appending(segment),
                keyLocation: keyLocation)
            return DocumentNode(
                value: .mapping([Entry(key: segment, keyLocation: keyLocation, value: child)]),
                location: node?.location ?? keyLocation)
        }
        switch node.value {
        case .mapping(var entries):
            if let index = entries.firstIndex(where: { $0.key == segment }) {
                entries[index].value = try setting(
                    value, in: entries[index].value, path: rest,
                    walked: walked.appending(segment), keyLocation: keyLocation)
            } else {
                let child = try setting(
                    value, in: nil, path: rest, walked: walked.appending(segment),
                    keyLocation: keyLocation)
                entries.append(Entry(key: segment, keyLocation: keyLocation, value: child))
            }
            return DocumentNode(value: .mapping(entries), location: node.location)
        case .sequence(var items):
            let index = try itemIndex(segment, in: items, walked: walked)
            items[index] = try setting(
                value, in: items[index], path: rest, walked: walked.appending(index: index),
                keyLocation: keyLocation)
            return DocumentNode(value: .sequence(items), location: node.location)
        case .scalar:
            throw PathProblem(
                message: "\(walked) is \(node.kindDescription), which has no key '\(segment)'",
                fix: "end the path at \(walked), or correct it")
        }
    }

    /// The index of the list item that `segment` names, by number or by name.
    private static func itemIndex(_ segment: String, in items: [DocumentNode], walked: DocumentPath)
        throws(PathProblem) -> Int
    {
        let names = items.compactMap { item -> String? in
            if case .scalar(let name, _)? = item["name"]?.value { return name }
            return nil
        }
        let choices =
            "an index from 0 to \(items.count - 1)"
            + (names.isEmpty ? "" : " or a name: \(names.joined(separator: ", "))")
        if let index = Int(segment) {
            guard items.indices.contains(index) else {
                throw PathProblem(
                    message: "\(walked) has \(items.count) item\(items.count == 1 ? "" : "s"), "
                        + "numbered from 0, so there is no item \(index)",
                    fix: "use \(choices)")
            }
            return index
        }
        guard
            let index = items.firstIndex(where: { item in
                if case .scalar(let name, _)? = item["name"]?.value { return name == segment }
                return false
            })
        else {
            throw PathProblem(
                message: "no item named '\(segment)' in \(walked)"
                    + Suggestion.didYouMean(segment, among: names),
                fix: "use \(choices)")
        }
        return index
    }

    /// A copy with every part placed at `location`: for a value written outside any file (an
    /// override's YAML text), whose issues belong where the override was made.
    func placed(at location: SourceLocation) -> DocumentNode {
        switch value {
        case .scalar:
            return DocumentNode(value: value, location: location)
        case .mapping(let entries):
            let placed = entries.map { Entry(key: $0.key, keyLocation: location, value: $0.value.placed(at: location)) }
            return DocumentNode(value: .mapping(placed), location: location)
        case .sequence(let items):
            return DocumentNode(value: .sequence(items.map { $0.placed(at: location) }), location: location)
        }
    }
}
