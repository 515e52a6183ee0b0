import Foundation
import Policies
import PolicyKit
import PretrialModel
import SimKernel
import Testing

/// Police custody and the lawyer at the station on the county baseline, against the same people
/// with the same luck (common random numbers): the legal limit, the custody decision, what
/// advice changes, and that a person released without charge has no court case.
@Suite("Police custody and the station lawyer")
struct PoliceCustodyTests {
    /// Police custody of `hours` (cut at 24 hours, extended to 36 with probability `extensionShare`), with
    /// `withoutCharge` released without charge and `underInvestigation` released under
    /// investigation (a third of whose cases lapse after about 30 days).
    static func custody(
        hours: Distribution? = nil, extensionShare: Double = 0, withoutCharge: Double = 0.2,
        underInvestigation: Double = 0
    ) throws -> PoliceCustody {
        PoliceCustody(
            hours: try hours ?? .gamma(shape: 2, scale: 6), limitHours: 24, extendedLimitHours: 36,
            extensionProbability: extensionShare, releasedWithoutCharge: withoutCharge,
            releasedUnderInvestigation: underInvestigation, investigationDays: try .exponential(mean: 30),
            investigationLapses: 1.0 / 3)
    }

    /// The county baseline (240 days of arrests) with `custody` and, if `mode` is given, the
    /// station lawyer in that mode with `parameters`.
    static func configuration(
        _ custody: PoliceCustody, mode: String? = nil, _ parameters: [String: ParameterValue] = [:]
    ) throws -> ModelConfiguration {
        var configuration = try ShippedScenario.load("scenarios/us-county-baseline.yaml").baseline.configuration
        configuration.arrestWindowDays = 240
        configuration.warmUpDays = 30
        configuration.policeCustody = custody
        if let mode {
            let module = try #require(BuiltInPolicies.registry().module(named: "station-lawyer"))
            var given = parameters
            given["mode"] = .text(mode)
            let instance = try module.instantiate(given, population: configuration.population.info)
            configuration.policies = configuration.policies.replacing(with: instance, module: module.name)
        }
        return configuration
    }

    static func run(_ configuration: ModelConfiguration) throws -> ReplicationMetrics {
        try PretrialSimulation.run(configuration, seed: 5, replication: 0)
    }

    @Test("hours are cut at the legal limit, and pass 24 only under an extension, up to 36")
    func legalLimit() throws {
        let long = try Distribution.exponential(mean: 30)
        let strict = try Self.run(Self.configuration(Self.custody(hours: long)))
        #expect(strict.overall(.policeCustodyPast24HoursShare) == 0)
        #expect(strict.overall(.policeCustodyHoursMean) <= 24)
        // E[min(X, 24)] for an exponential of mean 30: 30 (1 − e^(−24/30)).
        let expected = 30 * (1 - exp(-24.0 / 30))
        #expect(abs(strict.overall(.policeCustodyHoursMean) - expected) < 0.5)
        let extended = try Self.run(Self.configuration(Self.custody(hours: long, extensionShare: 0.5)))
        // Past 24 hours: drawn beyond 24 and extended, P = e^(−24/30) / 2.
        let past = extended.overall(.policeCustodyPast24HoursShare)
        let n = extended.denominator(.policeCustodyPast24HoursShare, .overall)
        let p = exp(-24.0 / 30) / 2
        #expect(abs(past - p) < 4 * (p * (1 - p) / n).squareRoot(), "\(past) against \(p)")
        let custody = try Self.custody(extensionShare: 1)
        for drawn in stride(from: -5.0, through: 200, by: 0.5) {
            #expect(custody.heldHours(drawn: drawn, extended: false) <= 24)
            #expect(custody.heldHours(drawn: drawn, extended: true) <= 36)
            #expect(custody.heldHours(drawn: drawn, extended: true) >= 0)
        }
    }

    @Test("a lawyer for everyone raises release without charge by the shift, against no lawyer")
    func releaseWithoutChargeShift() throws {
        let shift = 0.1
        let effects: [String: ParameterValue] = [
            "release_without_charge_shift": .number(shift), "evidence_from_unadvised_statements": .number(0),
            "first_appearance_release_shift": .number(0),
        ]
        let custody = try Self.custody(withoutCharge: 0.2)
        let never = try Self.run(Self.configuration(custody, mode: "never", effects))
        let always = try Self.run(Self.configuration(custody, mode: "always", effects))
        let absent = try Self.run(Self.configuration(custody))
        #expect(never.overall(.stationAdviceShare) == 0 && always.overall(.stationAdviceShare) == 1)
        // No policy and mode never are the same process.
        #expect(absent.overall(.releasedWithoutChargeShare) == never.overall(.releasedWithoutChargeShare))
        #expect(absent.overall(.pretrialDetentionDays) == never.overall(.pretrialDetentionDays))
        let n = always.denominator(.releasedWithoutChargeShare, .overall)
        let difference = always.overall(.releasedWithoutChargeShare) - never.overall(.releasedWithoutChargeShare)
        // Under common random numbers the difference is the share whose draw falls in
        // [0.2, 0.3): binomial, plus the few re-arrests that differ between the runs.
        #expect(abs(difference - shift) < 4 * (shift * (1 - shift) / n).squareRoot() + 0.005, "\(difference)")
        #expect(abs(never.overall(.releasedWithoutChargeShare) - 0.2) < 0.02)
    }

