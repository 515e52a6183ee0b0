/// The version of the tool, printed by `--version` and written into every result's
/// provenance.
enum ToolVersion {
    /// Semantic version of this build.
    static let current = "0.1.0"
}
