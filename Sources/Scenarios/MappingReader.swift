import SimKernel

/// Reads the keys of one mapping in a scenario document: required keys are reported when
/// missing, optional ones fall back to their defaults.
///
/// Made by ``NodeReader/mapping(allowed:)``, which has already reported unknown keys.
struct MappingReader {
    /// The reader of the mapping node itself.
    let reader: NodeReader
    /// The mapping's entries whose keys are allowed.
    let entries: [DocumentNode.Entry]
    /// Allowed keys that an unknown key of the mapping probably misspells: their absence is
    /// not reported again, as the unknown key's error already says "did you mean".
    let misspelt: Set<String>

    /// The mapping's key path.
    var path: DocumentPath { reader.path }

    /// Whether `key` is present (even with a null value).
    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// A reader for `key`'s value, or `nil` if the key is absent.
    func optional(_ key: String) -> NodeReader? {
        entries.first { $0.key == key }.map { reader.child($0.value, key: key) }
    }

    /// A reader for `key`'s value; reports a missing key.
    func required(_ key: String) -> NodeReader? {
        if let value = optional(key) { return value }
        guard !misspelt.contains(key) else { return nil }
        let place = path.description.isEmpty ? "at the top level of the file" : "under \(path)"
        reader.log.error(
            "missing required key '\(key)'", fix: "add '\(key): …' \(place) (see scenarios/FORMAT.md)",
            at: reader.node.location, path: path.appending(key))
        return nil
    }

    /// `key`'s number; `defaultValue` if the key is absent, or a reported error if it is
    /// absent and there is no default.
    func number(_ key: String, _ rule: NumberRule, default defaultValue: Double? = nil) -> Double? {
        if defaultValue != nil, !has(key) { return defaultValue }
        return required(key)?.number(rule)
    }

    /// `key`'s whole number, from `minimum` to `maximum`; `defaultValue` if absent.
    func integer(
        _ key: String, atLeast minimum: Int, atMost maximum: Int? = nil, default defaultValue: Int? = nil
    ) -> Int? {
        if defaultValue != nil, !has(key) { return defaultValue }
        return required(key)?.integer(atLeast: minimum, atMost: maximum)
    }

    /// `key`'s text; `defaultValue` if absent.
    func text(_ key: String, default defaultValue: String? = nil) -> String? {
        if defaultValue != nil, !has(key) { return defaultValue }
        return required(key)?.text()
    }

    /// `key`'s distribution (see ``NodeReader/distribution()``).
    func distribution(_ key: String) -> Distribution? {
        required(key)?.distribution()
    }
}
