import PolicyKit

/// A defence lawyer at first appearance, with a probability, who argues for release and for
/// lower bail.
struct CounselAtFirstAppearance: CounselPolicy {
    var coverage: Double
    var recognizanceInsteadOfBail: Double
    var bailMultiplier: Double

    func counsel(_ defendant: Defendant, random: any RandomSource) -> CounselOutcome {
        random.uniform() < coverage
            ? CounselOutcome(
                present: true, recognizanceInsteadOfBail: recognizanceInsteadOfBail, bailMultiplier: bailMultiplier)
            : .absent
    }

    /// The module.
    static let module = PolicyModule(
        name: "counsel-at-first-appearance",
        decisionPoint: .counsel,
        summary: "A lawyer at first appearance: more recognizance releases, lower bail.",
        description: """
            Representation at the bail hearing, as in the Baltimore Lawyers at Bail experiment \
            (Colbert, Paternoster & Bushway 2002, Cardozo Law Review 23:1719): represented \
            defendants were about 2.5 times as likely to be released on recognizance and twice \
            as likely to have bail reduced. With probability coverage a lawyer is present; a \
            represented person given money bail is instead released on recognizance with \
            probability ror_instead_of_bail, otherwise the amount is multiplied by \
            bail_multiplier. Represented people also accept pleas a little less often (the \
            scenario's plea_acceptance.counsel_effect).
            """,
        parameters: [
            ParameterSpec(
                "coverage", .number(0...1), default: .number(1), unit: "probability",
                help: "Probability that a lawyer is present."),
            ParameterSpec(
                "ror_instead_of_bail", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Probability that counsel wins recognizance instead of money bail."),
            ParameterSpec(
                "bail_multiplier", .number(0...1), default: .number(0.6), unit: "multiplier",
                help: "Multiplier of the bail amount when bail is still set."),
        ],
        make: { parameters, _ in
            .counsel(
                CounselAtFirstAppearance(
                    coverage: parameters.number("coverage"),
                    recognizanceInsteadOfBail: parameters.number("ror_instead_of_bail"),
                    bailMultiplier: parameters.number("bail_multiplier")))
        }
    )
}
