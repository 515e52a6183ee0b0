import PretrialModel
import SimKernel
import Testing

/// How cases end: each mechanism, switched on in the R1 model built in code, does what its
/// documentation says, and a charge class's own court dates are the process's when equal.
@Suite("How cases end: evidence, dismissal, diversion, pleas at first appearance, sentences, court response")
struct CaseEndingTests {
    static func run(_ configuration: ModelConfiguration, replication: Int = 0) throws -> ReplicationMetrics {
        try PretrialSimulation.run(configuration, seed: 21, replication: replication)
    }

    /// Whether two replications' figures are the same, bit for bit (NaN equal to NaN).
    static func same(_ a: ReplicationMetrics, _ b: ReplicationMetrics) -> Bool {
        a.values.keys == b.values.keys
            && a.values.allSatisfy { metric, values in
                let other = b.values[metric] ?? []
                return values.count == other.count
                    && zip(values, other).allSatisfy { $0.bitPattern == $1.bitPattern }
            }
    }

    /// The count behind a share: its numerator overall.
    static func count(_ metrics: ReplicationMetrics, _ metric: MetricID) -> Double {
        metrics.numerator(metric, .overall)
    }

    @Test("a class's own court-date interval and number of court dates equal the process's when the same")
    func classCourtDatesOverrideTheProcess() throws {
        var processWide = try R1Configuration.make(arrestWindowDays: 60)
        processWide.process.courtDateInterval = try .gamma(shape: 2, scale: 20)
        processWide.process.courtDatesBeforeTrial = 3
        var byClass = try R1Configuration.make(arrestWindowDays: 60)
        byClass.population.chargeClasses[0].courtDateInterval = try .gamma(shape: 2, scale: 20)
        byClass.population.chargeClasses[0].courtDatesBeforeTrial = 3
        let a = try Self.run(processWide)
        let b = try Self.run(byClass)
        #expect(Self.same(a, b))
        // And the class's interval does change the figures from R1's.
        let r1 = try Self.run(try R1Configuration.make(arrestWindowDays: 60))
        #expect(b.overall(.timeToDispositionDaysMedian) > r1.overall(.timeToDispositionDaysMedian) + 10)
    }

    @Test("pleas at first appearance: with offers and acceptance certain, every case ends there")
    func pleasAtFirstAppearance() throws {
        var configuration = try R1Configuration.make(arrestWindowDays: 60, acceptance: (1, 1))
        configuration.population.chargeClasses[0].firstAppearancePleaOffer = 1
        let metrics = try Self.run(configuration)
        #expect(metrics.overall(.pleaShare) == 1)
        #expect(metrics.overall(.casesTried) == 0)
        // First appearance comes after an exponential delay of mean 1 day (median 0.69).
        #expect(metrics.overall(.timeToDispositionDaysMedian) < 1)
        #expect(metrics.overall(.trialShare) == 0)
    }

    @Test("diversion offered only at liberty ends exactly the cases released at first appearance")
    func diversionAtLiberty() throws {
        var configuration = try R1Configuration.make(arrestWindowDays: 60)
        configuration.population.chargeClasses[0].diversionOfferReleased = 1
        configuration.process.diversion = DiversionModel(acceptance: 1, courtDates: 1)
        let metrics = try Self.run(configuration)
        let arrests = metrics.overall(.arrests)
        let held = Self.count(metrics, .detainedPastFirstAppearanceShare)
        // R1 has no later posting, dismissal or failure to appear: everyone released at first
        // appearance is at liberty at the first court date, and nobody held is.
        #expect(Self.count(metrics, .diversionShare) == arrests - held)
        #expect(metrics.overall(.convictionShare) < 0.8)
        // Diversion is not a conviction.
        #expect(abs(metrics.overall(.convictionShare) + metrics.overall(.diversionShare) - 1) < 1e-12)
    }

    @Test("weak cases are dropped: evidence linked to guilt moves dismissals from the guilty to the innocent")
    func evidenceDrivesDismissal() throws {
        var plain = try R1Configuration.make(arrestWindowDays: 90, innocentConviction: 0.2, guilt: 0.7)
        plain.process.dismissalPerCourtDate = 0.2
        var weighed = plain
        weighed.process.evidence = EvidenceModel(guiltyMean: 0.8, innocentMean: 0.2, concentration: 10)
        weighed.process.dismissal = DismissalModel(evidenceSlope: 6, evidenceReference: 0.5)
        let a = try Self.run(plain)
        let b = try Self.run(weighed)
        let innocentA = a.overall(.innocentConvictions)
        let innocentB = b.overall(.innocentConvictions)
        #expect(innocentB < 0.75 * innocentA, "innocent convictions \(innocentA) → \(innocentB)")
        let guiltyA = Self.count(a, .convictionShare) - innocentA
        let guiltyB = Self.count(b, .convictionShare) - innocentB
        #expect(guiltyB > guiltyA, "convictions of the guilty \(guiltyA) → \(guiltyB)")
        // Without an evidence model the slope has nothing to act on.
        var slopeOnly = plain
        slopeOnly.process.dismissal = DismissalModel(evidenceSlope: 6, evidenceReference: 0.5)
        #expect(Self.same(try Self.run(slopeOnly), a))
    }

