import PolicyKit

/// Reads a policy module's `parameters` mapping by the module's ``PolicyKit/ParameterSpec``s,
/// reporting unknown parameters, wrong types and out-of-range values at the parameter's node.
struct PolicyParameterReader {
    /// The module whose parameters are read.
    let module: PolicyModule

    /// The given values that are valid, keyed by parameter, each with the reader of its node,
    /// and the names of those that were not (each already reported); `nil` when `parameters`
    /// is not a mapping at all.
    func read(_ node: NodeReader) -> (
        values: [String: (value: ParameterValue, reader: NodeReader)], failed: Set<String>
    )? {
        guard let entries = node.freeMapping() else { return nil }
        var values: [String: (value: ParameterValue, reader: NodeReader)] = [:]
        var failed: Set<String> = []
        for entry in entries {
            guard let spec = module.parameters.first(where: { $0.name == entry.key }) else {
                let known = module.parameters.map(\.name)
                node.log.error(
                    "unknown parameter '\(entry.key)' of module '\(module.name)'"
                        + Suggestion.didYouMean(entry.key, among: known),
                    fix: "use one of: \(Suggestion.list(known)) (see `pretrial policies \(module.name)`)",
                    at: entry.keyLocation, path: entry.reader.path)
                failed.insert(entry.key)
                continue
            }
            guard let value = convert(entry.reader, to: spec.kind) else { failed.insert(entry.key); continue }
            if let problem = spec.problem(with: value) {
                entry.reader.error(problem, fix: "give \(Self.article(spec.kind))\(spec.kind.summary)")
                failed.insert(entry.key)
                continue
            }
            values[entry.key] = (value, entry.reader)
        }
        return (values, failed)
    }

    /// The node as a value of `kind`, or `nil` after reporting a wrong type.
    private func convert(_ reader: NodeReader, to kind: ParameterKind) -> ParameterValue? {
        switch kind {
        case .number:
            return reader.number().map(ParameterValue.number)
        case .integer:
            return reader.integer(atLeast: Int.min).map(ParameterValue.integer)
        case .flag:
            return reader.flag().map(ParameterValue.flag)
        case .choice:
            return reader.text().map(ParameterValue.text)
        case .names:
            guard let items = reader.list() else { return nil }
            let names = items.map { $0.name() }
            return names.contains { $0 == nil } ? nil : .names(names.compactMap { $0 })
        case .table:
            guard let entries = reader.freeMapping() else { return nil }
            var table: [String: Double] = [:]
            for entry in entries {
                guard let number = entry.reader.number() else { return nil }
                table[entry.key] = number
            }
            return .table(table)
        }
    }

    /// "a " before a kind's summary that needs one ("a number in [0, 1]", but "one of: …").
    private static func article(_ kind: ParameterKind) -> String {
        switch kind {
        case .flag, .choice: ""
        case .number, .integer, .names, .table: "a "
        }
    }
}
