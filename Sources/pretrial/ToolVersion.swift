/// The version of the tool, printed by `--version` and written into every result's
/// provenance.
enum ToolVersion {
    /// Semantic version of this build. The minor version changes whenever the figures a seed
    /// gives change (0.2.0: SplitMix64 streams and histogram quantiles), so that `--resume` and
    /// `merge` never mix replications of different versions.
    static let current = "0.2.0"
}
