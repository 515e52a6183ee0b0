import Experiments
import PretrialModel
import Scenarios
import SimKernel
import Testing

/// Checking a run against targets: a target at the run's own estimate passes, one far away
/// fails, an unknown figure or variant gives a row without an estimate, and a relative change
/// is the paired difference over the from-variant's level.
@Suite("Target check")
struct TargetCheckTests {
    static func target(
        _ name: String, _ figure: String, observed: Double, quantity: Target.Quantity = .level(variant: "baseline"),
        cell: BreakdownCell = .overall, tolerance: Target.Tolerance = .relative(0.01), role: Target.Role = .validation
    ) -> Target {
        Target(
            name: name, figure: figure, metric: MetricID(rawValue: figure), cell: cell, quantity: quantity,
            observed: observed, definition: "", denominator: "", source: "test", citation: "test", years: "",
            tolerance: tolerance, role: role)
    }

    /// A short run of R1 with a variant of more courtrooms.
    static func run() async throws -> (summaries: [VariantSummary], outcomes: [ReplicationOutcome]) {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        var plan = ShippedScenario.plan(scenario, replications: 4, seed: 7, arrestWindowDays: 60, warmUpDays: 10)
        var reform = plan.variants[0]
        reform.name = "more_courts"
        reform.configuration.courts.courtrooms += 4
        plan.variants = [plan.variants[0], reform]
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2) { _ in }
        let evidence = Evidence(plan: plan, outcomes: outcomes, referenceGroup: nil)
        return (evidence.summaries, outcomes)
    }

    @Test("own estimate passes, far away fails, unknown figure and variant have no estimate, change computed")
    func check() async throws {
        let (summaries, outcomes) = try await Self.run()
        let metric = MetricID.pretrialDetentionDays
        let own = try #require(summaries[0].estimate(metric))
        let targets = [
            Self.target("own", metric.rawValue, observed: own.mean, role: .calibration),
            Self.target("far", metric.rawValue, observed: own.mean * 3 + 10, role: .calibration),
            Self.target("unknown", "no_such_figure_at_all", observed: 1),
            Self.target("ghost", metric.rawValue, observed: 1, quantity: .level(variant: "ghost")),
            Self.target(
                "relative", metric.rawValue, observed: 0,
                quantity: .relativeChange(from: "baseline", to: "more_courts"), tolerance: .absolute(10)),
            Self.target(
                "difference", metric.rawValue, observed: 0, quantity: .difference(from: "baseline", to: "more_courts"),
                tolerance: .absolute(1000)),
            Self.target("group", metric.rawValue, observed: 1, cell: .group("nobody")),
        ]
        let check = TargetCheck(targets: targets, summaries: summaries, outcomes: outcomes)
        #expect(check.rows.map(\.target.name) == targets.map(\.name))
        #expect(check.rows[0].isWithinTolerance == true)
        #expect(check.rows[0].difference == 0)
        #expect(check.rows[1].isWithinTolerance == false)
        #expect(check.rows[2].finding == .noSuchFigure)
        #expect(check.rows[2].isWithinTolerance == nil)
        #expect(check.rows[2].reason == "no such figure")
        #expect(check.rows[3].finding == .noSuchVariant("ghost"))
        #expect(check.rows[6].finding == .notInCell)

        let baseline = try #require(summaries[0].estimate(metric)).mean
        let reformed = try #require(summaries[1].estimate(metric)).mean
        #expect(baseline != reformed)
        let relative = try #require(check.rows[4].estimate)
        #expect(abs(relative.mean - (reformed - baseline) / baseline) < 1e-9)
        #expect(relative.halfWidth.isFinite && relative.halfWidth >= 0)
        let difference = try #require(check.rows[5].estimate)
        #expect(abs(difference.mean - (reformed - baseline)) < 1e-9)

        #expect(check.tally(.calibration) == TargetTally(role: .calibration, total: 2, compared: 2, withinTolerance: 1))
        let validation = check.tally(.validation)
        #expect(validation.total == 5)
        #expect(validation.compared == 2)
        #expect(validation.withinTolerance == 2)
    }
}
