import Experiments
import PretrialModel
import Testing

/// The shipped county baseline's effects of detention, measured by the built-in experiments,
/// against the studies that measured them (README, "Checked against the research"):
///
/// - judge leniency (Dobbie, Goldin & Yang, *AER* 108(2):201–40, 2018: release within 3 days
///   lowers the chance of being found guilty by 14.0 percentage points, 10.8 of them through
///   guilty pleas) — the Wald estimate of `pretrial experiment leniency`, within ±25% of
///   13.5 pp (conviction; the target, between Dobbie's 14.0 and Leslie & Pope's 13) and
///   of 10.8 pp (guilty plea);
/// - Heaton, Mayson & Stevenson, *Stanford Law Review* 69:711 (2017): detained misdemeanour
///   defendants are 25% more likely to plead guilty and 43% more likely to be sentenced to
///   jail — the held ÷ released ratios of `pretrial experiment detention` for the misdemeanour
///   class, within ±25% of 1.25 and 1.43.
///
/// The scenario's own window, seed and a few replications: the checks compare point estimates
/// with a tolerance far wider than their Monte Carlo error (about ±1.5 pp and ±0.01).
@Suite("County baseline: detention's effects against Dobbie et al. (2018) and Heaton et al. (2017)")
struct DetentionEffectTargetTests {
    /// Runs `design`'s two arms of the baseline.
    static func run(_ design: CausalDesign, replications: Int) async throws -> CausalExperimentResult {
        let scenario = try ShippedScenario.load("scenarios/us-county-baseline.yaml")
        let arms = design.arms(of: scenario.variants[0].configuration)
        let plan = ReplicationPlan(variants: arms, replications: replications, seed: scenario.settings.seed)
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2)
        return CausalExperimentResult(
            design: design, variant: "baseline", arms: arms.map { ($0.name, $0.description) }, outcomes: outcomes)
    }

    /// Whether `value` is within `tolerance` (a fraction) of `target`.
    static func within(_ value: Double, _ tolerance: Double, of target: Double) -> Bool {
        abs(value - target) <= tolerance * abs(target)
    }

    @Test("leniency IV: detention raises conviction by 13.5 pp ± 25% and guilty pleas by 10.8 pp ± 25%")
    func leniency() async throws {
        let result = try await Self.run(.leniency(shift: 0.2, convertedBail: 1000), replications: 3)
        #expect(!result.weakInstrument, "first stage \(result.firstStage)")
        let conviction = try #require(result.effects.first { $0.outcome == .conviction })
        let plea = try #require(result.effects.first { $0.outcome == .guiltyPlea })
        #expect(Self.within(conviction.effect.mean, 0.25, of: 0.135), "conviction \(conviction.effect)")
        #expect(Self.within(plea.effect.mean, 0.25, of: 0.108), "guilty plea \(plea.effect)")
        #expect(result.steadyState.allSatisfy { $0?.isSteady ?? true }, "both arms in a steady state")
    }

    @Test("detention: misdemeanour guilty plea ×1.25 ± 25% and jail sentence ×1.43 ± 25%")
    func heaton() async throws {
        let result = try await Self.run(.detention, replications: 2)
        let plea = try #require(result.relativeRates.first { $0.outcome == .guiltyPlea })
        let jail = try #require(result.relativeRates.first { $0.outcome == .custodialSentence })
        #expect(plea.cell == .chargeClass("misdemeanor"))
        #expect(Self.within(plea.ratio.mean, 0.25, of: 1.25), "guilty plea held ÷ released \(plea.ratio)")
        #expect(Self.within(jail.ratio.mean, 0.25, of: 1.43), "jail sentence held ÷ released \(jail.ratio)")
    }
}
