import PolicyKit

/// Turns a table keyed by names (charge classes, groups) into an array in the scenario's
/// order, using `default` for names the table leaves out.
/// - Throws: ``PolicyKit/PolicyParameterError`` for a name the scenario does not have.
func byName(
    _ table: [String: Double], names: [String], parameter: String, default value: Double,
    kind: String
) throws(PolicyParameterError) -> [Double] {
    for key in table.keys.sorted() where !names.contains(key) {
        let hint = ClosestName.suggestion(for: key, among: names).map { " Did you mean '\($0)'?" } ?? ""
        throw PolicyParameterError(
            parameter: parameter,
            message:
                "unknown \(kind) '\(key)'.\(hint) The scenario's \(kind == "group" ? "groups" : "charge classes") are: \(names.joined(separator: ", "))"
        )
    }
    return names.map { table[$0] ?? value }
}
