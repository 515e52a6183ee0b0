import PolicyKit

/// The policy rule `pretrial plugin new` writes for one decision point: a simple, documented
/// rule that works as it stands, for the author to change into their own.
struct PluginPolicyTemplate {
    /// The decision point it serves.
    var decisionPoint: DecisionPoint
    /// The Swift type of the policy, which also names its source and test files.
    var typeName: String
    /// One line for `pretrial policies`.
    var summary: String
    /// The policy type, in Swift; ``PluginTemplates`` adds the module that declares it.
    var policy: String
    /// The parameter specifications, in Swift (elements of an array literal).
    var parameters: String
    /// The body of the module's `make` closure (it has `parameters` and `population`).
    var make: String
    /// One paragraph for `pretrial policies NAME`.
    var description: String
    /// Parameters given in the scenario (YAML flow mapping), so the file shows where they go.
    var scenarioParameters: String
    /// The body of the package's test: it has `population`, `random` and `defendant(priors:…)`,
    /// and `policy`, the policy built with the module's default parameters.
    var test: String
    /// The test's name.
    var testName: String

    /// The PolicyKit protocol the policy conforms to, e.g. `ReleasePolicy`.
    var protocolName: String {
        switch decisionPoint {
        case .arrest: "ArrestPolicy"
        case .counsel: "CounselPolicy"
        case .risk: "RiskInstrument"
        case .release: "ReleasePolicy"
        case .bailReview: "BailReviewPolicy"
        case .plea: "PleaPolicy"
        case .scheduling: "SchedulingPolicy"
        case .custodyLimit: "CustodyLimitPolicy"
        case .bailFund: "BailFundPolicy"
        case .stationCounsel: "StationCounselPolicy"
        }
    }

    /// The template for `point`.
    static func forPoint(_ point: DecisionPoint) -> PluginPolicyTemplate {
        switch point {
        case .release: release
        case .plea: plea
        case .arrest: arrest
        case .counsel: counsel
        case .risk: risk
        case .bailReview: bailReview
        case .scheduling: scheduling
        case .custodyLimit: custodyLimit
        case .bailFund: bailFund
        case .stationCounsel: stationCounsel
        }
    }

    static let release = PluginPolicyTemplate(
        decisionPoint: .release, typeName: "PriorsThresholdRelease",
        summary: "Recognizance below a priors threshold, an unsecured bond up to a second one, else money bail.",
        policy: """
            /// Releases on recognizance everyone with fewer than `maximumPriors` prior arrests, on an
            /// unsecured bond of `bailAmount` dollars (owed only on a failure to appear) everyone with
            /// fewer than `maximumPriorsUnsecured`, and sets money bail of `bailAmount` for everyone else.
            /// The other outcomes a release policy can return are `.conditions(ftaReduction:)` and
            /// `.detain`; whether money bail is paid in cash or through a bondsman is the bail market's.
            struct PriorsThresholdRelease: ReleasePolicy {
                /// People with fewer priors than this are released on recognizance.
                var maximumPriors: Int
                /// People with fewer priors than this (and not released on recognizance) get an
                /// unsecured bond.
                var maximumPriorsUnsecured: Int
                /// The bond or bail, in dollars.
                var bailAmount: Double

                func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
                    if defendant.priors < maximumPriors { return .recognizance }
                    if defendant.priors < maximumPriorsUnsecured { return .unsecuredBond(amount: bailAmount) }
                    return .moneyBail(amount: bailAmount)
                }
            }
            """,
        parameters: """
                    ParameterSpec("max_priors", .integer(0...1000), default: .integer(2), unit: "prior arrests",
                                  help: "People with fewer prior arrests than this are released on recognizance."),
                    ParameterSpec("max_priors_unsecured", .integer(0...1000), default: .integer(4), unit: "prior arrests",
                                  help: "People with fewer prior arrests than this get an unsecured bond."),
                    ParameterSpec("bail_amount", .number(0...1e9), default: .number(2000), unit: "dollars",
                                  help: "The unsecured bond or money bail for everyone else."),
            """,
        make: """
                    .release(PriorsThresholdRelease(maximumPriors: parameters.integer("max_priors"),
                                                    maximumPriorsUnsecured: parameters.integer("max_priors_unsecured"),
                                                    bailAmount: parameters.number("bail_amount")))
            """,
        description: """
            Release on recognizance for everyone with fewer than max_priors prior arrests on record; \\
            an unsecured bond of bail_amount dollars (nothing posted, owed on a failure to appear) for \\
            fewer than max_priors_unsecured; money bail of bail_amount dollars for everyone else. No \\
            randomness: the same record always gets the same decision.
            """,
        scenarioParameters: "{max_priors: 2, max_priors_unsecured: 4, bail_amount: 2000}",
        test: """
                #expect(policy.decide(defendant(priors: 0), random: random) == .recognizance)
                #expect(policy.decide(defendant(priors: 1), random: random) == .recognizance)
                #expect(policy.decide(defendant(priors: 2), random: random) == .unsecuredBond(amount: 2000))
                #expect(policy.decide(defendant(priors: 4), random: random) == .moneyBail(amount: 2000))
            """,
        testName: "recognizance below the threshold, an unsecured bond below the second, others money bail")

