import Experiments
import PolicyKit
import PretrialModel
import SimKernel
import Testing

/// The causal experiments recover an effect of detention known by construction: R1 with
/// court dates exactly 30 days apart, where detention changes nothing but plea acceptance
/// (0.6 when detained at the offer, 0.4 when released), first appearance is a day after
/// arrest, nobody fails to appear, is
/// rearrested or posts bail later, and everyone is guilty and convicted at trial. So each
/// person is either held from first appearance to disposition or free throughout, detention
/// raises the guilty-plea share by exactly 0.2 and leaves conviction unchanged.
@Suite("Causal experiments: the Wald estimate equals a known effect of detention")
struct CausalExperimentTests {
    /// R1 as described above, with a 90-day arrest window.
    static func configuration() throws -> ModelConfiguration {
        let scenario = try ShippedScenario.load("scenarios/r1-benchmark.yaml")
        var configuration = scenario.variants[0].configuration
        configuration.arrestWindowDays = 90
        configuration.process.courtDateInterval = try .constant(30)
        // Everyone meets the judge after a day, so "held more than 3 days" is "held at the offer".
        configuration.process.firstAppearanceDelay = try .constant(1)
        return configuration
    }

    /// Runs `design`'s arms of the configuration above.
    static func run(_ design: CausalDesign, replications: Int = 5) async throws -> CausalExperimentResult {
        let arms = design.arms(of: try configuration())
        let plan = ReplicationPlan(variants: arms, replications: replications, seed: 11)
        let outcomes = try await ReplicationRunner.run(plan, jobs: 2)
        return CausalExperimentResult(
            design: design, variant: "baseline", arms: arms.map { ($0.name, $0.description) }, outcomes: outcomes)
    }

    static func effect(_ result: CausalExperimentResult, _ outcome: ExperimentOutcome) throws -> WaldEstimate {
        try #require(result.effects.first { $0.outcome == outcome })
    }

    @Test("leniency: the Wald estimate on guilty pleas covers 0.2 and on conviction is 0")
    func leniencyRecoversTheEffect() async throws {
        let result = try await Self.run(.leniency(shift: 0.3, convertedBail: 2000))
        #expect(result.replications == 5)
        #expect(result.firstStage.mean > 0.1, "harsher bail holds more people: \(result.firstStage)")
        #expect(!result.weakInstrument)
        let plea = try Self.effect(result, .guiltyPlea)
        #expect(plea.effect.covers(0.2), "\(plea.effect)")
        #expect(plea.effect.halfWidth < 0.05, "\(plea.effect)")
        let conviction = try Self.effect(result, .conviction)
        #expect(conviction.reducedForm.mean == 0 && conviction.effect.mean == 0, "everyone is convicted in both arms")
        #expect(result.relativeRates.isEmpty, "no misdemeanour class, and not the detention design")
    }

    @Test("detention: held − released is 0.2 in guilty pleas, the first stage is near 1")
    func detentionRecoversTheEffect() async throws {
        let result = try await Self.run(.detention)
        #expect(result.firstStage.mean > 0.95, "\(result.firstStage)")
        let plea = try Self.effect(result, .guiltyPlea)
        #expect(plea.reducedForm.covers(0.2) || abs(plea.reducedForm.mean - 0.2) < 0.01, "\(plea.reducedForm)")
        #expect(plea.effect.covers(0.2), "\(plea.effect)")
        let means = try #require(result.outcomeMeans[.guiltyPlea])
        #expect(abs(means[0].mean - 0.6) < 0.02 && abs(means[1].mean - 0.4) < 0.02, "\(means)")
        #expect(result.detention[1].mean < 0.01, "nobody released is held past 3 days")
    }

    @Test("a tiny shift gives a weak first stage")
    func tinyShiftIsWeak() async throws {
        let result = try await Self.run(.leniency(shift: 0.005, convertedBail: 2000), replications: 3)
        #expect(abs(result.firstStage.mean) < CausalExperimentResult.weakFirstStage)
        #expect(result.weakInstrument)
    }

    @Test("the severity shift transforms every kind of release decision as documented")
    func severityShift() {
        struct Fixed: ReleasePolicy {
            func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision { .recognizance }
        }
        let harsher = SeverityShiftedRelease(Fixed(), direction: .harsher, shift: 0.2, convertedBail: 500)
        let lenient = SeverityShiftedRelease(Fixed(), direction: .lenient, shift: 0.2, convertedBail: 500)
        for converted in [false, true] {
            #expect(harsher.transformed(.moneyBail(amount: 1000), converted: converted) == .moneyBail(amount: 1200))
            #expect(harsher.transformed(.detain, converted: converted) == .detain)
            #expect(lenient.transformed(.detain, converted: converted) == .detain)
            #expect(lenient.transformed(.recognizance, converted: converted) == .recognizance)
            #expect(
                lenient.transformed(.conditions(ftaReduction: 0.3), converted: converted)
                    == .conditions(ftaReduction: 0.3))
        }
        #expect(harsher.transformed(.recognizance, converted: true) == .moneyBail(amount: 500))
        #expect(harsher.transformed(.recognizance, converted: false) == .recognizance)
        #expect(harsher.transformed(.conditions(ftaReduction: 0.3), converted: true) == .moneyBail(amount: 500))
        #expect(lenient.transformed(.moneyBail(amount: 1000), converted: true) == .recognizance)
        #expect(lenient.transformed(.moneyBail(amount: 1000), converted: false) == .moneyBail(amount: 800))
        #expect(harsher.transformed(.unsecuredBond(amount: 1000), converted: true) == .moneyBail(amount: 1000))
        #expect(harsher.transformed(.unsecuredBond(amount: 1000), converted: false) == .unsecuredBond(amount: 1200))
        #expect(lenient.transformed(.unsecuredBond(amount: 1000), converted: true) == .recognizance)
        #expect(lenient.transformed(.unsecuredBond(amount: 1000), converted: false) == .unsecuredBond(amount: 800))
    }
}
