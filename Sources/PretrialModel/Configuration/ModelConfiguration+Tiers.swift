extension ModelConfiguration {
    /// The names of the court tiers, lower first (empty with one court: no `courts.tiers`):
    /// the labels of ``PretrialProcess/trialBacklog(tier:)`` for the daily series.
    public var courtTierNames: [String] { courts.tiers.map(\.name) }
}
