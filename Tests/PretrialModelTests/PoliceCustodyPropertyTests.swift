@testable import PretrialModel
import SimKernel
import Testing

/// Police custody on the audited models of ``PersonPropertyTests`` (with re-arrests, holds and
/// revocation, so a person may have several cases) and on R1 (custody kept on the cases alone):
/// releases without charge and under investigation keep persons, cases and the jail
/// population consistent.
@Suite("Properties of police custody: conservation and the jail population")
struct PoliceCustodyPropertyTests {
    /// `configuration` with police custody: a fifth released without charge, a fifth under
    /// investigation (half of which lapse after about 20 days).
    static func withPoliceCustody(_ configuration: ModelConfiguration) throws -> ModelConfiguration {
        var configuration = configuration
        configuration.policeCustody = PoliceCustody(
            hours: try .exponential(mean: 14), limitHours: 24, extendedLimitHours: 36, extensionProbability: 0.3,
            releasedWithoutCharge: 0.2, releasedUnderInvestigation: 0.2, investigationDays: try .exponential(mean: 20),
            investigationLapses: 0.5)
        return configuration
    }

    @Test("persons and cases are conserved, and ended cases never reach court", arguments: [false, true])
    func conservation(countyLike: Bool) throws {
        let base = try countyLike ? PersonPropertyTests.countyLike() : PersonPropertyTests.rearrestingR1()
        let (metrics, audit) = try PersonPropertyTests.audited(Self.withPoliceCustody(base))
        #expect(audit.personsEntered == audit.personsLeft + audit.personsInSystemAtEnd)
        #expect(audit.casesOpened == audit.casesDisposed + audit.casesOpenAtEnd)
        #expect(audit.personsInSystemAtEnd == 0 && audit.casesOpenAtEnd == 0)
        #expect(audit.negativeJailPopulation == 0 && audit.jailPopulationMismatches == 0)
        #expect(audit.failuresToAppearWhileHeld == 0 && audit.newArrestsWhileHeld == 0)
        let withoutCharge = metrics.numerator(.releasedWithoutChargeShare, .overall)
        let lapsed = metrics.numerator(.investigationLapsedShare, .overall)
        #expect(withoutCharge > 0 && lapsed > 0)
        #expect(metrics.overall(.arrests) == metrics.overall(.casesDisposed) + withoutCharge + lapsed)
        let people = metrics.overall(.peopleInJailAverage)
        #expect(abs(metrics.overall(.jailPopulationAverage) - people) < 1e-6 * people)
    }

    @Test("on R1, where custody is kept on the cases alone, the jail population matches the hours held")
    func perCaseCustody() throws {
        var configuration = try R1Configuration.make(arrestWindowDays: 120, rate: 40, warmUpDays: 0)
        configuration.policeCustody = PoliceCustody(hours: try .constant(12), limitHours: 24, releasedWithoutCharge: 1)
        let metrics = try PretrialSimulation.run(configuration, seed: 3, replication: 0)
        // Everyone booked is released without charge after 12 hours: half a day each.
        #expect(metrics.overall(.releasedWithoutChargeShare) == 1)
        #expect(metrics.overall(.casesDisposed) == 0)
        #expect(abs(metrics.overall(.policeCustodyHoursMean) - 12) < 1e-9)
        #expect(abs(metrics.overall(.pretrialDetentionDays) - 0.5 * metrics.overall(.bookedShare)) < 1e-6)
    }
}
