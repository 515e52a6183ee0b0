import PolicyKit

/// A bail review hearing after some days for people still held on bail at or under an amount.
struct BailReviewHearing: BailReviewPolicy {
    var delayDays: Double
    var maximumBail: Double
    var recognizanceProbability: Double
    var reductionMultiplier: Double

    func reviewDelay(_ defendant: Defendant, bail: Double) -> Double? {
        bail <= maximumBail ? delayDays : nil
    }

    func review(_ defendant: Defendant, bail: Double, random: any RandomSource) -> ReleaseDecision {
        random.uniform() < recognizanceProbability ? .recognizance : .moneyBail(amount: bail * reductionMultiplier)
    }

    /// The module.
    static let module = PolicyModule(
        name: "bail-review",
        decisionPoint: .bailReview,
        summary: "Review after N days for people still held on bail at or under an amount.",
        description: """
            People still held because they could not pay bail of at most max_bail get a review \
            hearing delay_days after first appearance, where they are released on \
            recognizance with release_probability or have bail cut by reduction_multiplier. \
            Modelled on Philadelphia's early bail review hearings (Philadelphia District \
            Attorney's Office and Defender Association, 2018) and the New Jersey and \
            Kentucky practice of reviewing unaffordable bail.
            """,
        parameters: [
            ParameterSpec(
                "delay_days", .number(0...365), default: .number(5), unit: "days",
                help: "Days after first appearance when the review happens."),
            ParameterSpec(
                "max_bail", .number(0...1e9), default: .number(10_000), unit: "dollars",
                help: "Only people held on bail at or under this amount are reviewed."),
            ParameterSpec(
                "release_probability", .number(0...1), default: .number(0.5), unit: "probability",
                help: "Probability of release on recognizance at the review."),
            ParameterSpec(
                "reduction_multiplier", .number(0...1), default: .number(0.5), unit: "multiplier",
                help: "Multiplier of the bail when it is reduced rather than removed."),
        ],
        make: { parameters, _ in
            .bailReview(
                BailReviewHearing(
                    delayDays: parameters.number("delay_days"), maximumBail: parameters.number("max_bail"),
                    recognizanceProbability: parameters.number("release_probability"),
                    reductionMultiplier: parameters.number("reduction_multiplier")))
        }
    )
}
