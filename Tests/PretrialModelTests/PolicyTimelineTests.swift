import Policies
import PolicyKit
import SimKernel
import Testing

@testable import PretrialModel

/// Policy timelines in the process: a reform from day D changes nothing before D under common
/// random numbers, its effect grows after D as it phases in, and at the phase-in's midpoint
/// half the cases are under it.
@Suite("Policy timelines: the process")
struct PolicyTimelineTests {
    /// The day the reform starts and the length of its phase-in.
    static let reformDay = 120.0
    static let phaseIn = 90.0

    /// R1's release policy (30% released on recognizance, the rest on money bail), and as the
    /// reform the same module releasing everyone on recognizance.
    static func reform(phaseIn: Double = Self.phaseIn) throws -> PolicyChange {
        let module = try #require(BuiltInPolicies.registry().module(named: "r1-release"))
        let configuration = try R1Configuration.make()
        let instance = try module.instantiate(
            ["ror_probability": .number(1), "bail_median": .number(2000), "bail_sigma": .number(0.8)],
            population: configuration.population.info)
        return PolicyChange(fromDay: reformDay, phaseInDays: phaseIn, instance: instance, module: "r1-release")
    }

    /// R1 counting the people arrested on [`from`, `to`), with the reform or without.
    static func configuration(from: Double, to: Double, reformed: Bool, maximumDays: Double = 100_000)
        throws -> ModelConfiguration
    {
        var configuration = try R1Configuration.make(arrestWindowDays: to, warmUpDays: from)
        configuration.maximumDays = maximumDays
        if reformed { configuration.policyChanges = [try reform()] }
        return configuration
    }

    /// Every figure's value, NaN compared by its bits.
    static func bits(_ metrics: ReplicationMetrics) -> [MetricID: [UInt64]] {
        metrics.values.mapValues { $0.map(\.bitPattern) }
    }

    @Test func aReformFromDayDChangesNothingBeforeD() throws {
        for replication in 0..<3 {
            let baseline = try PretrialSimulation.run(
                Self.configuration(from: 0, to: Self.reformDay, reformed: false, maximumDays: Self.reformDay),
                seed: 41, replication: replication)
            let reformed = try PretrialSimulation.run(
                Self.configuration(from: 0, to: Self.reformDay, reformed: true, maximumDays: Self.reformDay),
                seed: 41, replication: replication)
            #expect(baseline.overall(.arrests) > 10_000)
            #expect(Self.bits(baseline) == Self.bits(reformed), "replication \(replication)")
            #expect(baseline.modelEvents == reformed.modelEvents)
        }
    }

    @Test func theReformChangesTheRunAfterD() throws {
        let baseline = try PretrialSimulation.run(
            Self.configuration(from: 0, to: 2 * Self.reformDay, reformed: false), seed: 41, replication: 0)
        let reformed = try PretrialSimulation.run(
            Self.configuration(from: 0, to: 2 * Self.reformDay, reformed: true), seed: 41, replication: 0)
        #expect(baseline.overall(.arrests) == reformed.overall(.arrests), "the same people are arrested")
        #expect(
            reformed.overall(.detainedPastFirstAppearanceShare)
                < baseline.overall(.detainedPastFirstAppearanceShare))
    }

    /// The share of people arrested on [`from`, `to`) whom the reform spares detention after
    /// first appearance: 0 if no case is under it, 1 if every case is (the reform releases
    /// everyone, so detention under it is 0).
    static func shareUnderReform(from: Double, to: Double) throws -> Double {
        let baseline = try PretrialSimulation.run(
            configuration(from: from, to: to, reformed: false), seed: 43, replication: 0)
        let reformed = try PretrialSimulation.run(
            configuration(from: from, to: to, reformed: true), seed: 43, replication: 0)
        let before = baseline.overall(.detainedPastFirstAppearanceShare)
        return 1 - reformed.overall(.detainedPastFirstAppearanceShare) / before
    }

    @Test func theEffectGrowsAsTheReformPhasesIn() throws {
        let third = Self.phaseIn / 3
        let starts = [
            Self.reformDay - third, Self.reformDay, Self.reformDay + third, Self.reformDay + 2 * third,
            Self.reformDay + Self.phaseIn,
        ]
        let shares = try starts.map { try Self.shareUnderReform(from: $0, to: $0 + third) }
        #expect(abs(shares[0]) < 0.02, "before the reform nobody is under it: \(shares)")
        for (earlier, later) in zip(shares, shares.dropFirst()) {
            #expect(later > earlier + 0.1, "the effect grows from window to window: \(shares)")
        }
        // Expected shares: 0, 1/6, 1/2, 5/6, 1 (the linear ramp averaged over each window).
        #expect(abs(shares[1] - 1.0 / 6) < 0.06, "\(shares)")
        #expect(abs(shares[3] - 5.0 / 6) < 0.06, "\(shares)")
        #expect(shares[4] > 0.99, "after the phase-in every case is under the reform: \(shares)")
    }

    @Test func halfTheCasesAreUnderTheReformAtThePhaseInsMidpoint() throws {
        let midpoint = Self.reformDay + Self.phaseIn / 2
        let share = try Self.shareUnderReform(from: midpoint - 5, to: midpoint + 5)
        #expect(abs(share - 0.5) < 0.05, "share under the reform at the midpoint: \(share)")
    }

    @Test func theRegimeIndexFollowsTheShareOfTheDay() throws {
        let configuration = try R1Configuration.make()
        let regimes = PolicyRegimes(base: configuration.policies, changes: [try Self.reform()])
        #expect(regimes.sets.count == 2)
        #expect(
            regimes.index(on: 0) {
                Issue.record("no draw before the reform"); return 0
            } == 0)
        #expect(
            regimes.index(on: Self.reformDay + Self.phaseIn) {
                Issue.record("no draw after it"); return 0
            } == 1)
        let midpoint = Self.reformDay + Self.phaseIn / 2
        #expect(regimes.index(on: midpoint) { 0.49 } == 1)
        #expect(regimes.index(on: midpoint) { 0.51 } == 0)
        let change = try Self.reform()
        #expect(change.share(on: Self.reformDay - 1) == 0)
        #expect(change.share(on: midpoint) == 0.5)
        #expect(change.share(on: Self.reformDay + 2 * Self.phaseIn) == 1)
        #expect(try Self.reform(phaseIn: 0).share(on: Self.reformDay) == 1)
    }
}