    static let plea = PluginPolicyTemplate(
        decisionPoint: .plea, typeName: "FixedDiscountPlea",
        summary: "A plea offer at a fixed discount at every court date from a given one on.",
        policy: """
            /// Offers a plea at a fixed share of the expected sentence at every court date from
            /// `firstCourtDate` on, and none before.
            struct FixedDiscountPlea: PleaPolicy {
                /// The first court date with an offer (1 = the first after first appearance).
                var firstCourtDate: Int
                /// The offered sentence as a share of the expected sentence after trial.
                var sentenceShare: Double

                func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer? {
                    courtDate >= firstCourtDate ? PleaOffer(sentenceShare: sentenceShare) : nil
                }
            }
            """,
        parameters: """
                    ParameterSpec("first_court_date", .integer(1...100), default: .integer(1), unit: "court dates",
                                  help: "The first court date at which a plea is offered."),
                    ParameterSpec("sentence_share", .number(0...1), default: .number(0.7), unit: "share",
                                  help: "The offered sentence as a share of the expected sentence after trial."),
            """,
        make: """
                    .plea(FixedDiscountPlea(firstCourtDate: parameters.integer("first_court_date"),
                                            sentenceShare: parameters.number("sentence_share")))
            """,
        description: """
            A plea offer of sentence_share of the expected sentence after conviction at trial (0.7 = a \\
            30% discount) at every court date from first_court_date on, to everyone alike.
            """,
        scenarioParameters: "{first_court_date: 1, sentence_share: 0.7}",
        test: """
                #expect(policy.offer(defendant(priors: 0), courtDate: 1, random: random) == PleaOffer(sentenceShare: 0.7))
                let later = try #require(try FixedDiscountPlea.module.instantiate(["first_court_date": .integer(2)],
                                                                             population: population).policy as? any PleaPolicy)
                #expect(later.offer(defendant(priors: 0), courtDate: 1, random: random) == nil)
                #expect(later.offer(defendant(priors: 0), courtDate: 2, random: random) == PleaOffer(sentenceShare: 0.7))
            """,
        testName: "the offer comes at the first court date given, at the discount given")

