import PolicyKit
import SimKernel
import Testing

@testable import PretrialModel

/// A census on day 0: a run started from the state another run reached has no trend, census
/// people are disposed like everyone else, and an empty census changes nothing.
@Suite("Census on day 0")
struct CensusTests {
    /// R1 with more to it: three court dates before trial, later posting of bail, new arrests
    /// (so persons hold several cases), run long enough to reach its steady state.
    static func model(window: Double) throws -> ModelConfiguration {
        var configuration = try R1Configuration.make(arrestWindowDays: window, rate: 40)
        configuration.process.courtDatesBeforeTrial = 3
        configuration.behaviour.laterPostingProbability = 0.3
        configuration.behaviour.laterPostingMeanDays = 20
        configuration.population.chargeClasses[0].newArrestPerDay = 0.002
        return configuration
    }

    /// The mean and the half-width of its 95% interval (normal, n ≥ 8).
    static func interval(_ values: [Double]) -> (mean: Double, halfWidth: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        return (mean, 2.37 * (variance / n).squareRoot())  // t(0.975, 7)
    }

    @Test("starting from a steady-state census, the population has no trend from day 0")
    func steadyStateCensusHasNoTrend() throws {
        let warmed = try Self.model(window: 1200)
        // The steady state: the census on day 500 of a run started empty, and the average
        // population over days 500–900 of that run.
        let taken = try PretrialSimulation.takeCensus(warmed, seed: 11, replication: 0, days: [500, 900])
        let census = taken[0].census
        let steadyAverage = (taken[1].jailPersonDays - taken[0].jailPersonDays) / 400
        #expect(census.peopleHeld == taken[0].peopleInJail)
        #expect(census.peopleHeld > 100)

        var started = try Self.model(window: 420)
        started.census = census
        let ends = stride(from: 60.0, through: 420, by: 60).map { $0 }
        var windows: [[Double]] = Array(repeating: [], count: ends.count)
        var emptyFirst: [Double] = []
        for replication in 0..<8 {
            let snapshots = try PretrialSimulation.takeCensus(started, seed: 5, replication: replication, days: ends)
            var previous = 0.0
            for (index, snapshot) in snapshots.enumerated() {
                windows[index].append((snapshot.jailPersonDays - previous) / 60)
                previous = snapshot.jailPersonDays
            }
            let empty = try PretrialSimulation.takeCensus(
                try Self.model(window: 420), seed: 5, replication: replication, days: [60])
            emptyFirst.append(empty[0].jailPersonDays / 60)
        }
        // Day 0 holds the steady state's people, and each 60-day window's average agrees
        // with the first's and with the steady state, within their intervals.
        #expect(abs(Double(census.peopleHeld) - steadyAverage) < 0.1 * steadyAverage)
        let first = Self.interval(windows[0])
        for window in windows {
            let this = Self.interval(window)
            let differences = Self.interval(zip(window, windows[0]).map { $0 - $1 })
            #expect(abs(differences.mean) <= differences.halfWidth + 0.03 * first.mean, "window \(this) vs \(first)")
            #expect(abs(this.mean - steadyAverage) < 0.1 * steadyAverage)
        }
        // The same run started empty is far below it in its first window: the test can fail.
        #expect(Self.interval(emptyFirst).mean < 0.8 * first.mean)
    }

    @Test("census people are released or disposed like others: nobody is lost")
    func censusPeopleAreConserved() throws {
        let warmed = try Self.model(window: 600)
        let census = try PretrialSimulation.takeCensus(warmed, seed: 3, replication: 0, days: [400])[0].census
        var started = try Self.model(window: 200)
        started.census = census
        let (metrics, audit) = try PretrialSimulation.run(
            started, seed: 9, replication: 1, guards: nil, auditing: true)
        let censusPeople = census.peopleHeld + census.peopleAtLiberty
        #expect(audit.casesOpened == censusPeople + Int(metrics.overall(.arrests)))
        #expect(audit.personsEntered == audit.personsLeft)
        #expect(audit.casesOpened == audit.casesDisposed)
        #expect(audit.casesOpenAtEnd == 0 && audit.personsInSystemAtEnd == 0)
        #expect(audit.negativeJailPopulation == 0 && audit.jailPopulationMismatches == 0)
        #expect(audit.failuresToAppearWhileHeld == 0 && audit.newArrestsWhileHeld == 0)
    }

