import Experiments
import PretrialModel
import Testing

/// The shipped England & Wales scenario against the published figures it is built from
/// (sources in the file's header; the scenario is a tenth of the country, so counts are ten
/// times the model's), each within ±25% for counts and ±5 percentage points for shares:
/// - the untried remand population (OMS, 31 December 2024: 11,195): the model's pre-trial
///   population less the people in police cells (arrests a day × mean hours ÷ 24, Little's law);
/// - the Crown Court's open caseload (CCSQ, end of September 2024: 73,105): the open cases of
///   the indictable class in the steady state;
/// - the Crown Court's receipts (CCSQ, 2023: about 105,000 a year): cases sent up a year;
/// - the untried share of prisoners (OMS: 11,195 of about 85,100 = 13.2%): the remand
///   population ÷ (itself + the sentenced population).
/// Two replications of a shortened run (1,100 days of arrests, 550 of them warm-up).
@Suite("England & Wales: remand population, Crown Court caseload and receipts as published")
struct EnglandWalesScenarioTests {
    static func runs() async throws -> [ReplicationMetrics] {
        let scenario = try ShippedScenario.load("scenarios/england-wales.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 2, arrestWindowDays: 1100, warmUpDays: 550)
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        return outcomes.map(\.metrics)
    }

    /// The mean over `runs` of `metric` in `cell`.
    static func mean(_ runs: [ReplicationMetrics], _ metric: MetricID, _ cell: BreakdownCell = .overall) -> Double {
        runs.map { $0.value(metric, cell) }.reduce(0, +) / Double(runs.count)
    }

    @Test("untried remand population, Crown Court open cases and receipts, untried share of prisoners")
    func publishedFigures() async throws {
        let runs = try await Self.runs()
        let countedDays = Self.mean(runs, .countedDays)
        let arrestsPerDay = Self.mean(runs, .arrests) / countedDays
        let policeCells = arrestsPerDay * Self.mean(runs, .policeCustodyHoursMean) / 24
        let remand = Self.mean(runs, .jailPopulationAverage) - policeCells
        #expect(abs(remand * 10 / 11_195 - 1) <= 0.25, "untried remand population (×10): model \(remand * 10)")
        let crownOpen = Self.mean(runs, .openCasesSteadyState, .chargeClass("indictable"))
        #expect(abs(crownOpen * 10 / 73_105 - 1) <= 0.25, "Crown Court open cases (×10): model \(crownOpen * 10)")
        let receipts = Self.mean(runs, .casesSentUp) / countedDays * 365 * 10
        #expect(abs(receipts / 105_000 - 1) <= 0.25, "Crown Court receipts a year (×10): model \(receipts)")
        let sentenced = Self.mean(runs, .sentencedPopulation)
        let untriedShare = remand / (remand + sentenced)
        #expect(abs(untriedShare - 0.132) <= 0.05, "untried share of prisoners: model \(untriedShare)")
        // The Crown Court keeps up (no backlog growing without limit), as a steady state needs.
        #expect(Self.mean(runs, .higherCourtTrialBacklogGrowthPerYear) < 100)
    }
}
