import Testing

@testable import PretrialModel

/// The must-show of policy timelines on the daily series: a reform from day D leaves every
/// daily series identical up to D under common random numbers (the same runs, not a run cut
/// at D), and after D, once it has phased in, the pre-trial population falls.
@Suite("Policy timelines: the daily series")
struct PolicyTimelineSeriesTests {
    @Test("identical daily series up to day D, and a lower pre-trial population once the reform is in force")
    func seriesUpToTheReformDay() throws {
        let day = Int(PolicyTimelineTests.reformDay)
        let end = 3 * PolicyTimelineTests.reformDay + PolicyTimelineTests.phaseIn
        for replication in 0..<2 {
            let baseline = try PretrialSimulation.dailySeries(
                PolicyTimelineTests.configuration(from: 0, to: end, reformed: false), seed: 41,
                replication: replication)
            let reformed = try PretrialSimulation.dailySeries(
                PolicyTimelineTests.configuration(from: 0, to: end, reformed: true), seed: 41,
                replication: replication)
            #expect(!baseline.columns.isEmpty && baseline.columns.count == reformed.columns.count)
            for (before, after) in zip(baseline.columns, reformed.columns) {
                #expect(before.measure == after.measure && before.cell == after.cell)
                #expect(
                    Array(before.values.prefix(day)).map(\.bitPattern)
                        == Array(after.values.prefix(day)).map(\.bitPattern),
                    "\(before.measure.rawValue) \(before.cell), replication \(replication)")
            }
            // Days from the end of the phase-in to the end of arrests: everyone under the reform,
            // which releases everyone at first appearance.
            let inForce = (day + Int(PolicyTimelineTests.phaseIn))..<Int(end)
            let population = { (series: DailySeries) -> Double in
                let values = series.values(.pretrialPopulation) ?? []
                return inForce.map { values[$0] }.reduce(0, +) / Double(inForce.count)
            }
            #expect(population(reformed) < 0.8 * population(baseline), "replication \(replication)")
        }
    }
}
