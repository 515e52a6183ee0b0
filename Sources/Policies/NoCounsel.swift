import PolicyKit

/// No defence lawyer at first appearance: the bail decision is made without counsel, as in
/// most US counties surveyed by Colbert, Paternoster & Bushway (2002) and the Constitution
/// Project (2015).
struct NoCounsel: CounselPolicy {
    func counsel(_ defendant: Defendant, random: any RandomSource) -> CounselOutcome { .absent }

    /// The module.
    static let module = PolicyModule(
        name: "no-counsel",
        decisionPoint: .counsel,
        summary: "No lawyer at first appearance (the status quo in most US counties).",
        description: """
            Nobody is represented at the first appearance where bail is set. Colbert, \
            Paternoster & Bushway (2002, Cardozo Law Review 23:1719) found that most US \
            jurisdictions then provided no counsel at bail hearings, and the Constitution \
            Project's National Right to Counsel Committee (2015) found the same in many states.
            """,
        parameters: [],
        make: { _, _ in .counsel(NoCounsel()) }
    )
}
