import PolicyKit

/// Trials in the order cases become ready for trial.
struct FirstComeFirstServed: SchedulingPolicy {
    var usesPriority: Bool { false }
    func priority(_ defendant: Defendant) -> Double { 0 }

    /// The module.
    static let module = PolicyModule(
        name: "fifo",
        decisionPoint: .scheduling,
        summary: "Trials first come, first served.",
        description: """
            Cases are tried in the order they join the trial queue, whether or not the \
            defendant is detained: the usual docket order when no statute or rule gives \
            detained cases priority.
            """,
        parameters: [],
        make: { _, _ in .scheduling(FirstComeFirstServed()) }
    )
}
