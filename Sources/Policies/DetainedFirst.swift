import PolicyKit

/// Trials of detained defendants before those of released ones; optionally oldest case first.
struct DetainedFirst: SchedulingPolicy {
    var oldestFirst: Bool

    var usesPriority: Bool { true }

    func priority(_ defendant: Defendant) -> Double {
        // Detained cases form one band before released ones; within a band, the order is by
        // arrest day (oldest first) or, with equal keys, by arrival in the queue.
        (defendant.isDetained ? 0 : 1e9) + (oldestFirst ? defendant.arrestDay : 0)
    }

    /// The module.
    static let module = PolicyModule(
        name: "detained-first",
        decisionPoint: .scheduling,
        summary: "Detained cases tried before released ones (optionally oldest first).",
        description: """
            Courts that prioritise custody cases list detained defendants' trials first, as \
            the Crown Court does under the Criminal Practice Directions (custody cases take \
            precedence) and as US speedy-trial rules for detained defendants require (18 \
            U.S.C. § 3164(a): trial of detained persons shall be accorded priority). With \
            oldest_first, cases within each band are ordered by arrest date rather than by \
            readiness for trial. Priority is fixed when the case joins the queue.
            """,
        parameters: [
            ParameterSpec(
                "oldest_first", .flag, default: .flag(false),
                help: "Order each band by arrest date instead of by arrival in the queue.")
        ],
        make: { parameters, _ in .scheduling(DetainedFirst(oldestFirst: parameters.flag("oldest_first"))) }
    )
}