    @Test("every way of being held enters, and the census counts in no arrest-based figure")
    func everyHoldingEnters() throws {
        var configuration = try Self.model(window: 100)
        configuration.arrests = ArrivalProfile(ratePerDay: 1e-9)
        configuration.population.chargeClasses[0].newArrestPerDay = 0
        configuration.census = Census(entries: [
            CensusEntry(group: 0, chargeClass: 0, count: 30, holding: .awaitingFirstAppearance, daysHeld: .exactly(0)),
            CensusEntry(group: 1, chargeClass: 0, count: 40, holding: .bail(amount: 5000), daysHeld: .exactly(20)),
            CensusEntry(
                group: 0, chargeClass: 0, count: 20, holding: .noBail,
                daysHeld: .drawn(try .exponential(mean: 30)), courtDatesHeld: 3),
            CensusEntry(group: 1, chargeClass: 0, count: 10, holding: .hold, daysHeld: .exactly(5)),
            CensusEntry(
                group: 1, chargeClass: 0, count: 50, holding: .atLiberty, daysHeld: .exactly(0),
                daysSinceArrest: .exactly(45)),
        ])
        let day0 = try PretrialSimulation.takeCensus(configuration, seed: 1, replication: 0, days: [0])[0]
        #expect(day0.peopleInJail == 100)
        #expect(day0.census.entries.filter { $0.holding == .hold }.reduce(0) { $0 + $1.count } == 10)
        #expect(day0.census.peopleAtLiberty == 50)
        // The 20 held with every court date behind them wait for trial (12 courtrooms).
        #expect(day0.trialBacklog == 8)
        let (metrics, audit) = try PretrialSimulation.run(
            configuration, seed: 1, replication: 0, guards: nil, auditing: true)
        #expect(metrics.overall(.arrests) == 0)
        #expect(audit.casesOpened == audit.casesDisposed)
        #expect(audit.personsEntered == 150 && audit.personsLeft == 150)
    }

    @Test("an empty census changes nothing")
    func emptyCensusChangesNothing() throws {
        let plain = try Self.model(window: 200)
        var empty = plain
        empty.census = Census(entries: [
            CensusEntry(group: 0, chargeClass: 0, count: 0, holding: .noBail, daysHeld: .exactly(3))
        ])
        let a = try PretrialSimulation.run(plain, seed: 4, replication: 2)
        let b = try PretrialSimulation.run(empty, seed: 4, replication: 2)
        for metric in MetricID.allCases {
            let (x, y) = (a.value(metric, .overall), b.value(metric, .overall))
            #expect(x == y || (x.isNaN && y.isNaN), "\(metric)")
        }
    }

    @Test("a census is the same for every variant: census people meet the same luck")
    func censusPeopleAreTheSameAcrossVariants() throws {
        var configuration = try Self.model(window: 10)
        configuration.census = Census(entries: [
            CensusEntry(group: 0, chargeClass: 0, count: 25, holding: .bail(amount: 3000), daysHeld: .exactly(10))
        ])
        var process = PretrialProcess(configuration: configuration, seed: 8, replication: 3)
        let people = process.drawCensus(seed: 42)
        var other = configuration
        other.behaviour.laterPostingProbability = 0.9
        process = PretrialProcess(configuration: other, seed: 8, replication: 3)
        let again = process.drawCensus(seed: 42)
        #expect(people.map(\.attributes.luckSeed) == again.map(\.attributes.luckSeed))
        #expect(people.map(\.attributes.abilityToPay) == again.map(\.attributes.abilityToPay))
        #expect(people.allSatisfy { $0.attributes.abilityToPay < 3000 })
    }

    @Test("court dates held follow the mean schedule")
    func courtDatesFromTheSchedule() {
        #expect(PretrialProcess.courtDatesHeld(daysSinceArrest: 0.5, firstAppearanceDelay: 1, interval: 30) == 0)
        #expect(PretrialProcess.courtDatesHeld(daysSinceArrest: 61, firstAppearanceDelay: 1, interval: 30) == 2)
    }
}

/// The time to a census case's next court date: the residual of its court-date schedule.
@Suite("Census court-date residual")
struct CensusResidualTests {
    @Test("a constant schedule's residual is uniform on it; an exponential one's is about the interval itself")
    func residualMeans() throws {
        let stream = RandomStream(seed: 17, algorithm: .splitMix64)
        let constant = try Distribution.constant(30)
        let exponential = try Distribution.exponential(mean: 30)
        let n = 20_000
        var constantSum = 0.0
        var exponentialSum = 0.0
        for _ in 0..<n {
            let c = PretrialProcess.residual(constant.borrowed, stream)
            #expect(c >= 0 && c <= 30)
            constantSum += c
            exponentialSum += PretrialProcess.residual(exponential.borrowed, stream)
        }
        #expect(abs(constantSum / Double(n) - 15) < 0.5)
        // The exact residual of exponential intervals has mean 30; a uniform share of one
        // interval (not length-biased) would give 15.
        #expect(abs(exponentialSum / Double(n) - 30) < 2.5)
    }
}
