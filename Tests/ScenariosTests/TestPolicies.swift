import PolicyKit

/// Tiny policy modules for the loader's tests, independent of the built-in `Policies` target:
/// each policy keeps the parameters it was made with, so a test can read them back.
enum TestPolicies {
    /// A release policy that keeps its parameters.
    struct Release: ReleasePolicy {
        let parameters: PolicyParameters
        func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision { .recognizance }
    }

    /// A plea policy that keeps its parameters.
    struct Plea: PleaPolicy {
        let parameters: PolicyParameters
        func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer? { nil }
    }

    /// Books everyone.
    struct Book: ArrestPolicy {
        func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision { .book }
    }

    /// No counsel.
    struct NoCounsel: CounselPolicy {
        func counsel(_ defendant: Defendant, random: any RandomSource) -> CounselOutcome { .absent }
    }

    /// First come, first served, or by priority.
    struct Scheduling: SchedulingPolicy {
        let name: String
        var usesPriority: Bool { name != "fifo" }
        func priority(_ defendant: Defendant) -> Double { 0 }
    }

    /// A fixed custody limit.
    struct Limit: CustodyLimitPolicy {
        let days: Double
        func limitDays(_ defendant: Defendant) -> Double? { days }
    }

    /// The release module: one parameter of every kind, and a check of class names against
    /// the population when the policy is made.
    static let release = PolicyModule(
        name: "test-release", decisionPoint: .release, summary: "Test release.", description: "For tests.",
        parameters: [
            ParameterSpec("ror_probability", .number(0...1), default: .number(0.3), help: "ROR share."),
            ParameterSpec(
                "bail_median", .number(0...1_000_000), default: .number(2000), help: "Median bail."),
            ParameterSpec("rounds", .integer(0...10), default: .integer(1), help: "Rounds."),
            ParameterSpec("strict", .flag, default: .flag(false), help: "Strict."),
            ParameterSpec("mode", .choice(["soft", "hard"]), default: .text("soft"), help: "Mode."),
            ParameterSpec("classes", .names, default: .names([]), help: "Classes."),
            ParameterSpec("amounts", .table(0...1_000_000), default: .table([:]), help: "Amounts."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            for name in parameters.names("classes") {
                _ = try population.chargeClass(named: name, parameter: "classes")
            }
            return .release(Release(parameters: parameters))
        })

    /// The plea module.
    static let plea = PolicyModule(
        name: "test-plea", decisionPoint: .plea, summary: "Test plea.", description: "For tests.",
        parameters: [ParameterSpec("sentence_share", .number(0...1), default: .number(0.6), help: "Share.")],
        make: { parameters, _ in .plea(Plea(parameters: parameters)) })

    /// The custody limit module.
    static let limit = PolicyModule(
        name: "test-limit", decisionPoint: .custodyLimit, summary: "Test limit.", description: "For tests.",
        parameters: [ParameterSpec("days", .number(1...10_000), default: .number(182), help: "Days.")],
        make: { parameters, _ in .custodyLimit(Limit(days: parameters.number("days"))) })

    /// A module with no parameters.
    static func plain(
        _ name: String, _ point: DecisionPoint, _ instance: @escaping @Sendable () -> PolicyInstance
    )
        -> PolicyModule
    {
        PolicyModule(
            name: name, decisionPoint: point, summary: name, description: "For tests.", parameters: [],
            make: { _, _ in instance() })
    }

    /// A registry of the test modules, with or without the defaults for arrest, counsel and
    /// scheduling.
    static func registry(withDefaults: Bool = true) -> PolicyRegistry {
        var registry = PolicyRegistry()
        for module in [
            release, plea, limit,
            plain("detained-first", .scheduling) { .scheduling(Scheduling(name: "detained-first")) },
        ] {
            try? registry.register(module)
        }
        if withDefaults {
            for module in [
                plain("book-all", .arrest) { .arrest(Book()) },
                plain("no-counsel", .counsel) { .counsel(NoCounsel()) },
                plain("fifo", .scheduling) { .scheduling(Scheduling(name: "fifo")) },
            ] {
                try? registry.registerDefault(module)
            }
        }
        return registry
    }
}
