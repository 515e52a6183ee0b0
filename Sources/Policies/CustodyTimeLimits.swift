import PolicyKit

/// Custody time limits: release when held beyond a limit without trial, by charge class.
struct CustodyTimeLimits: CustodyLimitPolicy {
    var limitByClass: [Double?]
    /// The terms on which a limit is extended; `nil` releases at the limit.
    var extensions: CustodyLimitExtension? = nil

    func limitDays(_ defendant: Defendant) -> Double? { limitByClass[defendant.chargeClass] }

    func extensionTerms(_ defendant: Defendant) -> CustodyLimitExtension? { extensions }

    /// The parameters of extension on application, shared by both modules (off by default:
    /// `max_extensions` 0 releases everyone at the limit, as before).
    static let extensionParameters = [
        ParameterSpec(
            "max_extensions", .integer(0...100), default: .integer(0), unit: "extensions",
            help: "Most extensions granted on one case; 0 releases at the limit without an application."),
        ParameterSpec(
            "extension_probability", .number(0...1), default: .number(0.9), unit: "probability",
            help: "Chance that an application to extend is granted (assumed: most succeed; no published rate)."),
        ParameterSpec(
            "extension_days", .number(1...10_000), default: .number(28), unit: "days",
            help: "Days each granted extension adds to the limit (assumed)."),
    ]

    /// The terms of extension the parameters give, `nil` with `max_extensions` 0.
    static func extensions(_ parameters: PolicyParameters) -> CustodyLimitExtension? {
        let maximum = parameters.integer("max_extensions")
        guard maximum > 0 else { return nil }
        return CustodyLimitExtension(
            grantProbability: parameters.number("extension_probability"), days: parameters.number("extension_days"),
            maximumExtensions: maximum)
    }

    /// The England and Wales module.
    static let englandAndWales = PolicyModule(
        name: "custody-time-limits",
        decisionPoint: .custodyLimit,
        summary: "England & Wales custody time limits: 56 days (magistrates), 182 days (Crown Court).",
        description: """
            The Prosecution of Offences (Custody Time Limits) Regulations 1987 (SI 1987/299) \
            limit custody before trial to 56 days for cases tried in the magistrates' courts \
            and 182 days for cases sent to the Crown Court; when the limit expires the person \
            must be released on bail unless the court extends it. Charge classes listed in \
            magistrates_classes get magistrates_days; all others crown_court_days. \
            extension_share lengthens every limit by that share, for courts that routinely \
            grant extensions (as during the COVID-19 backlog, when the limit was raised to 238 \
            days by SI 2020/953). With max_extensions above 0, a person who reaches the limit \
            is not released at once: the prosecution applies for an extension (Prosecution of \
            Offences Act 1985, s. 22(3)), granted with extension_probability for extension_days, \
            up to max_extensions times; a refused application releases them on bail. Most \
            applications succeed in England and Wales, but no grant rate is published: the \
            default 0.9 and the 28 days are assumed.
            """,
        parameters: [
            ParameterSpec(
                "magistrates_classes", .names, default: .names(["misdemeanor"]),
                help: "Charge classes tried summarily, with the shorter limit."),
            ParameterSpec(
                "magistrates_days", .number(1...10_000), default: .number(56), unit: "days",
                help: "Custody limit for magistrates' court cases."),
            ParameterSpec(
                "crown_court_days", .number(1...10_000), default: .number(182), unit: "days",
                help: "Custody limit for Crown Court cases."),
            ParameterSpec(
                "extension_share", .number(0...10), default: .number(0), unit: "share",
                help: "Extra share added to every limit by routine extensions."),
        ] + extensionParameters,
        make: { parameters, population throws(PolicyParameterError) in
            let magistrates = try population.chargeClassFlags(
                parameters.names("magistrates_classes"),
                parameter: "magistrates_classes")
            let stretch = 1 + parameters.number("extension_share")
            let limits: [Double?] = magistrates.map {
                ($0 ? parameters.number("magistrates_days") : parameters.number("crown_court_days")) * stretch
            }
            return .custodyLimit(CustodyTimeLimits(limitByClass: limits, extensions: extensions(parameters)))
        }
    )

    /// The US speedy-trial module.
    static let speedyTrial = PolicyModule(
        name: "speedy-trial-limit",
        decisionPoint: .custodyLimit,
        summary: "US speedy-trial style limit: release of detained people not tried within N days.",
        description: """
            Speedy-trial statutes limit how long a detained person may wait for trial: the \
            federal Speedy Trial Act gives detained defendants trial within 90 days \
            (18 U.S.C. § 3164), California 60 days for felonies (Penal Code § 1382), New York \
            90 days for detained felony defendants (CPL 30.30(2)). A person held longer than \
            limit_days without trial is released. Classes in exempt_classes have no limit. \
            max_extensions above 0 lets the court extend the limit on the prosecution's \
            motion (a continuance for good cause, e.g. 18 U.S.C. § 3161(h)(7)), granted with \
            extension_probability for extension_days each (both assumed).
            """,
        parameters: [
            ParameterSpec(
                "limit_days", .number(1...10_000), default: .number(90), unit: "days",
                help: "Days of pre-trial custody after which the person is released."),
            ParameterSpec(
                "exempt_classes", .names, default: .names([]),
                help: "Charge classes without a limit."),
        ] + extensionParameters,
        make: { parameters, population throws(PolicyParameterError) in
            var limits: [Double?] = Array(
                repeating: parameters.number("limit_days"), count: population.chargeClasses.count)
            for name in parameters.names("exempt_classes") {
                limits[try population.chargeClass(named: name, parameter: "exempt_classes")] = nil
            }
            return .custodyLimit(CustodyTimeLimits(limitByClass: limits, extensions: extensions(parameters)))
        }
    )
}
