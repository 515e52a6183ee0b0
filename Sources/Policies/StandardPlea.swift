import PolicyKit

/// Plea offers at every court date with a fixed discount: ordinary US plea bargaining; some
/// offers reduce the charge, and some offers to people held are "time served".
struct StandardPlea: PleaPolicy {
    var sentenceShare: Double
    var offerProbability: Double
    /// Per charge class (scenario order): probability that an offer is to the class listed
    /// before it (a felony pleaded down to a misdemeanour). Empty: no reductions.
    var reductionByClass: [Double] = []
    /// Probability that an offer to a person held is "time served".
    var timeServedProbability: Double = 0

    func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer? {
        if offerProbability < 1 && random.uniform() >= offerProbability { return nil }
        // The plain offer, without looking at the tables, when nothing varies it.
        if reductionByClass.isEmpty && timeServedProbability == 0 { return PleaOffer(sentenceShare: sentenceShare) }
        return variedOffer(defendant, random: random)
    }

    /// An offer that may reduce the charge or be "time served".
    @inline(never)
    private func variedOffer(_ defendant: Defendant, random: any RandomSource) -> PleaOffer {
        var offer = PleaOffer(sentenceShare: sentenceShare)
        // Extra draws only where a reduction or a time-served offer is possible, so scenarios
        // without them see the same luck as before.
        let chargeClass = defendant.chargeClass
        if chargeClass > 0, chargeClass < reductionByClass.count, reductionByClass[chargeClass] > 0,
            random.uniform() < reductionByClass[chargeClass]
        {
            offer.reducedChargeClass = chargeClass - 1
        }
        if timeServedProbability > 0, defendant.isDetained, random.uniform() < timeServedProbability {
            offer.timeServed = true
        }
        return offer
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
            (NACDL 2018, The Trial Penalty). With reduction, an offer in a named charge class is, \
            with that probability, a plea to the class listed before it in the scenario (a \
            felony pleaded down to a misdemeanour: the sentence is drawn from that class); with \
            time_served_offer, an offer to a person held is, with that probability, "time \
            served" (the sentence is the days already held).
            """,
        parameters: [
            ParameterSpec(
                "sentence_share", .number(0...1), default: .number(0.6), unit: "share",
                help: "Offered sentence as a share of the expected sentence at trial."),
            ParameterSpec(
                "offer_probability", .number(0...1), default: .number(1), unit: "probability",
                help: "Probability of an offer at each court date."),
            ParameterSpec(
                "reduction", .table(0...1), default: .table([:]), unit: "probability",
                help: "Per charge class: probability that the offer is to the class listed before it."),
            ParameterSpec(
                "time_served_offer", .number(0...1), default: .number(0), unit: "probability",
                help: "Probability that an offer to a person held is time served."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let reduction = try byName(
                parameters.table("reduction"), names: population.chargeClasses, parameter: "reduction",
                default: 0, kind: "charge class")
            if let first = population.chargeClasses.first, reduction.first ?? 0 > 0 {
                throw PolicyParameterError(
                    parameter: "reduction",
                    message: "'\(first)' is the first charge class: there is no class before it to reduce to")
            }
            return .plea(
                StandardPlea(
                    sentenceShare: parameters.number("sentence_share"),
                    offerProbability: parameters.number("offer_probability"),
                    reductionByClass: reduction.contains { $0 > 0 } ? reduction : [],
                    timeServedProbability: parameters.number("time_served_offer")))
        }
    )
}
