import SimKernel
import Testing

@testable import PretrialModel

/// The census's must-show on the daily series (the series and the MSER-5 rule merged after the
/// census): a run that starts from a steady-state census has a daily pre-trial population with
/// no initial transient (MSER-5 truncates next to nothing), while the same run started empty has
/// one, which MSER-5 finds.
@Suite("Census: the daily series from day 0, and the warm-up rule on it")
struct CensusSeriesTests {
    /// MSER-5's truncation (days) of each replication's daily pre-trial population over the
    /// arrest window, started from `census` (or empty).
    static func truncations(census: Census?) throws -> [Int] {
        var configuration = try CensusTests.model(window: 420)
        if let census { configuration.census = census }
        return try (0..<4).map { replication in
            let series = try PretrialSimulation.dailySeries(configuration, seed: 5, replication: replication)
            let population = Array((series.values(.pretrialPopulation) ?? []).prefix(420))
            return try #require(MSERTruncation.truncation(population)).truncation
        }
    }

    @Test("MSER-5 truncates a census start at (almost) day 0 and an empty start after its transient")
    func warmUpRuleOnTheSeries() throws {
        let taken = try PretrialSimulation.takeCensus(
            CensusTests.model(window: 1200), seed: 11, replication: 0, days: [500])
        let fromCensus = try Self.truncations(census: taken[0].census).sorted()
        let fromEmpty = try Self.truncations(census: nil).sorted()
        // Medians over 4 replications (the mean of the middle two).
        let censusMedian = Double(fromCensus[1] + fromCensus[2]) / 2
        let emptyMedian = Double(fromEmpty[1] + fromEmpty[2]) / 2
        #expect(censusMedian <= 20, "census start truncated at \(fromCensus)")
        #expect(emptyMedian >= 30, "empty start truncated at \(fromEmpty)")
        #expect(emptyMedian > censusMedian + 20)
    }
}
