import Experiments
import PolicyKit
import PretrialModel
import Testing

@Suite("Threshold sweep: grid, group thresholds and the variants it builds")
struct ThresholdSweepTests {
    @Test("grids land on the thresholds a reader writes, so a score of exactly 0.5 is at the threshold 0.5")
    func grid() throws {
        #expect(ThresholdGrid.deciles.thresholds == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
        let grid = try ThresholdGrid(from: 0.1, to: 0.9, step: 0.1)
        #expect(grid.thresholds.count == 9)
        #expect(grid.thresholds[4] == 0.5 && grid.thresholds[2] == 0.3 && grid.thresholds.last == 0.9)
        #expect(try ThresholdGrid(parsing: "0.7, 0.3,0.5").thresholds == [0.3, 0.5, 0.7])
        #expect(throws: ThresholdGrid.Problem.self) { try ThresholdGrid(parsing: "0.3,0.3000000000001") }
        #expect(throws: ThresholdGrid.Problem.self) { try ThresholdGrid(parsing: "") }
        #expect(throws: ThresholdGrid.Problem.self) { try ThresholdGrid(from: 0.5, to: 0.5, step: 0.1) }
    }

    @Test("GROUP=VALUE: the name may hold spaces and the value is rounded as the grid's")
    func groupThreshold() throws {
        let parsed = try GroupThreshold(parsing: "Hispanic and other = 0.4")
        #expect(parsed == GroupThreshold(group: "Hispanic and other", threshold: 0.4))
        #expect(throws: ThresholdGrid.Problem.self) { try GroupThreshold(parsing: "=0.4") }
        #expect(throws: ThresholdGrid.Problem.self) { try GroupThreshold(parsing: "Black=-0.1") }
    }

    /// The shipped reform's risk-assessment variant.
    static func riskAssessment() throws -> ModelConfiguration {
        let scenario = try ShippedScenario.load("scenarios/reforms/risk-tools-compared.yaml")
        return try #require(scenario.variant(named: "risk-assessment")).configuration
    }

    static func defendant(group: Int, score: Double) -> Defendant {
        Defendant(
            person: 0, group: group, abilityToPay: 0, chargeClass: 0, priors: 0, ageBand: 1, isDetained: true,
            daysDetained: 0, daysSinceArrest: 0, arrestDay: 0, hasCounsel: false, riskScore: score,
            isRearrest: false)
    }

    /// Fixed draws: the risk-assessment release decides without luck.
    final class NoLuck: RandomSource {
        func uniform() -> Double { 0.5 }
        func bernoulli(_ p: Double) -> Bool { p > 0.5 }
        func normal(mean: Double, sd: Double) -> Double { mean }
        func lognormal(mu: Double, sigma: Double) -> Double { mu }
        func exponential(mean: Double) -> Double { mean }
    }

    @Test("each point remakes the release policy at its threshold, and the figures read the same threshold")
    func variants() throws {
        let configuration = try Self.riskAssessment()
        let sweep = ThresholdSweep(grid: try ThresholdGrid(list: [0.3, 0.8]))
        let variants = try sweep.variants(of: configuration, variant: "risk-assessment")
        #expect(variants.map(\.name) == ["t=0.3", "t=0.8"])
        let groups = configuration.population.groups.count
        for (variant, threshold) in zip(variants, [0.3, 0.8]) {
            #expect(variant.configuration.policies.release.riskThreshold == threshold)
            #expect(variant.configuration.riskThresholdsByGroup == Array(repeating: threshold, count: groups))
            #expect(variant.configuration.policies.moduleNames[.release] == "risk-assessment-release")
        }
        let someone = Self.defendant(group: 0, score: 0.55)
        #expect(
            variants[0].configuration.policies.release.decide(someone, random: NoLuck()) == .moneyBail(amount: 5000))
        #expect(variants[1].configuration.policies.release.decide(someone, random: NoLuck()) == .recognizance)
    }

    @Test("a group threshold holds that group's decisions and flag while the others' move")
    func groupThresholds() throws {
        let configuration = try Self.riskAssessment()
        let names = configuration.population.groups.map(\.name)
        let white = try #require(names.firstIndex(of: "white")), black = try #require(names.firstIndex(of: "Black"))
        let sweep = ThresholdSweep(
            grid: try ThresholdGrid(list: [0.3, 0.8]), groupThresholds: [GroupThreshold(group: "white", threshold: 0.5)]
        )
        let variants = try sweep.variants(of: configuration, variant: "risk-assessment")
        for (variant, threshold) in zip(variants, [0.3, 0.8]) {
            let byGroup = try #require(variant.configuration.riskThresholdsByGroup)
            #expect(byGroup[white] == 0.5 && byGroup[black] == threshold)
            let release = variant.configuration.policies.release
            #expect(
                release.decide(Self.defendant(group: white, score: 0.55), random: NoLuck()) == .moneyBail(amount: 5000))
        }
        let black55 = Self.defendant(group: black, score: 0.55)
        #expect(
            variants[0].configuration.policies.release.decide(black55, random: NoLuck()) == .moneyBail(amount: 5000))
        #expect(variants[1].configuration.policies.release.decide(black55, random: NoLuck()) == .recognizance)
    }

    @Test("a policy that does not decide by a threshold runs unchanged; only the figures' threshold moves")
    func cashBail() throws {
        let scenario = try ShippedScenario.load("scenarios/reforms/risk-tools-compared.yaml")
        let baseline = scenario.baseline.configuration
        #expect(!ThresholdSweep.releaseMoves(baseline))
        let variants = try ThresholdSweep(grid: try ThresholdGrid(list: [0.2, 0.9])).variants(
            of: baseline, variant: "baseline")
        #expect(variants.map { $0.configuration.riskThresholdsByGroup?.first } == [0.2, 0.9])
        #expect(variants.allSatisfy { $0.configuration.policies.release.riskThreshold == nil })
    }

    @Test("a variant without an instrument, an unknown group or a repeated one is refused")
    func refusals() throws {
        let configuration = try Self.riskAssessment()
        var unscored = configuration
        unscored.policies = try PolicySet(
            configuration.policies.instances.filter { $0.key != .risk }, moduleNames: configuration.policies.moduleNames
        )
        let grid = ThresholdGrid.deciles
        #expect(throws: ThresholdSweepError.noRiskInstrument(variant: "v")) {
            try ThresholdSweep(grid: grid).variants(of: unscored, variant: "v")
        }
        let names = configuration.population.groups.map(\.name)
        #expect(throws: ThresholdSweepError.unknownGroup("Martian", groups: names)) {
            try ThresholdSweep(grid: grid, groupThresholds: [GroupThreshold(group: "Martian", threshold: 0.5)])
                .variants(of: configuration, variant: "v")
        }
        let twice = [GroupThreshold(group: "white", threshold: 0.5), GroupThreshold(group: "white", threshold: 0.6)]
        #expect(throws: ThresholdSweepError.repeatedGroup("white")) {
            try ThresholdSweep(grid: grid, groupThresholds: twice).variants(of: configuration, variant: "v")
        }
    }

    @Test("every fairness figure the sweep reports is in the catalog")
    func figuresExist() {
        #expect(FairnessFigure.all.allSatisfy { $0.metric != nil })
        #expect(FairnessFigure.flaggedShare != nil)
        #expect(
            FairnessFigure.Kind.allCases.allSatisfy { kind in
                (1...10).allSatisfy { FairnessFigure.decile($0, kind) != nil }
            })
    }
}
