import PretrialModel
import Testing

/// The daily series (``DailySeries``): what it adds up to, and that keeping it changes nothing.
@Suite("Daily series")
struct DailySeriesTests {
    /// R1 with a warm-up, and with new arrests while released (so persons have several cases).
    private func configurations() throws -> [(String, ModelConfiguration)] {
        let plain = try R1Configuration.make(arrestWindowDays: 400, rate: 40, warmUpDays: 150)
        var rearrests = plain
        rearrests.population.chargeClasses[0].newArrestPerDay = 0.01
        return [("R1", plain), ("R1 with new arrests", rearrests)]
    }

    @Test("the series' mean population over the counted days is the run's people_in_jail_average")
    func meanIsTheRunsAverage() throws {
        for (name, configuration) in try configurations() {
            let metrics = try PretrialSimulation.run(
                {
                    var c = configuration; c.keepsDailySeries = true; return c
                }(), seed: 11, replication: 0)
            let series = try #require(metrics.series, "\(name)")
            let population = try #require(series.values(.pretrialPopulation))
            #expect(population.count == Int(metrics.endTime.rounded(.up)), "\(name)")
            let counted = population[150..<400]
            let mean = counted.reduce(0, +) / Double(counted.count)
            let average = metrics.overall(.peopleInJailAverage)
            #expect(average > 10, "\(name)")
            #expect(abs(mean - average) < 1e-9 * average, "\(name): \(mean) vs \(average)")
            #expect(series.warmUpDays == 150 && series.arrestWindowDays == 400)
        }
    }

    @Test("groups and charge classes add up to the total every day; admissions less releases is the population")
    func columnsAddUp() throws {
        for (name, configuration) in try configurations() {
            let series = try PretrialSimulation.dailySeries(configuration, seed: 5, replication: 2)
            let total = try #require(series.values(.pretrialPopulation))
            let a = try #require(series.values(.pretrialPopulation, cell: "group:A"))
            let b = try #require(series.values(.pretrialPopulation, cell: "group:B"))
            let any = try #require(series.values(.pretrialPopulation, cell: "charge_class:any"))
            for day in total.indices {
                #expect(abs(a[day] + b[day] - total[day]) < 1e-6, "\(name) day \(day)")
                #expect(abs(any[day] - total[day]) < 1e-6, "\(name) day \(day)")
            }
            let admissions = try #require(series.values(.admissions))
            let releases = try #require(series.values(.releases))
            #expect(admissions.reduce(0, +) > 10_000, "\(name)")
            // Everyone has left by the end (the calendar emptied): every entry had its exit.
            #expect(admissions.reduce(0, +) == releases.reduce(0, +), "\(name)")
            // The running balance of entries and exits is the number in jail at each day's end:
            // never negative, and the day's average lies within the day's movements of it.
            var balance = 0.0
            for day in total.indices {
                let start = balance
                balance += admissions[day] - releases[day]
                #expect(balance >= 0, "\(name) day \(day)")
                #expect(total[day] >= min(start, balance) - releases[day] - 1e-9, "\(name) day \(day)")
                #expect(total[day] <= max(start, balance) + admissions[day] + 1e-9, "\(name) day \(day)")
            }
            #expect(try #require(series.values(.trialBacklog)).contains { $0 > 0 })
            #expect(series.columns.map(\.measure).filter { $0 == .trialBacklog }.count == 1)
        }
    }

    @Test("keeping the series changes no figure")
    func figuresUnchanged() throws {
        for (name, configuration) in try configurations() {
            var kept = configuration
            kept.keepsDailySeries = true
            let without = try PretrialSimulation.run(configuration, seed: 3, replication: 1)
            var with = try PretrialSimulation.run(kept, seed: 3, replication: 1)
            #expect(without.series == nil)
            #expect(with.series != nil)
            with.series = nil
            #expect(with.modelEvents == without.modelEvents, "\(name)")
            #expect(with.endTime == without.endTime, "\(name)")
            for (metric, values) in without.values {
                let other = try #require(with.values[metric])
                #expect(
                    zip(values, other).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) },
                    "\(name): \(metric.rawValue)")
            }
        }
    }
}
