import PretrialModel
import SimKernel

/// The `police_custody` section: hours in police custody before first appearance, up to a
/// legal limit, and the custody decision at the end (``PoliceCustody``).
extension ScenarioDecoder {
    /// The keys allowed under `police_custody`.
    static let policeCustodyKeys = [
        "hours", "limit_hours", "extended_limit_hours", "extension_probability", "released_without_charge",
        "released_under_investigation", "investigation_days", "investigation_lapses",
    ]

    /// Reads `police_custody` (absent or null: none, `.some(nil)`). `hours` is required;
    /// `limit_hours` defaults to 24 (PACE 1984 s.41), `extended_limit_hours` to the limit, the
    /// probabilities to 0, and `investigation_days` is required when some are released under
    /// investigation.
    /// - Returns: `nil` after an error.
    func policeCustody(_ node: NodeReader?) -> PoliceCustody?? {
        guard let node, !node.isNull else { return .some(nil) }
        guard let fields = node.mapping(allowed: Self.policeCustodyKeys) else { return nil }
        let hours = fields.distribution("hours")
        let limit = fields.number("limit_hours", .between(0.01, 10_000, "hours"), default: 24)
        let extended = fields.number("extended_limit_hours", .between(0.01, 10_000, "hours"), default: limit ?? 24)
        let extensionShare = fields.number("extension_probability", .probability, default: 0)
        let withoutCharge = fields.number("released_without_charge", .probability, default: 0)
        let underInvestigation = fields.number("released_under_investigation", .probability, default: 0)
        let lapses = fields.number("investigation_lapses", .probability, default: 0)
        let investigation: Distribution?? =
            (underInvestigation ?? 0) > 0 || fields.has("investigation_days")
            ? fields.distribution("investigation_days").map { .some($0) } : .some(nil)
        guard let hours, let limit, let extended, let extensionShare, let withoutCharge, let underInvestigation,
            let lapses, let investigation
        else { return nil }
        if extended < limit {
            fields.optional("extended_limit_hours")?.error(
                "police_custody.extended_limit_hours (\(NumberText.format(extended))) is below limit_hours "
                    + "(\(NumberText.format(limit))), so an extension would shorten custody",
                fix: "raise extended_limit_hours to at least \(NumberText.format(limit)) (PACE: 36, or 96 by "
                    + "magistrates), or leave it out")
            return nil
        }
        if withoutCharge + underInvestigation > 1 {
            fields.optional("released_under_investigation")?.error(
                "police_custody.released_without_charge (\(NumberText.format(withoutCharge))) and "
                    + "released_under_investigation (\(NumberText.format(underInvestigation))) add up to more than 1",
                fix: "make the two shares add up to at most 1 (the rest are charged and held for court)")
            return nil
        }
        return .some(
            PoliceCustody(
                hours: hours, limitHours: limit, extendedLimitHours: extended, extensionProbability: extensionShare,
                releasedWithoutCharge: withoutCharge, releasedUnderInvestigation: underInvestigation,
                investigationDays: investigation, investigationLapses: lapses))
    }
}
