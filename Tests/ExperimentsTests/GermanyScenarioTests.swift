import Experiments
import PretrialModel
import Testing

/// The shipped Germany scenario against the published figures it is built from (sources in
/// the file's header): the length of remand in Destatis' five bands (each within ±5
/// percentage points), the share of prisoners not yet tried (SPACE I 2021: 20.7%, within ±5
/// points) and the people remanded a year (Destatis 2020: 27,542, within ±25%; the scenario
/// is a tenth of Germany, so ten times its count; a person remanded is one held more than 3
/// days pre-trial). Two replications of a shortened run (1,100 days of cases, 550 of them warm-up).
@Suite("Germany: length of remand, pre-trial share of prisoners and remands a year as published")
struct GermanyScenarioTests {
    static func runs() async throws -> [ReplicationMetrics] {
        let scenario = try ShippedScenario.load("scenarios/germany.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 2, arrestWindowDays: 1100, warmUpDays: 550)
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        return outcomes.map(\.metrics)
    }

    /// The mean over `runs` of `metric`'s overall value.
    static func mean(_ runs: [ReplicationMetrics], _ metric: MetricID) -> Double {
        runs.map { $0.value(metric, .overall) }.reduce(0, +) / Double(runs.count)
    }

    @Test("length of remand by band, the pre-trial share of prisoners and the remands a year")
    func publishedFigures() async throws {
        let runs = try await Self.runs()
        let bands: [(MetricID, Double)] = [
            (.remandLengthUpTo1Month, 0.190), (.remandLength1To3Months, 0.210), (.remandLength3To6Months, 0.298),
            (.remandLength6To12Months, 0.221), (.remandLengthOver1Year, 0.081),
        ]
        for (metric, published) in bands {
            let model = Self.mean(runs, metric)
            #expect(abs(model - published) <= 0.05, "\(metric.rawValue): model \(model), Destatis \(published)")
        }
        let share = Self.mean(runs, .pretrialShareOfPrisoners)
        #expect(abs(share - 0.207) <= 0.05, "pre-trial share of prisoners: model \(share), SPACE I 0.207")
        let countedDays = Self.mean(runs, .countedDays)
        let remandedPerYear =
            Self.mean(runs, .detainedPast3DaysShare) * Self.mean(runs, .arrests) / countedDays * 365 * 10
        #expect(abs(remandedPerYear / 27_542 - 1) <= 0.25, "remanded a year (×10): model \(remandedPerYear)")
    }
}
