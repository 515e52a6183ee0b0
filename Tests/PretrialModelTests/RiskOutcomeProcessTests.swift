import Experiments
import Policies
import PolicyKit
@testable import PretrialModel
import SimKernel
import Testing

/// The fairness figures of a run: selective labels (an audit of released people misreads error
/// rates when high scorers are held), and policing intensity as a mechanism of unequal error
/// rates. Small runs: two groups alike in everything, 60 days of arrests, a few replications.
@Suite("Fairness figures: selective labels and policing intensity")
struct RiskOutcomeProcessTests {
    /// A two-group population, alike in everything unless `intensityB` says otherwise, scored
    /// by `priors-risk-score` and released by `risk-assessment-release` at `releaseThreshold`
    /// (above it: detained without bail); the figures flag at 0.5.
    static func configuration(releaseThreshold: Double, intensityB: Double = 1) throws -> ModelConfiguration {
        let registry = BuiltInPolicies.registry()
        let groups = try ["A", "B"].map { name in
            GroupProfile(
                name: name, share: 0.5, abilityToPay: try .lognormal(median: 1500, sigma: 1.0), chargeMix: [1],
                priors: try .poisson(mean: 2.5), ageMix: [1], policingIntensity: name == "B" ? intensityB : 1)
        }
        let population = PopulationProfile(
            groups: groups,
            chargeClasses: [
                ChargeClassProfile(
                    name: "any", guiltProbability: 0.9, failureToAppear: 0, newArrestPerDay: 0, priorsEffect: 0,
                    sentenceDays: try .constant(30))
            ],
            ageBands: ["all"])
        let chosen: [DecisionPoint: (String, [String: ParameterValue])] = [
            .arrest: ("book-all", [:]), .counsel: ("no-counsel", [:]),
            .risk: ("priors-risk-score", ["intercept": .number(-1.4), "priors_weight": .number(0.4)]),
            .release: (
                "risk-assessment-release",
                [
                    "threshold": .number(releaseThreshold), "conditions_band": .number(0),
                    "high_risk_action": .text("detain"),
                ]
            ),
            .plea: ("standard-plea", [:]), .scheduling: ("fifo", [:]),
        ]
        let instances = try chosen.mapValues { name, parameters in
            try registry.module(named: name)!.instantiate(parameters, population: population.info)
        }
        return ModelConfiguration(
            arrestWindowDays: 60, warmUpDays: 0, maximumDays: 100_000, population: population,
            arrests: ArrivalProfile(ratePerDay: 40),
            process: ProcessProfile(
                firstAppearanceDelay: try .exponential(mean: 1), courtDateInterval: try .exponential(mean: 30),
                courtDatesBeforeTrial: 1, dismissalPerCourtDate: 0, warrantDelay: try .exponential(mean: 14)),
            behaviour: BehaviourProfile(
                bondsmanPremiumShare: nil, laterPostingProbability: 0, laterPostingMeanDays: 10,
                remandAfterFailureToAppear: 0, revocationOnNewArrest: 0,
                plea: PleaAcceptance(detained: 0.6, released: 0.4)),
            courts: CourtProfile(
                courtrooms: 12, trialDuration: try .gamma(shape: 2, scale: 0.1), convictionIfGuilty: 1,
                convictionIfInnocent: 0),
            policies: try PolicySet(instances), costPerBedDay: 100,
            riskOutcome: RiskOutcomeModel(
                threshold: 0.5, intercept: -1.6, priors: 0.35, ageBands: [0], chargeClasses: [0], groups: [0, 0],
                riskFactorLoading: 1))
    }

    static func run(_ configuration: ModelConfiguration, replications: Int = 6) throws -> [ReplicationMetrics] {
        try (0..<replications).map { try PretrialSimulation.run(configuration, seed: 11, replication: $0) }
    }

    /// The estimate over replications of `first − second` (paired, replication by replication).
    static func difference(
        _ runs: [ReplicationMetrics], _ first: (ReplicationMetrics) -> Double,
        _ second: (ReplicationMetrics) -> Double
    ) -> Estimate {
        Estimate(samples: runs.map { first($0) - second($0) })
    }

