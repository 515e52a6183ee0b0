import PolicyKit

/// Books every arrested person into custody until first appearance: the default practice in
/// most US jurisdictions for custodial arrests.
struct BookAll: ArrestPolicy {
    func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision { .book }

    /// The module.
    static let module = PolicyModule(
        name: "book-all",
        decisionPoint: .arrest,
        summary: "Book every arrested person (no citation release).",
        description: """
            Every arrest is a custodial arrest: the person is booked and held until first \
            appearance. This is the baseline against which citation-in-lieu-of-arrest reforms \
            are measured.
            """,
        parameters: [],
        make: { _, _ in .arrest(BookAll()) }
    )
}