    static let arrest = PluginPolicyTemplate(
        decisionPoint: .arrest, typeName: "PriorsCitation",
        summary: "Cite and release people with few prior arrests; book everyone else.",
        policy: """
            /// Cites and releases at arrest everyone with at most `maximumPriors` prior arrests, and
            /// books everyone else.
            struct PriorsCitation: ArrestPolicy {
                /// The most priors a person may have and still be cited.
                var maximumPriors: Int

                func decide(_ defendant: Defendant, random: any RandomSource) -> ArrestDecision {
                    defendant.priors <= maximumPriors ? .citeAndRelease : .book
                }
            }
            """,
        parameters: """
                    ParameterSpec("max_priors", .integer(0...1000), default: .integer(0), unit: "prior arrests",
                                  help: "People with at most this many prior arrests are cited and released."),
            """,
        make: """
                    .arrest(PriorsCitation(maximumPriors: parameters.integer("max_priors")))
            """,
        description: """
            A citation in lieu of arrest for everyone with at most max_priors prior arrests on record \\
            (0 = first arrests only); everyone else is booked and held until first appearance.
            """,
        scenarioParameters: "{max_priors: 0}",
        test: """
                #expect(policy.decide(defendant(priors: 0), random: random) == .citeAndRelease)
                #expect(policy.decide(defendant(priors: 1), random: random) == .book)
            """,
        testName: "first arrests are cited, people with priors are booked")

    static let counsel = PluginPolicyTemplate(
        decisionPoint: .counsel, typeName: "CoverageCounsel",
        summary: "A lawyer at first appearance for a share of defendants, with fixed effects.",
        policy: """
            /// A lawyer at first appearance with probability `coverage`; a represented defendant given
            /// money bail is released on recognizance instead with `recognizanceInsteadOfBail`, and
            /// otherwise has the bail multiplied by `bailMultiplier`.
            struct CoverageCounsel: CounselPolicy {
                /// The share of defendants with a lawyer.
                var coverage: Double
                /// Probability that a lawyer argues money bail down to recognizance.
                var recognizanceInsteadOfBail: Double
                /// Multiplier of the bail a lawyer does not argue away.
                var bailMultiplier: Double

                func counsel(_ defendant: Defendant, random: any RandomSource) -> CounselOutcome {
                    // One draw for everyone, so the luck a person uses does not depend on the outcome.
                    guard random.uniform() < coverage else { return .absent }
                    return CounselOutcome(present: true, recognizanceInsteadOfBail: recognizanceInsteadOfBail,
                                          bailMultiplier: bailMultiplier)
                }
            }
            """,
        parameters: """
                    ParameterSpec("coverage", .number(0...1), default: .number(0.6), unit: "share",
                                  help: "The share of defendants represented at first appearance."),
                    ParameterSpec("recognizance_instead_of_bail", .number(0...1), default: .number(0.2), unit: "probability",
                                  help: "Probability that a lawyer turns money bail into release on recognizance."),
                    ParameterSpec("bail_multiplier", .number(0...10), default: .number(0.8), unit: "factor",
                                  help: "Multiplier of the bail set for a represented defendant."),
            """,
        make: """
                    .counsel(CoverageCounsel(coverage: parameters.number("coverage"),
                                             recognizanceInsteadOfBail: parameters.number("recognizance_instead_of_bail"),
                                             bailMultiplier: parameters.number("bail_multiplier")))
            """,
        description: """
            Counsel at first appearance for a share coverage of defendants, drawn at random. A lawyer \\
            turns money bail into release on recognizance with probability recognizance_instead_of_bail \\
            and otherwise multiplies the bail by bail_multiplier.
            """,
        scenarioParameters: "{coverage: 0.6, recognizance_instead_of_bail: 0.2, bail_multiplier: 0.8}",
        test: """
                // The test's random source draws 0.5: below the coverage of 0.6, above one of 0.4.
                #expect(policy.counsel(defendant(priors: 0), random: random)
                            == CounselOutcome(present: true, recognizanceInsteadOfBail: 0.2, bailMultiplier: 0.8))
                let sparse = try #require(try CoverageCounsel.module.instantiate(["coverage": .number(0.4)],
                                                                              population: population).policy as? any CounselPolicy)
                #expect(sparse.counsel(defendant(priors: 0), random: random) == .absent)
            """,
        testName: "a draw below the coverage gives a lawyer with the effects given, above it none")

