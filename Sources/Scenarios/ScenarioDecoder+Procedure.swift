import PolicyKit
import PretrialModel

/// The `arrests`, `process` and `courts` sections: when people are arrested and how their
/// cases move to trial.
extension ScenarioDecoder {
    /// Reads `arrests`.
    func arrests(_ node: NodeReader) -> ArrivalProfile? {
        guard let fields = node.mapping(allowed: ["rate_per_day", "weekly_profile", "monthly_profile"]) else {
            return nil
        }
        let rate = fields.number("rate_per_day", .positive)
        let weekly = fields.optional("weekly_profile").map { profile($0, count: 7, of: "days of the week") }
        let monthly = fields.optional("monthly_profile").map { profile($0, count: 12, of: "months") }
        guard let rate, weekly != .some(nil), monthly != .some(nil) else { return nil }
        return ArrivalProfile(
            ratePerDay: rate, weekly: weekly.flatMap { $0 } ?? [],
            monthly: monthly.flatMap { $0 } ?? [])
    }

    /// A weekly or monthly profile: `count` weights of at least 0 that average 1.
    private func profile(_ node: NodeReader, count: Int, of what: String) -> [Double]? {
        guard let weights = node.numbers(.nonNegative) else { return nil }
        guard weights.count == count else {
            node.error(
                "expected \(count) weights, one for each of the \(what), found \(weights.count)",
                fix: "give exactly \(count) weights")
            return nil
        }
        let mean = weights.reduce(0, +) / Double(count)
        guard abs(mean - 1) <= Self.sumTolerance else {
            guard mean > 0 else {
                node.error("the weights are all 0", fix: "give weights that average 1")
                return nil
            }
            let scaled = weights.map { NumberText.format($0 / mean) }.joined(separator: ", ")
            node.error(
                "the weights average \(NumberText.format(mean)), not 1",
                fix: "divide each weight by their mean (\(NumberText.format(mean))): [\(scaled)]")
            return nil
        }
        return weights
    }

    /// Reads `process`; `evidence`, `dismissal` and `diversion` are optional and default to no
    /// effect.
    func process(_ node: NodeReader) -> ProcessProfile? {
        let keys = [
            "first_appearance_delay", "court_date_interval", "court_dates_before_trial",
            "dismissal_per_court_date", "warrant_delay", "evidence", "dismissal", "diversion",
        ]
        guard let fields = node.mapping(allowed: keys) else { return nil }
        let evidence = optionalSection(fields, "evidence", evidence(_:))
        let dismissalModel = optionalSection(fields, "dismissal", dismissal(_:))
        let diversion = optionalSection(fields, "diversion", diversion(_:))
        let firstAppearance = fields.distribution("first_appearance_delay")
        let interval = fields.distribution("court_date_interval")
        let courtDates = fields.integer("court_dates_before_trial", atLeast: 1, atMost: 1_000)
        let dismissal = fields.number("dismissal_per_court_date", .probability, default: 0)
        let warrant = fields.distribution("warrant_delay")
        guard let firstAppearance, let interval, let courtDates, let dismissal, let warrant,
            !failed(evidence), !failed(dismissalModel), !failed(diversion)
        else {
            return nil
        }
        return ProcessProfile(
            firstAppearanceDelay: firstAppearance, courtDateInterval: interval,
            courtDatesBeforeTrial: courtDates, dismissalPerCourtDate: dismissal,
            warrantDelay: warrant, evidence: evidence.flatMap { $0 },
            dismissal: dismissalModel.flatMap { $0 } ?? DismissalModel(),
            diversion: diversion.flatMap { $0 } ?? DiversionModel())
    }

