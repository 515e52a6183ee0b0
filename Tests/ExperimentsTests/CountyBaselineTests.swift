import Experiments
import PretrialModel
import SimKernel
import Testing

/// The shipped US county baseline, run as written: its figures must be plausible for a large
/// US county under cash bail (the ranges are those its comments and the README cite), and
/// good-behaviour credit must act only on the sentenced jail population.
@Suite("US county baseline: plausible figures")
struct CountyBaselineTests {
    @Test("most jail days pre-trial, stays of weeks, detained people plead more, Black defendants held more")
    func plausibleFigures() async throws {
        let scenario = try ShippedScenario.load("scenarios/us-county-baseline.yaml")
        let plan = ShippedScenario.plan(scenario, replications: 2)
        let evidence = try await ShippedScenario.evidence(plan, referenceGroup: scenario.settings.referenceGroup)
        let baseline = evidence.summaries[0]
        func mean(_ metric: MetricID, _ cell: BreakdownCell = .overall) throws -> Double {
            try #require(baseline.estimate(metric, cell)).mean
        }
        // BJS, Jail Inmates in 2022: 70% of people in jail were unconvicted. The model's jail holds
        // the pre-trial population and people serving jail sentences of this county's cases only
        // (nobody held for a probation violation, for another jurisdiction or awaiting transfer to
        // prison), so its share is higher: a known miss that README's table of checks states
        // ("Checked against the research"). What must hold is that most jail days are pre-trial
        // and that sentenced days are not negligible.
        let share = try mean(.pretrialShareOfJailDays)
        #expect((0.6...0.95).contains(share), "pre-trial share of jail bed-days \(share)")
        // A mean stay of weeks, but most people out within days (Broward: median 1.3 days).
        let days = try mean(.pretrialDetentionDays)
        #expect((14...45).contains(days), "mean pre-trial stay \(days) days")
        #expect(try mean(.pretrialDetentionDaysMedian) < 3)
        // Detention raises the acceptance of plea offers (Dobbie et al.; Heaton et al.; the size of
        // the effect on pleas is checked by DetentionEffectTargetTests).
        #expect(try mean(.guiltyPleaShareDetained) > mean(.guiltyPleaShareReleased) + 0.02)
        // Lower ability to pay: more Black than white defendants held past first appearance.
        #expect(
            try mean(.detainedPastFirstAppearanceShare, .group("Black"))
                > mean(.detainedPastFirstAppearanceShare, .group("white")) + 0.05)
        #expect(try mean(.openCasesAtEnd) == 0)
        // The baseline's courts keep up and its jail is full by the end of the warm-up.
        let steady = try #require(evidence.steadyState[0])
        #expect(steady.isSteady, "\(steady.notes)")
        // The stages of the relative rate index are nested: each rate is a share of the stage
        // before, never above 1 (people detained only after a failure to appear or a new
        // arrest are not "held at first appearance").
        #expect(try mean(.heldAtFirstAppearancePast3DaysShare) <= mean(.detainedPast3DaysShare))
        #expect(try mean(.heldAtFirstAppearancePast3DaysShare) <= mean(.detainedPastFirstAppearanceShare))
        #expect(
            try mean(.heldAtFirstAppearancePast3DaysShare) < mean(.detainedPast3DaysShare),
            "the county remands people after failures to appear, so some are detained only later")
        for index in evidence.relativeRates[0] {
            for stage in index.stages {
                #expect(
                    (0...1).contains(stage.groupRate) && (0...1).contains(stage.referenceRate),
                    "\(index.group), \(stage.name): \(stage.groupRate) against \(stage.referenceRate)")
            }
        }
    }

    @Test("good-behaviour credit scales the sentenced jail days and nothing else")
    func goodBehaviourCredit() throws {
        let scenario = try ShippedScenario.load("scenarios/us-county-baseline.yaml")
        var whole = scenario.baseline.configuration
        whole.arrestWindowDays = 120
        whole.warmUpDays = 20
        whole.courts.jailSentenceServedShare = 1
        var half = whole
        half.courts.jailSentenceServedShare = 0.5
        let full = try PretrialSimulation.run(whole, seed: 9, replication: 0)
        let credited = try PretrialSimulation.run(half, seed: 9, replication: 0)
        // The same people meet the same process: every figure but the share is identical.
        #expect(full.overall(.bedDays) == credited.overall(.bedDays))
        #expect(full.overall(.convictionShare) == credited.overall(.convictionShare))
        // share = bed-days / (bed-days + sentenced days), so sentenced days = bed-days × (1/share − 1).
        func sentencedDays(_ metrics: ReplicationMetrics) -> Double {
            metrics.overall(.bedDays) * (1 / metrics.overall(.pretrialShareOfJailDays) - 1)
        }
        #expect(sentencedDays(full) > 0)
        #expect(abs(sentencedDays(credited) / sentencedDays(full) - 0.5) < 1e-9)
    }
}
