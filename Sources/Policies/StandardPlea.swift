import PolicyKit

/// Plea offers at every court date with a fixed discount: ordinary US plea bargaining.
struct StandardPlea: PleaPolicy {
    var sentenceShare: Double
    var offerProbability: Double

    func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer? {
        if offerProbability >= 1 { return PleaOffer(sentenceShare: sentenceShare) }
        return random.uniform() < offerProbability ? PleaOffer(sentenceShare: sentenceShare) : nil
    }

    /// The module.
    static let module = PolicyModule(
        name: "standard-plea",
        decisionPoint: .plea,
        summary: "A plea offer at each court date, at a fixed share of the trial sentence.",
        description: """
            At each court date the prosecution offers a plea with probability \
            offer_probability, at sentence_share of the sentence expected after conviction at \
            trial. About 90-95% of US state convictions come by plea (BJS, Felony Sentences in \
            State Courts, 2006); offers typically carry a large discount, the "trial penalty" \
            (NACDL 2018, The Trial Penalty).
            """,
        parameters: [
            ParameterSpec(
                "sentence_share", .number(0...1), default: .number(0.6), unit: "share",
                help: "Offered sentence as a share of the expected sentence at trial."),
            ParameterSpec(
                "offer_probability", .number(0...1), default: .number(1), unit: "probability",
                help: "Probability of an offer at each court date."),
        ],
        make: { parameters, _ in
            .plea(
                StandardPlea(
                    sentenceShare: parameters.number("sentence_share"),
                    offerProbability: parameters.number("offer_probability")))
        }
    )
}
