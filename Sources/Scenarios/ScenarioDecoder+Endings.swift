import PretrialModel

/// The keys of how cases end: `process.evidence`, `process.dismissal`, `process.diversion`,
/// `courts.sentencing` and `courts.court_response`. Each section is optional and its keys
/// default to no effect (scenarios/FORMAT.md).
extension ScenarioDecoder {
    /// Reads `process.evidence`: the beta distribution of evidence strength per case.
    func evidence(_ node: NodeReader) -> EvidenceModel? {
        guard let fields = node.mapping(allowed: ["guilty_mean", "innocent_mean", "concentration"]) else {
            return nil
        }
        let guilty = fields.number("guilty_mean", .probability)
        let innocent = fields.number("innocent_mean", .probability)
        let concentration = fields.number("concentration", .positive)
        guard let guilty, let innocent, let concentration else { return nil }
        return EvidenceModel(guiltyMean: guilty, innocentMean: innocent, concentration: concentration)
    }

    /// Reads `process.dismissal`: how dismissal depends on evidence, detention and time.
    func dismissal(_ node: NodeReader) -> DismissalModel? {
        let keys = [
            "evidence_slope", "evidence_reference", "detained_log_odds", "per_court_date_log_odds",
            "declination_at_first_appearance",
        ]
        guard let fields = node.mapping(allowed: keys) else { return nil }
        let slope = fields.number("evidence_slope", .finite, default: 0)
        let reference = fields.number("evidence_reference", .probability, default: 0.5)
        let detained = fields.number("detained_log_odds", .finite, default: 0)
        let perDate = fields.number("per_court_date_log_odds", .finite, default: 0)
        let declination = fields.number("declination_at_first_appearance", .probability, default: 0)
        guard let slope, let reference, let detained, let perDate, let declination else { return nil }
        return DismissalModel(
            evidenceSlope: slope, evidenceReference: reference, detainedLogOdds: detained,
            perCourtDateLogOdds: perDate, declinationAtFirstAppearance: declination)
    }

    /// Reads `process.diversion`: acceptance of diversion offers and the court dates they come at.
    func diversion(_ node: NodeReader) -> DiversionModel? {
        guard let fields = node.mapping(allowed: ["acceptance", "court_dates"]) else { return nil }
        let acceptance = fields.number("acceptance", .probability, default: 1)
        let courtDates = fields.integer("court_dates", atLeast: 1, atMost: 1_000, default: 1)
        guard let acceptance, let courtDates else { return nil }
        return DiversionModel(acceptance: acceptance, courtDates: courtDates)
    }

    /// Reads `courts.sentencing`: time served for people held, probation for people at liberty.
    func sentencing(_ node: NodeReader) -> SentencingRules? {
        guard let fields = node.mapping(allowed: ["time_served_when_detained", "probation_when_released"]) else {
            return nil
        }
        let timeServed = fields.number("time_served_when_detained", .probability, default: 0)
        let probation = fields.number("probation_when_released", .probability, default: 0)
        guard let timeServed, let probation else { return nil }
        return SentencingRules(timeServedWhenDetained: timeServed, probationWhenReleased: probation)
    }

    /// Reads `courts.court_response`: better offers and more dismissals under a trial backlog.
    func courtResponse(_ node: NodeReader) -> CourtResponse? {
        let keys = [
            "reference_backlog", "offer_discount_per_backlog_case", "dismissal_per_backlog_case",
            "max_offer_discount", "max_added_dismissal",
        ]
        guard let fields = node.mapping(allowed: keys) else { return nil }
        let reference = fields.number("reference_backlog", .nonNegative, default: 0)
        let discount = fields.number("offer_discount_per_backlog_case", .nonNegative, default: 0)
        let dismissal = fields.number("dismissal_per_backlog_case", .nonNegative, default: 0)
        let maxDiscount = fields.number("max_offer_discount", .probability, default: 0.5)
        let maxDismissal = fields.number("max_added_dismissal", .probability, default: 0.25)
        guard let reference, let discount, let dismissal, let maxDiscount, let maxDismissal else { return nil }
        return CourtResponse(
            referenceBacklog: reference, offerDiscountPerBacklogCase: discount, dismissalPerBacklogCase: dismissal,
            maximumOfferDiscount: maxDiscount, maximumAddedDismissal: maxDismissal)
    }

    /// Reads a charge class's `diversion_offer`: the probabilities of an offer at liberty and held.
    func diversionOffer(_ node: NodeReader) -> (released: Double, detained: Double)? {
        guard let fields = node.mapping(allowed: ["released", "detained"]) else { return nil }
        let released = fields.number("released", .probability, default: 0)
        let detained = fields.number("detained", .probability, default: 0)
        guard let released, let detained else { return nil }
        return (released, detained)
    }

    /// An optional section: `nil` when absent, `.some(nil)` when present with an error.
    func optionalSection<Value>(_ fields: MappingReader, _ key: String, _ read: (NodeReader) -> Value?) -> Value?? {
        fields.optional(key).map { read($0) }
    }

    /// Whether an optional key was present but could not be read (its error is reported).
    func failed<Value>(_ value: Value??) -> Bool {
        if case .some(.none) = value { return true }
        return false
    }
}
