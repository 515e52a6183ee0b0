@testable import PretrialModel
import SimKernel
import Testing

/// Properties of persons and custody, on an R1-like model with re-arrests, revocation, failures
/// to appear, remand and holds turned on, and on a county-like model (several charge classes,
/// priors, citations): what must hold whatever the parameters.
@Suite("Properties of persons: conservation, custody, the jail population")
struct PersonPropertyTests {
    /// R1 with people who fail to appear and are re-arrested while released, revocation,
    /// remand after a failure to appear, and holds that rise with priors.
    static func rearrestingR1(
        arrestWindowDays: Double = 120, warmUpDays: Double = 0, holds: HoldProfile? = nil
    ) throws -> ModelConfiguration {
        var configuration = try R1Configuration.make(
            arrestWindowDays: arrestWindowDays, rate: 40, warmUpDays: warmUpDays)
        var charge = configuration.population.chargeClasses[0]
        charge.failureToAppear = 0.15
        charge.newArrestPerDay = 0.01
        charge.priorsEffect = 0.2
        configuration.population.chargeClasses[0] = charge
        configuration.process.courtDatesBeforeTrial = 3
        configuration.process.dismissalPerCourtDate = 0.1
        configuration.behaviour.revocationOnNewArrest = 0.5
        configuration.behaviour.remandAfterFailureToAppear = 0.4
        configuration.holds =
            try holds ?? HoldProfile(probability: 0.1, perPrior: 0.1, maximum: 0.6, duration: .exponential(mean: 10))
        return configuration
    }

    /// A county-like model: three charge classes with their own hazards, priors, citations.
    static func countyLike(arrestWindowDays: Double = 120, warmUpDays: Double = 0) throws -> ModelConfiguration {
        var configuration = try rearrestingR1(
            arrestWindowDays: arrestWindowDays, warmUpDays: warmUpDays,
            holds: HoldProfile(probability: 0.05, perPrior: 0.05, maximum: 0.5))
        let base = configuration.population.chargeClasses[0]
        var classes: [ChargeClassProfile] = []
        for (index, name) in ["misdemeanor", "felony", "violent"].enumerated() {
            var charge = base
            charge.name = name
            charge.newArrestPerDay = [0.006, 0.004, 0.002][index]
            charge.failureToAppear = [0.2, 0.1, 0.05][index]
            classes.append(charge)
        }
        configuration.population.chargeClasses = classes
        for group in configuration.population.groups.indices {
            configuration.population.groups[group].chargeMix = [0.6, 0.3, 0.1]
            configuration.population.groups[group].priors = try .poisson(mean: 1.5)
        }
        return configuration
    }

    static func audited(_ configuration: ModelConfiguration, seed: UInt64 = 7, replication: Int = 0) throws -> (
        metrics: ReplicationMetrics, audit: PersonAudit
    ) {
        try PretrialSimulation.run(configuration, seed: seed, replication: replication, guards: nil, auditing: true)
    }

    @Test("conservation of persons and cases, with re-arrests, revocation and holds", arguments: [false, true])
    func conservation(countyLike: Bool) throws {
        let configuration = try countyLike ? Self.countyLike() : Self.rearrestingR1()
        let (metrics, audit) = try Self.audited(configuration)
        #expect(metrics.overall(.newArrestRate) > 0, "the model must re-arrest people for this test to mean anything")
        #expect(audit.casesOpened > audit.personsEntered, "some people have more than one case")
        #expect(audit.personsEntered == audit.personsLeft + audit.personsInSystemAtEnd)
        #expect(audit.casesOpened == audit.casesDisposed + audit.casesOpenAtEnd)
        // The run drains: everybody leaves.
        #expect(audit.personsInSystemAtEnd == 0 && audit.casesOpenAtEnd == 0)
        #expect(metrics.overall(.arrests) == metrics.overall(.casesDisposed) + metrics.overall(.openCasesAtEnd))

        // Stopped early: what is still in the system is counted, not lost.
        var stopped = configuration
        stopped.maximumDays = 60
        let (early, partial) = try Self.audited(stopped)
        #expect(partial.personsInSystemAtEnd > 0 && partial.casesOpenAtEnd > 0)
        #expect(partial.personsEntered == partial.personsLeft + partial.personsInSystemAtEnd)
        #expect(partial.casesOpened == partial.casesDisposed + partial.casesOpenAtEnd)
        #expect(early.overall(.arrests) == early.overall(.casesDisposed) + early.overall(.openCasesAtEnd))
    }

    @Test("no failure to appear and no new arrest while the person is in jail", arguments: [false, true])
    func nothingWhileHeld(countyLike: Bool) throws {
        let configuration = try countyLike ? Self.countyLike() : Self.rearrestingR1()
        for replication in 0..<2 {
            let (metrics, audit) = try Self.audited(configuration, replication: replication)
            #expect(metrics.overall(.failureToAppearRate) > 0)
            #expect(metrics.overall(.newArrestRate) > 0)
            #expect(audit.failuresToAppearWhileHeld == 0)
            #expect(audit.newArrestsWhileHeld == 0)
        }
    }

    @Test("the jail population is never negative and equals the people in jail", arguments: [false, true])
    func jailPopulation(countyLike: Bool) throws {
        let configuration = try countyLike ? Self.countyLike() : Self.rearrestingR1()
        let (metrics, audit) = try Self.audited(configuration)
        #expect(audit.jailPopulationChecks > 1000)
        #expect(audit.negativeJailPopulation == 0)
        #expect(audit.jailPopulationMismatches == 0)
        // The cells' populations split each person among their cases and add up to the persons.
        let people = metrics.overall(.peopleInJailAverage)
        #expect(abs(metrics.overall(.jailPopulationAverage) - people) < 1e-6 * people)
        #expect(metrics.overall(.holdShare) > 0)
    }

    @Test("Little's law on persons: people in jail = jail admissions per day × mean stay")
    func littlesLawOnPersons() throws {
        let configuration = try Self.countyLike(arrestWindowDays: 500, warmUpDays: 200)
        var ratios: [Double] = []
        for replication in 0..<6 {
            let (metrics, audit) = try Self.audited(configuration, seed: 11, replication: replication)
            let admissionsPerDay = Double(audit.jailAdmissions) / (500 - 200)
            let meanStay = audit.jailStayDays / Double(audit.jailAdmissions)
            ratios.append(metrics.overall(.peopleInJailAverage) / (admissionsPerDay * meanStay))
        }
        let estimate = Estimate(samples: ratios)
        #expect(
            estimate.covers(1) || abs(estimate.mean - 1) < 0.03, "L / λW = \(estimate.mean) ± \(estimate.halfWidth)")
    }

    @Test("a hold keeps a released person in jail: more bed-days, same release decisions")
    func holdsKeepPeopleIn() throws {
        let none = try Self.rearrestingR1(holds: HoldProfile.none)
        let long = try Self.rearrestingR1(holds: HoldProfile(probability: 0.5, maximum: 0.5))
        let (without, _) = try Self.audited(none)
        let (with, audit) = try Self.audited(long)
        #expect(without.overall(.holdShare) == 0)
        #expect(abs(with.overall(.holdShare) - 0.5) < 0.03)
        #expect(
            with.overall(.detainedPastFirstAppearanceShare) > without.overall(.detainedPastFirstAppearanceShare) + 0.1)
        #expect(with.overall(.bedDays) > without.overall(.bedDays) * 1.2)
        #expect(audit.jailPopulationMismatches == 0)
    }
}