    @Test("advice weakens evidence (more dismissals) and turns some first-appearance holds into releases")
    func evidenceAndFirstAppearance() throws {
        let effects: [String: ParameterValue] = [
            "release_without_charge_shift": .number(0), "evidence_from_unadvised_statements": .number(0.3),
            "first_appearance_release_shift": .number(0.3),
        ]
        let custody = try Self.custody(withoutCharge: 0)
        let never = try Self.run(Self.configuration(custody, mode: "never", effects))
        let always = try Self.run(Self.configuration(custody, mode: "always", effects))
        #expect(always.overall(.dismissalShare) > never.overall(.dismissalShare) + 0.01)
        #expect(always.overall(.recognizanceShare) > never.overall(.recognizanceShare) + 0.05)
        #expect(
            always.overall(.detainedPastFirstAppearanceShare) < never.overall(.detainedPastFirstAppearanceShare) - 0.02)
        // Recognizance rises by about the shift times the share held or given money bail.
        let heldShare = never.overall(.moneyBailShare) + never.overall(.detainedWithoutBailShare)
        let rise = always.overall(.recognizanceShare) - never.overall(.recognizanceShare)
        #expect(abs(rise - 0.3 * heldShare) < 0.03, "\(rise) against \(0.3 * heldShare)")
        let onlyEvidence = try Self.run(
            Self.configuration(
                custody, mode: "always",
                effects.merging(["first_appearance_release_shift": .number(0)]) { $1 }))
        #expect(onlyEvidence.overall(.dismissalShare) > never.overall(.dismissalShare))
    }

    @Test("on request with rate r advises a share r", arguments: [0.2, 0.45, 0.8])
    func onRequest(rate: Double) throws {
        let metrics = try Self.run(
            Self.configuration(Self.custody(), mode: "on_request", ["request_rate": .number(rate)]))
        let n = metrics.denominator(.stationAdviceShare, .overall)
        let share = metrics.overall(.stationAdviceShare)
        #expect(abs(share - rate) < 4 * (rate * (1 - rate) / n).squareRoot(), "\(share) against \(rate)")
    }

    @Test("a person released without charge, or whose investigation lapsed, has no court case")
    func conservation() throws {
        var configuration = try Self.configuration(Self.custody(withoutCharge: 0.25, underInvestigation: 0.2))
        // No declination, so that everyone charged and held has a counted first appearance.
        configuration.process.dismissal.declinationAtFirstAppearance = 0
        let metrics = try Self.run(configuration)
        let custodies = metrics.denominator(.releasedWithoutChargeShare, .overall)
        let withoutCharge = metrics.numerator(.releasedWithoutChargeShare, .overall)
        let underInvestigation = metrics.numerator(.releasedUnderInvestigationShare, .overall)
        let lapsed = metrics.numerator(.investigationLapsedShare, .overall)
        #expect(withoutCharge > 100 && underInvestigation > 100 && lapsed > 10)
        // Every arrest ends in a court disposition, a release without charge or a lapse, or is
        // still open.
        #expect(
            metrics.overall(.arrests)
                == metrics.overall(.casesDisposed) + withoutCharge + lapsed + metrics.overall(.openCasesAtEnd))
        // Only those charged and held have a first appearance.
        let firstAppearances = metrics.denominator(.moneyBailShare, .overall)
        #expect(firstAppearances == custodies - withoutCharge - underInvestigation)
        #expect(abs(metrics.overall(.investigationLapsedShare) - 1.0 / 3) < 0.06)
    }

    @Test("without police_custody the figures are NaN and nothing else changes")
    func absentChangesNothing() throws {
        var configuration = try ShippedScenario.load("scenarios/us-county-baseline.yaml").baseline.configuration
        configuration.arrestWindowDays = 120
        configuration.warmUpDays = 30
        #expect(configuration.policeCustody == nil)
        let plain = try Self.run(configuration)
        let module = try #require(BuiltInPolicies.registry().module(named: "station-lawyer"))
        let instance = try module.instantiate(["mode": .text("always")], population: configuration.population.info)
        configuration.policies = configuration.policies.replacing(with: instance, module: module.name)
        let unused = try Self.run(configuration)
        #expect(plain.overall(.policeCustodyHoursMean).isNaN && plain.overall(.stationAdviceShare).isNaN)
        // A station lawyer without police custody has no one to advise.
        for metric in MetricID.allCases where !plain.overall(metric).isNaN {
            #expect(plain.overall(metric) == unused.overall(metric), "\(metric)")
        }
    }

    @Test("the lawyer-at-the-station reform releases more without charge and detains fewer past first appearance")
    func reformDirection() async throws {
        let evidence = try await ReformDirectionTests.run("lawyer-at-the-station.yaml", replications: 2)
        let released = try ReformDirectionTests.difference(evidence, variant: 1, .releasedWithoutChargeShare)
        // The module's default shift, 0.05, on a baseline that releases no one without charge.
        #expect(
            released.lower > 0 && abs(released.mean - 0.05) < 0.01, "change \(released.mean) ± \(released.halfWidth)")
        let detained = try ReformDirectionTests.difference(evidence, variant: 1, .detainedPastFirstAppearanceShare)
        #expect(detained.upper < 0, "change \(detained.mean) ± \(detained.halfWidth)")
        let advised = try ReformDirectionTests.difference(evidence, variant: 2, .stationAdviceShare)
        #expect(abs(advised.mean - 0.45) < 0.02, "advised on request \(advised.mean)")
    }
}