    @Test("holding high scorers: observed FPR below the true one (0), observed FNR above it (1)")
    func selectiveLabelsBiasTheAudit() throws {
        let runs = try Self.run(try Self.configuration(releaseThreshold: 0.5))
        for metrics in runs {
            // Every flagged person is held to disposition, so no flagged case has an observed
            // outcome: among the observed negatives none is flagged, among the observed
            // positives all are unflagged.
            #expect(metrics.overall(.riskFalsePositiveRateObserved) == 0)
            #expect(metrics.overall(.riskFalseNegativeRateObserved) == 1)
            #expect(metrics.overall(.riskPositivePredictiveValueObserved).isNaN)
            #expect(metrics.overall(.riskFalsePositiveRateTrue) > 0.05)
            #expect(metrics.overall(.riskFalseNegativeRateTrue) < 0.9)
            // Below the threshold every case is released, so calibration there is seen whole.
            for decile in 1...5 {
                let id = "risk_outcome_rate_decile_\(decile)_"
                let observed = try #require(MetricID(rawValue: id + "observed"))
                let truth = try #require(MetricID(rawValue: id + "true"))
                #expect(
                    metrics.overall(observed).isNaN && metrics.overall(truth).isNaN
                        || metrics.overall(observed) == metrics.overall(truth), "decile \(decile)")
            }
            #expect(metrics.overall(.riskOutcomeRateDecile10Observed).isNaN, "the top decile is all held")
        }
        // The high scorers an audit cannot see are the likelier to offend: the observed base
        // rate and AUC are below the true ones.
        let rate = Self.difference(runs, { $0.overall(.riskOutcomeRateTrue) }, { $0.overall(.riskOutcomeRateObserved) })
        #expect(rate.lower > 0, "true − observed outcome rate \(rate.mean) ± \(rate.halfWidth)")
        let gap = Estimate(samples: runs.map { $0.overall(.riskFalsePositiveRateGap) })
        #expect(gap.lower > 0.05, "FPR gap \(gap.mean) ± \(gap.halfWidth)")
        let auc = Self.difference(runs, { $0.overall(.riskAUCTrue) }, { $0.overall(.riskAUCObserved) })
        #expect(auc.lower > 0, "true − observed AUC \(auc.mean) ± \(auc.halfWidth)")
    }

    @Test("releasing everyone: every observed figure equals the true one exactly")
    func nobodyDetainedSeesEverything() throws {
        let runs = try Self.run(try Self.configuration(releaseThreshold: 1), replications: 3)
        let pairs: [(MetricID, MetricID)] = [
            (.riskOutcomeRateObserved, .riskOutcomeRateTrue),
            (.riskFalsePositiveRateObserved, .riskFalsePositiveRateTrue),
            (.riskFalseNegativeRateObserved, .riskFalseNegativeRateTrue),
            (.riskPositivePredictiveValueObserved, .riskPositivePredictiveValueTrue),
            (.riskAUCObserved, .riskAUCTrue),
        ]
        for metrics in runs {
            #expect(metrics.overall(.riskFlaggedShare) > 0.1, "some are flagged at 0.5, none detained")
            for (observed, truth) in pairs {
                for cell in metrics.cells where !metrics.value(truth, cell).isNaN {
                    #expect(metrics.value(observed, cell) == metrics.value(truth, cell), "\(truth) \(cell)")
                }
            }
            #expect(metrics.overall(.riskFalsePositiveRateGap) == 0)
            #expect(metrics.numerator(.riskOutcomeRateObserved, .overall) > 100)
        }
    }

    @Test("equal policing and equal hazards: equal error rates; policing B twice as hard raises its FPR")
    func policingIntensityRaisesFalsePositives() throws {
        let (a, b) = (BreakdownCell.group("A"), BreakdownCell.group("B"))
        let equal = try Self.run(try Self.configuration(releaseThreshold: 1))
        for metric in [MetricID.riskFalsePositiveRateTrue, .riskFalseNegativeRateTrue, .riskFlaggedShare] {
            let gap = Self.difference(equal, { $0.value(metric, b) }, { $0.value(metric, a) })
            #expect(gap.covers(0), "\(metric) B − A: \(gap.mean) ± \(gap.halfWidth)")
        }
        let biased = try Self.run(try Self.configuration(releaseThreshold: 1, intensityB: 2))
        let fpr = Self.difference(
            biased, { $0.value(.riskFalsePositiveRateTrue, b) }, { $0.value(.riskFalsePositiveRateTrue, a) })
        #expect(fpr.lower > 0, "FPR B − A under double policing of B: \(fpr.mean) ± \(fpr.halfWidth)")
        // Group A is untouched: the same people, the same luck, the same figures.
        for (unbiased, run) in zip(equal, biased) {
            #expect(run.value(.riskFalsePositiveRateTrue, a) == unbiased.value(.riskFalsePositiveRateTrue, a))
        }
    }

    @Test("without an instrument or an outcome, the figures are NaN and nothing else changes")
    func offWithoutInstrument() throws {
        var configuration = try Self.configuration(releaseThreshold: 1)
        let plain = try R1Configuration.make(arrestWindowDays: 30, rate: 20)
        let metrics = try PretrialSimulation.run(plain, seed: 3, replication: 0)
        for metric in MetricID.allCases where metric.rawValue.hasPrefix("risk_") {
            #expect(metrics.overall(metric).isNaN, "\(metric.rawValue)")
        }
        // An outcome section alone changes no figure of the process.
        configuration.riskOutcome = nil
        let without = try PretrialSimulation.run(configuration, seed: 5, replication: 0)
        configuration.riskOutcome = try Self.configuration(releaseThreshold: 1).riskOutcome
        let with = try PretrialSimulation.run(configuration, seed: 5, replication: 0)
        for metric in MetricID.allCases where !metric.rawValue.hasPrefix("risk_") {
            let (x, y) = (without.overall(metric), with.overall(metric))
            #expect(x == y || x.isNaN && y.isNaN, "\(metric.rawValue)")
        }
    }

    @Test("recorded priors: thinning and inflation keep the mean at intensity × true, and 0 stays 0")
    func recordedPriorsScaleWithIntensity() {
        let stream = RandomStream(seed: 9, algorithm: .splitMix64)
        for intensity in [0.5, 2.0] {
            let draws = (0..<20_000).map { _ in PretrialProcess.recordedPriors(4, intensity: intensity, stream) }
            let mean = Double(draws.reduce(0, +)) / Double(draws.count)
            #expect(abs(mean - 4 * intensity) < 0.05, "intensity \(intensity): mean \(mean)")
            #expect(intensity < 1 ? draws.allSatisfy { $0 <= 4 } : draws.allSatisfy { $0 >= 4 })
        }
        #expect(PretrialProcess.recordedPriors(0, intensity: 3, stream) == 0)
        #expect(PretrialProcess.recordedPriors(7, intensity: 1, stream) == 7)
    }
}
