import PolicyKit

/// Plea safeguards: no offer in the first days after arrest, and a cap on the trial penalty.
struct PleaSafeguards: PleaPolicy {
    var noOfferDays: Double
    var sentenceShare: Double
    var offerProbability: Double

    func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer? {
        let draw = random.uniform()
        guard defendant.daysSinceArrest >= noOfferDays, draw < offerProbability else { return nil }
        return PleaOffer(sentenceShare: sentenceShare)
    }

    /// The module.
    static let module = PolicyModule(
        name: "plea-safeguards",
        decisionPoint: .plea,
        summary: "No plea offers in the first N days; cap on the trial penalty.",
        description: """
            Safeguards against coerced pleas proposed by the NACDL (The Trial Penalty, 2018) \
            and Fair Trials (The Disappearing Trial, 2017): no offer until no_offer_days after \
            arrest, so detention alone does not force a quick plea, and the trial penalty \
            (sentence after trial ÷ sentence offered) is capped at max_trial_penalty. The \
            offered share of the trial sentence is max(sentence_share, 1 / \
            max_trial_penalty).
            """,
        parameters: [
            ParameterSpec(
                "no_offer_days", .number(0...3650), default: .number(30), unit: "days",
                help: "No plea offer before this many days after arrest."),
            ParameterSpec(
                "max_trial_penalty", .number(1...100), default: .number(1.5), unit: "ratio",
                help: "Largest ratio of the trial sentence to the offered sentence."),
            ParameterSpec(
                "sentence_share", .number(0...1), default: .number(0.6), unit: "share",
                help: "Offered share of the trial sentence before the cap."),
            ParameterSpec(
                "offer_probability", .number(0...1), default: .number(0.9), unit: "probability",
                help: "Probability of an offer at each court date once offers are allowed."),
        ],
        make: { parameters, _ in
            .plea(
                PleaSafeguards(
                    noOfferDays: parameters.number("no_offer_days"),
                    sentenceShare: max(parameters.number("sentence_share"), 1 / parameters.number("max_trial_penalty")),
                    offerProbability: parameters.number("offer_probability")))
        }
    )
}
