/// The version of the tool, printed by `--version` and written into every result's
/// provenance.
enum ToolVersion {
    /// Semantic version of this build. The minor version changes whenever the figures a seed
    /// gives change or figures are added (0.2.0: SplitMix64 streams and histogram quantiles;
    /// 0.3.0: `held_at_first_appearance_past_3_days_share`; 0.4.0: the metric catalog, with
    /// `detained_longer_than_sentence` replaced by `detained_past_3_days_not_convicted` and
    /// `detained_longer_than_custodial_sentence`, and rates stored with their counts;
    /// 0.5.0: persons, release outcomes, the bail market and how cases end, issue #12;
    /// 0.6.0: counters written once per combination and status, summed at the end, so sums of
    /// days differ in their last bits; 0.7.0: issue #14's figures — police custody, court
    /// tiers and custody-limit extensions, the sentenced population, remand length and open
    /// cases), so that `--resume` and `merge` never mix replications
    /// of different versions.
    static let current = "0.7.0"
}