    /// Reads `courts`; `jail_sentence_served_share` defaults to 1 (whole sentences served),
    /// `sentencing` and `court_response` to no effect. With `tiers` (`ScenarioDecoder+Tiers.swift`)
    /// the courtrooms and trial lengths are each tier's, and `courtrooms` and `trial_duration`
    /// are not given at this level.
    func courts(_ node: NodeReader, population: PopulationInfo?) -> CourtProfile? {
        let keys = [
            "courtrooms", "trial_duration", "conviction_if_guilty", "conviction_if_innocent",
            "jail_sentence_served_share", "prison_sentence_served_share", "sentencing", "court_response", "tiers",
        ]
        guard let fields = node.mapping(allowed: keys) else { return nil }
        let sentencing = optionalSection(fields, "sentencing", sentencing(_:))
        let response = optionalSection(fields, "court_response", courtResponse(_:))
        if let tiersNode = fields.optional("tiers") {
            return tieredCourts(fields, tiersNode, population: population)
        }
        let courtrooms = fields.integer("courtrooms", atLeast: 1)
        let duration = fields.distribution("trial_duration")
        let guilty = fields.number("conviction_if_guilty", .probability)
        let innocent = fields.number("conviction_if_innocent", .probability)
        let served = fields.number("jail_sentence_served_share", .probability, default: 1)
        guard let prisonServed = prisonSentenceServedShare(fields) else { return nil }
        guard let courtrooms, let duration, let guilty, let innocent, let served, !failed(sentencing),
            !failed(response)
        else { return nil }
        var profile = CourtProfile(
            courtrooms: courtrooms, trialDuration: duration, convictionIfGuilty: guilty,
            convictionIfInnocent: innocent, jailSentenceServedShare: served,
            sentencing: sentencing.flatMap { $0 } ?? SentencingRules(),
            response: response.flatMap { $0 } ?? CourtResponse())
        profile.prisonSentenceServedShare = prisonServed
        return profile
    }
}

extension ScenarioDecoder {
    /// `courts` with `tiers`: the verdicts, sentencing and court response as for one court;
    /// ``CourtProfile/courtrooms`` is the tiers' sum and ``CourtProfile/trialDuration`` the lower
    /// tier's (each tier's own are used).
    fileprivate func tieredCourts(_ fields: MappingReader, _ tiersNode: NodeReader, population: PopulationInfo?)
        -> CourtProfile?
    {
        var misplaced = false
        for key in ["courtrooms", "trial_duration"] {
            guard let reader = fields.optional(key) else { continue }
            reader.error(
                "courts.\(key) is given for each tier when courts.tiers is present",
                fix: "move \(key) into each entry of courts.tiers, and remove it here")
            misplaced = true
        }
        let tiers = courtTiers(tiersNode, population: population)
        let sentencing = optionalSection(fields, "sentencing", sentencing(_:))
        let response = optionalSection(fields, "court_response", courtResponse(_:))
        let guilty = fields.number("conviction_if_guilty", .probability)
        let innocent = fields.number("conviction_if_innocent", .probability)
        let served = fields.number("jail_sentence_served_share", .probability, default: 1)
        let prisonServed = prisonSentenceServedShare(fields)
        guard !misplaced, let tiers, let guilty, let innocent, let served, let prisonServed, !failed(sentencing),
            !failed(response)
        else { return nil }
        var profile = CourtProfile(
            courtrooms: tiers.reduce(0) { $0 + $1.courtrooms }, trialDuration: tiers[0].trialDuration,
            convictionIfGuilty: guilty, convictionIfInnocent: innocent, jailSentenceServedShare: served,
            sentencing: sentencing.flatMap { $0 } ?? SentencingRules(),
            response: response.flatMap { $0 } ?? CourtResponse(), tiers: tiers)
        profile.prisonSentenceServedShare = prisonServed
        return profile
    }

    /// `prison_sentence_served_share`: `.some(nil)` when absent (no sentenced custody is
    /// counted), `nil` when present and wrong (reported).
    fileprivate func prisonSentenceServedShare(_ fields: MappingReader) -> Double?? {
        guard fields.has("prison_sentence_served_share") else { return .some(nil) }
        return fields.number("prison_sentence_served_share", .probability).map { .some($0) }
    }
}
