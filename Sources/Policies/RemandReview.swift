import PolicyKit

/// A review of remand in custody some days after the first hearing, where some of those
/// remanded are released on conditions: Germany's Haftprüfung (StPO § 117) and suspension of
/// the warrant (§ 116); in England & Wales a renewed bail application (Bail Act 1976, Sch. 1
/// Part IIA).
struct RemandReview: BailReviewPolicy {
    var delayDays: Double
    var releaseProbability: Double
    var conditionsFTAReduction: Double

    func reviewDelay(_ defendant: Defendant, bail: Double) -> Double? {
        bail == .infinity ? delayDays : nil
    }

    func review(_ defendant: Defendant, bail: Double, random: any RandomSource) -> ReleaseDecision {
        random.uniform() < releaseProbability ? .conditions(ftaReduction: conditionsFTAReduction) : .detain
    }

    /// The module.
    static let module = PolicyModule(
        name: "remand-review",
        decisionPoint: .bailReview,
        summary: "Review of remand in custody after N days; some released on conditions (StPO §§ 116–117).",
        description: """
            People remanded in custody (held without bail) get a review delay_days after the \
            first hearing, where they are released on conditions with release_probability and \
            otherwise stay remanded; people held on money bail are not reviewed by it. In \
            Germany the remanded person may apply for a review at any time (Haftprüfung, StPO \
            § 117) and the judge must suspend the warrant when less drastic measures suffice \
            (§ 116); in England & Wales a person remanded may make a further bail application \
            on new facts (Bail Act 1976, Schedule 1 Part IIA). The defaults are assumed.
            """,
        parameters: [
            ParameterSpec(
                "delay_days", .number(0...365), default: .number(14), unit: "days",
                help: "Days after the first hearing when the review happens."),
            ParameterSpec(
                "release_probability", .number(0...1), default: .number(0.2), unit: "probability",
                help: "Probability that the review releases the person on conditions."),
            ParameterSpec(
                "conditions_fta_reduction", .number(0...1), default: .number(0), unit: "share",
                help: "Relative reduction of the failure-to-appear risk that the conditions bring."),
        ],
        make: { parameters, _ throws(PolicyParameterError) in
            .bailReview(
                RemandReview(
                    delayDays: parameters.number("delay_days"),
                    releaseProbability: parameters.number("release_probability"),
                    conditionsFTAReduction: parameters.number("conditions_fta_reduction")))
        }
    )
}
