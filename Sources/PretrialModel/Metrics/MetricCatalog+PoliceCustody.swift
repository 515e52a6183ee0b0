/// The catalog entries of police custody and the station lawyer (`police_custody`;
/// docs/ARCHITECTURE.md, "Police custody and the station lawyer"). All are NaN in a scenario
/// without a `police_custody` section (nobody is counted in police custody). The hours also
/// count in the jail and detention figures (police custody is custody); these figures give
/// them on their own.
enum PoliceCustodyFigures {
    /// `police_custody_hours_mean`.
    static let hoursMean = MetricDefinition(
        label: "Mean hours in police custody",
        meaning: "hours from arrest to the custody decision, cut at the legal limit (police_custody.limit_hours, "
            + "or the extended limit) / booked people whose police custody ended",
        unit: .hours, formula: .mean(.policeCustodyHours, over: .policeCustodies),
        denominatorNoun: "police custodies", roles: [.compared])
    /// `police_custody_past_24_hours_share`.
    static let past24HoursShare = MetricDefinition(
        label: "Share held past 24 hours in police custody",
        meaning: "police custodies longer than 24 hours (PACE 1984 s.41's basic limit) / police custodies",
        unit: .share, formula: .share(.policeCustodiesPast24Hours, of: .policeCustodies),
        denominatorNoun: "police custodies")
    /// `released_without_charge_share`.
    static let releasedWithoutChargeShare = MetricDefinition(
        label: "Share released without charge",
        meaning: "released without charge (no further action) at the end of police custody: no court case "
            + "follows / police custodies",
        unit: .share, formula: .share(.releasedWithoutCharge, of: .policeCustodies),
        denominatorNoun: "police custodies", roles: [.compared])
    /// `released_under_investigation_share`.
    static let releasedUnderInvestigationShare = MetricDefinition(
        label: "Share released under investigation",
        meaning: "released under investigation or on police bail at the end of police custody (charged later, "
            + "or the case lapses) / police custodies",
        unit: .share, formula: .share(.releasedUnderInvestigation, of: .policeCustodies),
        denominatorNoun: "police custodies")
    /// `investigation_lapsed_share`.
    static let investigationLapsedShare = MetricDefinition(
        label: "Share of investigations that lapsed",
        meaning: "investigations that ended without a charge / people released under investigation",
        unit: .share, formula: .share(.investigationsLapsed, of: .releasedUnderInvestigation),
        denominatorNoun: "people released under investigation")
    /// `station_advice_share`.
    static let stationAdviceShare = MetricDefinition(
        label: "Share with legal advice in police custody",
        meaning: "police custodies with a lawyer's advice at the station (policies.station_counsel) / police "
            + "custodies",
        unit: .share, formula: .share(.stationAdvice, of: .policeCustodies), denominatorNoun: "police custodies",
        roles: [.compared])
}