    static let risk = PluginPolicyTemplate(
        decisionPoint: .risk, typeName: "PriorsCountScore",
        summary: "A risk score rising with prior arrests, reaching 1 at a given count.",
        policy: """
            /// Scores risk as the number of prior arrests over `priorsAtMaximum`, capped at 1.
            struct PriorsCountScore: RiskInstrument {
                /// The number of priors that scores 1.
                var priorsAtMaximum: Double

                func score(_ defendant: Defendant, random: any RandomSource) -> Double {
                    min(1, Double(defendant.priors) / priorsAtMaximum)
                }
            }
            """,
        parameters: """
                    ParameterSpec("priors_at_max", .number(1...1000), default: .number(10), unit: "prior arrests",
                                  help: "The number of prior arrests that scores 1, the highest risk."),
            """,
        make: """
                    .risk(PriorsCountScore(priorsAtMaximum: parameters.number("priors_at_max")))
            """,
        description: """
            A risk score of priors / priors_at_max, capped at 1: it sees only the arrest record, so it \\
            carries any bias of policing into the decisions that use it (a release module that reads \\
            the score, such as risk-assessment-release).
            """,
        scenarioParameters: "{priors_at_max: 10}",
        test: """
                #expect(policy.score(defendant(priors: 0), random: random) == 0)
                #expect(policy.score(defendant(priors: 5), random: random) == 0.5)
                #expect(policy.score(defendant(priors: 40), random: random) == 1)
            """,
        testName: "the score is priors over the count that scores 1, capped at 1")

    static let bailReview = PluginPolicyTemplate(
        decisionPoint: .bailReview, typeName: "LowBailReview",
        summary: "Release on recognizance at a review after some days for bail up to an amount.",
        policy: """
            /// Reviews, `delayDays` after first appearance, the bail of everyone still held on bail of
            /// at most `maximumBail` dollars, and releases them on recognizance.
            struct LowBailReview: BailReviewPolicy {
                /// Days from first appearance to the review.
                var delayDays: Double
                /// The largest bail reviewed, in dollars.
                var maximumBail: Double

                func reviewDelay(_ defendant: Defendant, bail: Double) -> Double? {
                    bail <= maximumBail ? delayDays : nil
                }

                func review(_ defendant: Defendant, bail: Double, random: any RandomSource) -> ReleaseDecision {
                    .recognizance
                }
            }
            """,
        parameters: """
                    ParameterSpec("delay_days", .number(0...365), default: .number(7), unit: "days",
                                  help: "Days from first appearance to the review."),
                    ParameterSpec("max_bail", .number(0...1e9), default: .number(1000), unit: "dollars",
                                  help: "Bail up to this amount is reviewed; higher bail is not."),
            """,
        make: """
                    .bailReview(LowBailReview(delayDays: parameters.number("delay_days"),
                                              maximumBail: parameters.number("max_bail")))
            """,
        description: """
            A bail review delay_days after first appearance for everyone still held on money bail of \\
            at most max_bail dollars, which releases them on recognizance: nobody stays in jail long \\
            for want of a small sum.
            """,
        scenarioParameters: "{delay_days: 7, max_bail: 1000}",
        test: """
                #expect(policy.reviewDelay(defendant(priors: 0), bail: 500) == 7)
                #expect(policy.reviewDelay(defendant(priors: 0), bail: 5000) == nil)
                #expect(policy.review(defendant(priors: 0), bail: 500, random: random) == .recognizance)
            """,
        testName: "bail up to the amount is reviewed after the delay and released, higher bail is not")

