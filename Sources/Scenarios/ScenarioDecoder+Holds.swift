import PretrialModel
import SimKernel

/// The `holds` section: probation, parole or warrant holds placed at booking.
extension ScenarioDecoder {
    /// The word for a hold that lasts until its case is disposed.
    static let holdUntilDisposition = "until_disposition"

    /// Reads `holds` (absent: no holds). `probability` is required; `per_prior` defaults to 0,
    /// `max` to 1 and `duration` to `until_disposition`.
    func holds(_ node: NodeReader?) -> HoldProfile? {
        guard let node, !node.isNull else { return HoldProfile.none }
        guard let fields = node.mapping(allowed: ["probability", "per_prior", "max", "duration"]) else { return nil }
        let probability = fields.number("probability", .probability)
        let perPrior = fields.number("per_prior", .probability, default: 0)
        let maximum = fields.number("max", .probability, default: 1)
        let duration = holdDuration(fields.optional("duration"))
        guard let probability, let perPrior, let maximum, let duration else { return nil }
        if maximum < probability {
            fields.optional("max")?.error(
                "holds.max (\(maximum)) is below holds.probability (\(probability)), so no booking would get the "
                    + "probability it asks for",
                fix: "raise max to at least \(probability), or lower probability")
            return nil
        }
        return HoldProfile(probability: probability, perPrior: perPrior, maximum: maximum, duration: duration)
    }

    /// `duration`: `until_disposition` (the default) or a distribution of days.
    /// - Returns: `.some(nil)` for "until disposition", `nil` after an error.
    private func holdDuration(_ node: NodeReader?) -> Distribution?? {
        guard let node else { return .some(nil) }
        if case .scalar(let word, let kind) = node.node.value, kind != .integer, kind != .float, kind != .null {
            guard word == Self.holdUntilDisposition else {
                node.error(
                    "unknown hold duration '\(QuotedText.short(word))'",
                    fix:
                        "write '\(Self.holdUntilDisposition)' or a distribution of days, e.g. {exponential: {mean: 20}}"
                )
                return nil
            }
            return .some(nil)
        }
        guard let distribution = node.distribution() else { return nil }
        return .some(distribution)
    }
}
