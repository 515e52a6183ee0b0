import Policies
import PolicyKit
import SimKernel
import Testing

@testable import PretrialModel

/// Two court tiers: each tier is its own M/M/c queue (Erlang C), cases sent up are tried once
/// in the higher tier, and the backlog by tier is what the series reads.
@Suite("Court tiers and sending up")
struct CourtTierTests {
    @Test("each tier of two M/M/c queues waits as Erlang C gives, and tries its arrivals (Little's law)")
    func eachTierMatchesErlangC() throws {
        // Lower: minor cases, 20 × 0.75 × (1 − 0.2) = 12 a day, 7 courtrooms, mean trial 0.5 day.
        // Higher: serious cases and those sent up, 20 × 0.25 + 20 × 0.75 × 0.2 = 8 a day, 10
        // courtrooms, mean trial 1 day. A Poisson stream through independent delays and
        // independent thinning stays Poisson, so each tier is M/M/c.
        let tiers = try CourtTierConfiguration.twoTiers(sentUpShare: 0.2, lowerCourtrooms: 7, higherCourtrooms: 10)
        let configuration = try CourtTierConfiguration.make(tiers: tiers)
        let lower = ErlangC(arrivalRate: 12, meanService: 0.5, servers: 7)
        let higher = ErlangC(arrivalRate: 8, meanService: 1, servers: 10)
        // Waits in a busy M/M/c queue are strongly autocorrelated: twelve replications of 1,800
        // counted days bring the mean within a few per cent (3–4% at this seed).
        let replications = 12
        var waits = (lower: 0.0, higher: 0.0)
        var tried = (lower: 0.0, higher: 0.0)
        var sentUp = 0.0
        var days = 0.0
        for replication in 0..<replications {
            let metrics = try PretrialSimulation.run(configuration, seed: 11, replication: replication)
            waits.lower += metrics.overall(.lowerCourtTrialWaitDays) / Double(replications)
            waits.higher += metrics.overall(.higherCourtTrialWaitDays) / Double(replications)
            tried.lower += metrics.overall(.lowerCourtCasesTried) / Double(replications)
            tried.higher += metrics.overall(.higherCourtCasesTried) / Double(replications)
            sentUp += metrics.overall(.casesSentUp) / Double(replications)
            days = metrics.overall(.countedDays)
            #expect(metrics.overall(.lowerCourtTrialBacklogAtWindowEnd).isFinite)
            #expect(
                metrics.overall(.lowerCourtTrialBacklogAtWindowEnd)
                    + metrics.overall(.higherCourtTrialBacklogAtWindowEnd)
                    == metrics.overall(.trialBacklogAtWindowEnd))
            #expect(
                metrics.overall(.lowerCourtCasesTried) + metrics.overall(.higherCourtCasesTried)
                    == metrics.overall(.casesTried))
        }
        #expect(abs(waits.lower / lower.meanWait - 1) < 0.1, "lower wait \(waits.lower) vs \(lower.meanWait)")
        #expect(abs(waits.higher / higher.meanWait - 1) < 0.1, "higher wait \(waits.higher) vs \(higher.meanWait)")
        // Throughput: the cases counted and tried in each tier, per counted day, are its arrival rate.
        #expect(abs(tried.lower / days / lower.arrivalRate - 1) < 0.03, "lower \(tried.lower / days) a day")
        #expect(abs(tried.higher / days / higher.arrivalRate - 1) < 0.03, "higher \(tried.higher / days) a day")
        #expect(abs(sentUp / days / 3 - 1) < 0.05, "sent up \(sentUp / days) a day")
    }

    @Test("conservation: every case sent up is tried once, in the higher tier, and every case ends once")
    func sentUpCasesAreTriedOnce() throws {
        for share in [1.0, 0.3] {
            let tiers = try CourtTierConfiguration.twoTiers(sentUpShare: share)
            let configuration = try CourtTierConfiguration.make(tiers: tiers, arrestWindowDays: 300, warmUpDays: 0)
            let (metrics, audit) = try PretrialSimulation.run(
                configuration, seed: 3, replication: 0, guards: nil, auditing: true)
            let minor = BreakdownCell.chargeClass("minor")
            let serious = BreakdownCell.chargeClass("serious")
            let arrests = metrics.overall(.arrests)
            #expect(arrests > 0)
            #expect(metrics.overall(.openCasesAtEnd) == 0)
            #expect(metrics.overall(.casesDisposed) == arrests)
            #expect(metrics.overall(.casesTried) == arrests, "no pleas, no dismissals: every case is tried")
            let sent = metrics.value(.casesSentUp, minor)
            #expect(metrics.value(.casesSentUp, serious) == 0)
            #expect(metrics.value(.lowerCourtCasesTried, minor) + sent == metrics.value(.arrests, minor))
            #expect(metrics.value(.higherCourtCasesTried, minor) == sent)
            #expect(metrics.value(.higherCourtCasesTried, serious) == metrics.value(.arrests, serious))
            if share == 1 { #expect(metrics.overall(.lowerCourtCasesTried) == 0) }
            #expect(audit.newArrestsWhileHeld == 0)
        }
    }

    @Test("without tiers nothing of the tiers is counted, and the backlog by tier is the one court's")
    func oneCourtHasNoTierFigures() throws {
        let configuration = try CourtTierConfiguration.make(arrestWindowDays: 200, warmUpDays: 20)
        let metrics = try PretrialSimulation.run(configuration, seed: 1, replication: 0)
        #expect(metrics.overall(.casesSentUp) == 0)
        #expect(metrics.overall(.lowerCourtCasesTried) == 0 && metrics.overall(.higherCourtCasesTried) == 0)
        #expect(metrics.overall(.lowerCourtTrialBacklogAtWindowEnd).isNaN)
        #expect(metrics.overall(.higherCourtTrialBacklogGrowthPerYear).isNaN)
        #expect(configuration.courtTierNames.isEmpty)
        let process = PretrialProcess(configuration: configuration, seed: 1, replication: 0)
        #expect(process.trialBacklog(tier: 0) == 0)
    }

    @Test("the case record keeps its size: the tier and the extensions sit in its padding")
    func caseRecordLayout() {
        #expect(MemoryLayout<CaseRecord>.offset(of: \CaseRecord.group) == 24)
    }
}