    static let scheduling = PluginPolicyTemplate(
        decisionPoint: .scheduling, typeName: "LongestHeldFirst",
        summary: "Trials of detained people first, the longest held first; then released people.",
        policy: """
            /// Orders the trial queue so that detained people come first, the longest held first, and
            /// released people after them in order of arrival.
            struct LongestHeldFirst: SchedulingPolicy {
                var usesPriority: Bool { true }

                func priority(_ defendant: Defendant) -> Double {
                    // Lower is tried first; released cases share the key 0 and keep their order.
                    defendant.isDetained ? -1 - defendant.daysDetained : 0
                }
            }
            """,
        parameters: "",
        make: """
                    .scheduling(LongestHeldFirst())
            """,
        description: """
            The trial queue gives priority to people held in custody, the longest held first (their \\
            days detained when they join the queue), and then to released people in order of arrival.
            """,
        scenarioParameters: "",
        test: """
                let held = defendant(priors: 0, detainedDays: 30)
                let heldLonger = defendant(priors: 0, detainedDays: 90)
                let released = defendant(priors: 0)
                #expect(policy.usesPriority)
                #expect(policy.priority(heldLonger) < policy.priority(held))
                #expect(policy.priority(held) < policy.priority(released))
            """,
        testName: "detained people come first, the longest held first")

    static let custodyLimit = PluginPolicyTemplate(
        decisionPoint: .custodyLimit, typeName: "UniformCustodyLimit",
        summary: "Release after a fixed number of days held without trial, except for listed charges.",
        policy: """
            /// Releases everyone held `limitDays` without trial, except people charged with a class in
            /// `exempt` (indexed by charge class), who have no limit.
            struct UniformCustodyLimit: CustodyLimitPolicy {
                /// Days in custody before release.
                var limitDays: Double
                /// Whether each charge class is exempt.
                var exempt: [Bool]

                func limitDays(_ defendant: Defendant) -> Double? {
                    exempt[defendant.chargeClass] ? nil : limitDays
                }
            }
            """,
        parameters: """
                    ParameterSpec("limit_days", .number(1...10_000), default: .number(90), unit: "days",
                                  help: "Days held without trial before release."),
                    ParameterSpec("exempt_classes", .names, default: .names([]), unit: "charge classes",
                                  help: "Charge classes with no limit."),
            """,
        make: """
                    .custodyLimit(UniformCustodyLimit(
                        limitDays: parameters.number("limit_days"),
                        exempt: try population.chargeClassFlags(parameters.names("exempt_classes"), parameter: "exempt_classes")))
            """,
        description: """
            A custody time limit of limit_days for everyone held before trial, after which the person \\
            is released, except for the charge classes in exempt_classes, which have no limit.
            """,
        scenarioParameters: "{limit_days: 90, exempt_classes: []}",
        test: """
                #expect(policy.limitDays(defendant(priors: 0)) == 90)
                let exempting = try #require(try UniformCustodyLimit.module.instantiate(["exempt_classes": .names(["any"])],
                                                                                 population: population).policy as? any CustodyLimitPolicy)
                #expect(exempting.limitDays(defendant(priors: 0)) == nil)
            """,
        testName: "everyone has the limit except the exempt charge classes")

