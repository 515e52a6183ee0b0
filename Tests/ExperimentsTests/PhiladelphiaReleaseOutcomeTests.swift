import Experiments
import PretrialModel
import SimKernel
import Testing

/// The county baseline's release outcomes at first appearance, by group, against Philadelphia's
/// 2020 bail decisions by race (data/philly-bail-type-by-race-2020-2021.csv; docs/DATA.md, "Bail
/// type by race, 2020"): each share within 5 percentage points, as issue #12 asks.
@Suite("US county baseline: release outcomes against Philadelphia 2020")
struct PhiladelphiaReleaseOutcomeTests {
    /// Philadelphia 2020: monetary, ROR, unsecured and denied shares by race (the model's
    /// `white` is Philadelphia's `White`).
    static let targets: [(group: String, shares: [(MetricID, Double)])] = [
        (
            "Black",
            [
                (.moneyBailShare, 0.519), (.recognizanceShare, 0.242), (.unsecuredBondShare, 0.215),
                (.detainedWithoutBailShare, 0.018),
            ]
        ),
        (
            "white",
            [
                (.moneyBailShare, 0.447), (.recognizanceShare, 0.334), (.unsecuredBondShare, 0.206),
                (.detainedWithoutBailShare, 0.008),
            ]
        ),
    ]

    @Test("each release outcome's share by group is within 5 points of Philadelphia's, non-monetary overall too")
    func sharesByGroup() async throws {
        let scenario = try ShippedScenario.load("scenarios/us-county-baseline.yaml")
        // The release decision does not depend on the jail or the courts, so its shares are the
        // same in a shorter window: a year of arrests after a short warm-up, three replications.
        let plan = ShippedScenario.plan(scenario, replications: 3, arrestWindowDays: 365, warmUpDays: 30)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: scenario.settings.referenceGroup)
        let baseline = evidence.summaries[0]
        for (group, shares) in Self.targets {
            var total = 0.0
            for (metric, target) in shares {
                let estimate = try #require(baseline.estimate(metric, .group(group)))
                total += estimate.mean
                #expect(
                    abs(estimate.mean - target) <= 0.05,
                    "\(group) \(metric.rawValue): model \(estimate.mean) ± \(estimate.halfWidth), Philadelphia \(target)"
                )
            }
            let conditions = try #require(baseline.estimate(.conditionsShare, .group(group))).mean
            #expect(abs(total + conditions - 1) < 1e-9, "the five outcomes of \(group) add up to \(total + conditions)")
        }
        // Philadelphia 2020: 0.7% of all decisions non-monetary.
        let conditions = try #require(baseline.estimate(.conditionsShare)).mean
        #expect(abs(conditions - 0.007) <= 0.05, "non-monetary conditions \(conditions)")
    }
}
