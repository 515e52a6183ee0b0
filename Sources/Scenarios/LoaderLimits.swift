/// The largest scenario the loader reads: bounds on the file and on the YAML in it, so that a
/// file written to exhaust memory or the stack (an alias bomb, an alias chain nested thousands
/// deep, an `extends` chain of thousands of files) is refused in a moment with a message naming
/// the limit, instead of hanging or crashing the tool.
///
/// The shipped scenarios use a few percent of each limit. `--force` raises the limits on sizes
/// (``forced``); the depths stay, since no scenario needs more than a dozen levels and deeper
/// ones would exhaust the stack of the code that reads them.
struct LoaderLimits: Sendable {
    /// Bytes of one file.
    var fileBytes: Int
    /// Values (scalars, lists and mappings) in a file's YAML once every alias is replaced by
    /// the value its anchor names.
    var expandedNodes: Int
    /// Characters of all the scalars of a file's YAML once every alias is replaced.
    var expandedScalarBytes: Int
    /// Bytes of one scalar.
    var scalarBytes: Int
    /// Levels of nested lists and mappings, aliases replaced.
    var depth: Int
    /// Files in an `extends` chain, the scenario file included.
    var extendsDepth: Int
    /// Entries of `variants`.
    var variants: Int

    /// The limits without `--force`.
    static let standard = LoaderLimits(
        fileBytes: 1 << 20, expandedNodes: 100_000, expandedScalarBytes: 4 << 20, scalarBytes: 64 << 10,
        depth: 64, extendsDepth: 16, variants: 500)

    /// The limits with `--force`: sixteen times the sizes, the same depths.
    static let forced = LoaderLimits(
        fileBytes: 16 << 20, expandedNodes: 1_600_000, expandedScalarBytes: 64 << 20, scalarBytes: 1 << 20,
        depth: 64, extendsDepth: 16, variants: 8_000)

    /// The limits that apply with or without `force`.
    static func limits(force: Bool) -> LoaderLimits { force ? forced : standard }

    /// How to raise `limit` in a fix: "or, if the scenario really needs more, pass --force (up
    /// to N unit)", or "(this is the limit even with --force)" once it is raised.
    func howToRaise(_ limit: KeyPath<LoaderLimits, Int>, unit: String) -> String {
        let forced = Self.forced[keyPath: limit]
        return self[keyPath: limit] < forced
            ? "or, if the scenario really needs more, pass --force (up to \(NumberText.grouped(Double(forced))) \(unit))"
            : "(this is the limit even with --force)"
    }
}