    static let stationCounsel = PluginPolicyTemplate(
        decisionPoint: .stationCounsel, typeName: "ShareAdvised",
        summary: "Legal advice in police custody for a share of those held, with fixed effects.",
        policy: """
            /// Legal advice at the police station with probability `share`; advice adds
            /// `releaseWithoutChargeShift` to the chance of release without charge.
            struct ShareAdvised: StationCounselPolicy {
                /// The share of people held who get advice.
                var share: Double
                /// What advice changes.
                var effects: StationAdviceEffects

                func advises(_ defendant: Defendant, random: any RandomSource) -> Bool {
                    // One draw for everyone, so the luck a person uses does not depend on the outcome.
                    random.uniform() < share
                }
            }
            """,
        parameters: """
                    ParameterSpec("share", .number(0...1), default: .number(0.6), unit: "share",
                                  help: "The share of people in police custody who get legal advice."),
                    ParameterSpec("release_without_charge_shift", .number(-1...1), default: .number(0.05),
                                  unit: "probability", help: "Added to the chance of release without charge when advised."),
            """,
        make: """
                    .stationCounsel(ShareAdvised(share: parameters.number("share"),
                                                 effects: StationAdviceEffects(
                                                     releaseWithoutChargeShift: parameters.number("release_without_charge_shift"))))
            """,
        description: """
            Legal advice in police custody for a share share of people held, drawn at random; advice \\
            adds release_without_charge_shift to the chance of release without charge.
            """,
        scenarioParameters: "{share: 0.6, release_without_charge_shift: 0.05}",
        test: """
                // The test's random source draws 0.5: below the share of 0.6.
                #expect(policy.advises(defendant(priors: 0), random: random))
                #expect(policy.effects.releaseWithoutChargeShift == 0.05)
            """,
        testName: "people below the share are advised, with the shift")

    static let bailFund = PluginPolicyTemplate(
        decisionPoint: .bailFund, typeName: "MonthlyBailFund",
        summary: "A fund that posts the smallest bails first from a budget renewed every 30 days.",
        policy: """
            /// Posts bail of at most `maximumBail` dollars, smallest first, while its budget for the
            /// current 30 days lasts. The budget is kept in the `PolicyState` the process passes at
            /// each round (one per replication); the `DecisionContext` gives the day.
            struct MonthlyBailFund: BailFundPolicy {
                /// Dollars the fund can post every 30 days.
                var monthlyBudget: Double
                /// The largest bail the fund posts.
                var maximumBail: Double

                var roundDays: Double { 1 }

                func initialState() -> PolicyState { PolicyState(budget: monthlyBudget) }

                func round(_ candidates: [BailFundCandidate], context: DecisionContext,
                           state: inout PolicyState) -> [Int] {
                    if context.day - state.periodStart >= 30 {
                        state.periodStart = context.day
                        state.budget = monthlyBudget
                    }
                    var chosen: [Int] = []
                    let bySize = candidates.indices.filter { candidates[$0].bail <= maximumBail }
                        .sorted { candidates[$0].bail < candidates[$1].bail }
                    for index in bySize where candidates[index].bail <= state.budget {
                        state.budget -= candidates[index].bail
                        chosen.append(index)
                    }
                    return chosen
                }
            }
            """,
        parameters: """
                    ParameterSpec("monthly_budget", .number(0...1e12), default: .number(50_000), unit: "dollars",
                                  help: "Bail the fund can post every 30 days."),
                    ParameterSpec("max_bail", .number(0...1e9), default: .number(2000), unit: "dollars",
                                  help: "The largest bail the fund posts for one person."),
            """,
        make: """
                    .bailFund(MonthlyBailFund(monthlyBudget: parameters.number("monthly_budget"),
                                              maximumBail: parameters.number("max_bail")))
            """,
        description: """
            Every day, posts the bail of people held on money bail of at most max_bail dollars, the \\
            smallest bails first, while the budget of monthly_budget dollars for the current 30 days lasts.
            """,
        scenarioParameters: "{monthly_budget: 50000, max_bail: 2000}",
        test: """
                var state = policy.initialState()
                let held = [BailFundCandidate(defendant: defendant(priors: 0), bail: 30_000, shortfall: 30_000),
                            BailFundCandidate(defendant: defendant(priors: 1), bail: 1_500, shortfall: 1_000),
                            BailFundCandidate(defendant: defendant(priors: 2), bail: 500, shortfall: 400)]
                let context = DecisionContext(day: 1, jailPopulation: 3, trialBacklog: 0)
                #expect(policy.round(held, context: context, state: &state) == [2, 1])
                #expect(state.budget == 48_000)
            """,
        testName: "the smallest bails under the limit are posted first, from the budget")
}
