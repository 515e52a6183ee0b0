import PretrialModel

/// The `behaviour` section: how defendants post bail, appear and accept pleas.
extension ScenarioDecoder {
    /// Reads `behaviour`. Every key but `plea_acceptance` has a default: no commercial bail,
    /// no later posting (after 10 days on average if it is turned on), no remand after a
    /// failure to appear and no revocation after a new arrest.
    func behaviour(_ node: NodeReader) -> BehaviourProfile? {
        let keys =
            [
                "bondsman_premium_share", "later_posting_probability", "later_posting_mean_days",
                "remand_after_failure_to_appear", "revocation_on_new_arrest", "plea_acceptance",
            ] + Self.bailMarketKeys
        guard let fields = node.mapping(allowed: keys) else { return nil }
        let premium = bondsmanPremium(fields.optional("bondsman_premium_share"))
        let laterPosting = fields.number("later_posting_probability", .probability, default: 0)
        let laterMean = fields.number("later_posting_mean_days", .positive, default: 10)
        let remand = fields.number("remand_after_failure_to_appear", .probability, default: 0)
        let revocation = fields.number("revocation_on_new_arrest", .probability, default: 0)
        let plea = fields.required("plea_acceptance").flatMap(pleaAcceptance(_:))
        let market = bailMarket(fields)
        guard let premium, let laterPosting, let laterMean, let remand, let revocation, let plea, let market else {
            return nil
        }
        return BehaviourProfile(
            bondsmanPremiumShare: premium, laterPostingProbability: laterPosting,
            laterPostingMeanDays: laterMean, remandAfterFailureToAppear: remand,
            revocationOnNewArrest: revocation, plea: plea, bailMarket: market)
    }

    /// The keys of `behaviour` that make the ``BailMarket``.
    static let bailMarketKeys = [
        "bondsman_minimum_premium", "bondsman_max_priors", "bondsman_max_failures_to_appear",
        "bondsman_surrender_after_failure_to_appear", "family_contribution_per_day", "family_contribution_cap",
    ]

    /// The bail market's keys of `behaviour`; each defaults to the behaviour without it.
    private func bailMarket(_ fields: MappingReader) -> BailMarket? {
        let minimum = fields.number("bondsman_minimum_premium", .nonNegative, default: 0)
        let maxPriors = limit(fields.optional("bondsman_max_priors"))
        let maxFailures = limit(fields.optional("bondsman_max_failures_to_appear"))
        let surrender = fields.number("bondsman_surrender_after_failure_to_appear", .probability, default: 0)
        let perDay = fields.number("family_contribution_per_day", .nonNegative, default: 0)
        let cap = fields.number("family_contribution_cap", .nonNegative, default: 0)
        guard let minimum, let maxPriors, let maxFailures, let surrender, let perDay, let cap else { return nil }
        if (perDay > 0) != (cap > 0),
            let node = fields.optional("family_contribution_per_day") ?? fields.optional("family_contribution_cap")
        {
            node.error(
                "family pooling needs both family_contribution_per_day and family_contribution_cap above 0",
                fix: "give both (e.g. per_day 0.1 and cap 2), or neither for no pooling")
            return nil
        }
        return BailMarket(
            bondsmanMinimumPremium: minimum, bondsmanMaximumPriors: maxPriors,
            bondsmanMaximumFailuresToAppear: maxFailures, surrenderAfterFailureToAppear: surrender,
            familyContributionPerDay: perDay, familyContributionCap: cap)
    }

    /// A bondsman's limit: absent or null for none, else a whole number of at least 0.
    /// - Returns: `.some(nil)` for no limit, `nil` after an error.
    private func limit(_ node: NodeReader?) -> Int?? {
        guard let node, !node.isNull else { return .some(nil) }
        guard let value = node.integer(atLeast: 0, atMost: nil) else { return nil }
        return .some(value)
    }

    /// `bondsman_premium_share`: absent or null for no commercial bail, else a share in (0, 1].
    /// - Returns: `.some(nil)` for no commercial bail, `nil` after an error.
    private func bondsmanPremium(_ node: NodeReader?) -> Double?? {
        guard let node, !node.isNull else { return .some(nil) }
        guard let share = node.number(.probability) else { return nil }
        guard share > 0 else {
            node.error(
                "a bondsman's premium of 0 would release everyone offered bail",
                fix: "write null for no commercial bail, or a share such as 0.1")
            return nil
        }
        return .some(share)
    }

    /// Reads `plea_acceptance`: `detained` and `released` are required, the effects default to
    /// none (and `innocent_factor` to 1).
    private func pleaAcceptance(_ node: NodeReader) -> PleaAcceptance? {
        let keys = [
            "detained", "released", "per_detained_day", "detained_days_cap", "time_served_bonus",
            "discount_effect", "counsel_effect", "innocent_factor",
        ]
        guard let fields = node.mapping(allowed: keys) else { return nil }
        let detained = fields.number("detained", .probability)
        let released = fields.number("released", .probability)
        let perDay = fields.number("per_detained_day", .nonNegative, default: 0)
        let cap = fields.number("detained_days_cap", .nonNegative, default: 0)
        let timeServed = fields.number("time_served_bonus", .nonNegative, default: 0)
        let discount = fields.number("discount_effect", .nonNegative, default: 0)
        let counsel = fields.number("counsel_effect", .nonNegative, default: 0)
        let innocent = fields.number("innocent_factor", .nonNegative, default: 1)
        guard let detained, let released, let perDay, let cap, let timeServed, let discount, let counsel,
            let innocent
        else { return nil }
        return PleaAcceptance(
            detained: detained, released: released, perDetainedDay: perDay, detainedDaysCap: cap,
            timeServedBonus: timeServed, discountEffect: discount, counselEffect: counsel,
            innocentFactor: innocent)
    }
}