    @Test("detained people's cases are dismissed less; declination drops booked cases before the hearing")
    func detentionAndDeclination() throws {
        var equal = try R1Configuration.make(arrestWindowDays: 60)
        equal.process.dismissalPerCourtDate = 0.3
        var lessWhenHeld = equal
        lessWhenHeld.process.dismissal = DismissalModel(detainedLogOdds: -50)
        let a = try Self.run(equal)
        let b = try Self.run(lessWhenHeld)
        // R1's people held at first appearance stay held to disposition: none of them is
        // dismissed now, while people at liberty still are. (The few held more than 3 days
        // only because their first appearance came late, and released then, still can be.)
        #expect(b.overall(.dismissalShare) > 0.05)
        #expect(b.overall(.dismissalShare) < a.overall(.dismissalShare) - 0.05)
        #expect(b.overall(.detainedPast3DaysNotConvicted) < 0.1 * a.overall(.detainedPast3DaysNotConvicted))

        var declined = try R1Configuration.make(arrestWindowDays: 60)
        declined.process.dismissal = DismissalModel(declinationAtFirstAppearance: 1)
        let ended = try Self.run(declined)
        #expect(ended.overall(.dismissalShare) == 1)
        #expect(ended.overall(.moneyBailShare).isNaN, "no first appearance is held")
    }

    @Test("sentences: time served for people held, probation for people at liberty")
    func sentencingRules() throws {
        // R1's sentence is a constant 30 days.
        let plain = try Self.run(try R1Configuration.make(arrestWindowDays: 90))
        #expect(plain.overall(.custodialSentenceShare) == 1)
        // 30 days after trial, 18 (0.6 of it) after a plea.
        let plainDays = plain.overall(.custodialSentenceDays)
        #expect(plainDays > 18 && plainDays < 30)
        #expect(plain.overall(.detainedLongerThanCustodialSentence) > 0)

        var timeServed = try R1Configuration.make(arrestWindowDays: 90)
        timeServed.courts.sentencing = SentencingRules(timeServedWhenDetained: 1)
        let held = try Self.run(timeServed)
        #expect(held.overall(.detainedLongerThanCustodialSentence) == 0)
        #expect(held.overall(.custodialSentenceDays) > plainDays + 5)

        var probation = try R1Configuration.make(arrestWindowDays: 90)
        probation.courts.sentencing = SentencingRules(probationWhenReleased: 1)
        let released = try Self.run(probation)
        // Only people held at disposition keep a custodial sentence: in R1, those held at
        // first appearance (the rest are released then and stay at liberty).
        let custodial = Self.count(released, .custodialSentenceShare)
        #expect(custodial == Self.count(released, .detainedPastFirstAppearanceShare))
        #expect(released.overall(.custodialSentenceShare) < 0.8)
    }

    @Test("courts under load: better offers and more dismissals slow the growth of an overloaded trial queue")
    func courtResponse() throws {
        // Trials of mean 0.6 days in 12 courtrooms: 20 a day, fewer than the cases that reach trial.
        let overloaded = try R1Configuration.make(trialScale: 0.3, arrestWindowDays: 200)
        var responding = overloaded
        responding.courts.response = CourtResponse(
            referenceBacklog: 50, offerDiscountPerBacklogCase: 0.002, dismissalPerBacklogCase: 0.001)
        let a = try Self.run(overloaded)
        let b = try Self.run(responding)
        #expect(a.overall(.trialBacklogAtWindowEnd) > 500, "the court must be overloaded to test this")
        #expect(b.overall(.trialBacklogAtWindowEnd) < 0.75 * a.overall(.trialBacklogAtWindowEnd))
        #expect(b.overall(.dismissalShare) > 0)
        #expect(a.overall(.dismissalShare) == 0)
        // A response that never triggers changes nothing.
        var idle = overloaded
        idle.courts.response = CourtResponse(
            referenceBacklog: 1e9, offerDiscountPerBacklogCase: 0.002, dismissalPerBacklogCase: 0.001)
        #expect(Self.same(try Self.run(idle), a))
    }
}
