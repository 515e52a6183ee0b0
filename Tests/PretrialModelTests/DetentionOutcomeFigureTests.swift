import PolicyKit
import PretrialModel
import SimKernel
import Testing

/// The two figures of what detention costs people whose case did not call for it: those held
/// more than 3 days whose case ended without conviction, and those held longer than their
/// custodial sentence. (They replace a figure that counted the hours of booking against the
/// zero sentence of every acquittal and dismissal: half of all arrests in R1 even when
/// everyone was released at first appearance.)
@Suite("Detention outcome figures: held past 3 days without conviction, held longer than the sentence")
struct DetentionOutcomeFigureTests {
    /// R1 with half the people factually innocent and never convicted at trial.
    static func configuration(releaseEveryone: Bool) throws -> ModelConfiguration {
        let release: (String, [String: ParameterValue]) =
            releaseEveryone
            ? ("r1-release", ["ror_probability": .number(1)])
            : (
                "r1-release",
                ["ror_probability": .number(0), "bail_median": .number(1e9), "bail_sigma": .number(0.001)]
            )
        var configuration = try R1Configuration.make(
            arrestWindowDays: 60, guilt: 0.5,
            extraPolicies: [.release: release])
        configuration.process.firstAppearanceDelay = try .constant(1)
        return configuration
    }

    @Test("nobody counts when everyone is released at first appearance after a day")
    func zeroWhenEveryoneReleased() throws {
        let metrics = try PretrialSimulation.run(try Self.configuration(releaseEveryone: true), seed: 3, replication: 0)
        let acquittedOrDismissed = metrics.overall(.casesDisposed) - metrics.numerator(.convictionShare, .overall)
        #expect(acquittedOrDismissed > 1000, "the test needs cases that end without conviction")
        #expect(metrics.overall(.detainedPast3DaysShare) == 0)
        #expect(metrics.overall(.detainedPast3DaysNotConvicted) == 0)
        #expect(metrics.overall(.detainedLongerThanCustodialSentence) == 0)
    }

    @Test("when everyone is held to disposition, they count the unconvicted and those held past their sentence")
    func countWhenEveryoneHeld() throws {
        let metrics = try PretrialSimulation.run(
            try Self.configuration(releaseEveryone: false), seed: 3, replication: 0)
        let disposed = metrics.overall(.casesDisposed)
        let convictions = metrics.numerator(.convictionShare, .overall)
        let notConvicted = disposed - convictions
        #expect(notConvicted > 1000)
        // Everyone is held until disposition, almost all of them more than 3 days (court dates
        // come after 30 days on average), so nearly every unconvicted case counts, and never more.
        let held = metrics.overall(.detainedPast3DaysNotConvicted)
        #expect(held <= notConvicted)
        #expect(held >= 0.85 * notConvicted, "\(held) of \(notConvicted)")
        // Sentences are 30 days; those who waited longer than that for their disposition and
        // were convicted count, and never more than the convictions.
        let longer = metrics.overall(.detainedLongerThanCustodialSentence)
        #expect(longer > 0 && longer <= convictions, "\(longer) of \(convictions)")
        // Group cells partition the overall figures.
        #expect(
            metrics.value(.detainedPast3DaysNotConvicted, .group("A"))
                + metrics.value(.detainedPast3DaysNotConvicted, .group("B")) == held)
    }
}
