import Policies
import PolicyKit
import SimKernel
import Testing

@testable import PretrialModel

/// Extensions of the custody time limit on application: refused, they release as before;
/// granted, they hold to the limit plus the extensions; and the share held past the original
/// limit counts the right people.
@Suite("Custody time limit extensions")
struct CustodyLimitExtensionTests {
    /// A speedy-trial limit of `limit` days with `extensions` extensions of `days`, granted with `probability`.
    static func limit(_ limit: Double, extensions: Int = 0, probability: Double = 0.9, days: Double = 28)
        -> (String, [String: ParameterValue])
    {
        (
            "speedy-trial-limit",
            [
                "limit_days": .number(limit), "max_extensions": .integer(extensions),
                "extension_probability": .number(probability), "extension_days": .number(days),
            ]
        )
    }

    static func run(_ custodyLimit: (String, [String: ParameterValue]), tiers: [CourtTier] = []) throws
        -> ReplicationMetrics
    {
        let configuration = try CourtTierConfiguration.make(
            tiers: tiers, arrestWindowDays: 300, warmUpDays: 30, custodyLimit: custodyLimit)
        return try PretrialSimulation.run(configuration, seed: 5, replication: 0)
    }

    /// Every figure but the applications' and the extensions' equal (NaN equal to NaN).
    static func sameFigures(_ a: ReplicationMetrics, _ b: ReplicationMetrics, except: Set<MetricID>) -> [MetricID] {
        MetricID.allCases.filter { metric in
            guard !except.contains(metric), metric != .modelEvents else { return false }
            let x = a.values[metric] ?? [], y = b.values[metric] ?? []
            return x.count != y.count
                || zip(x, y).contains { !($0.isNaN && $1.isNaN) && abs($0 - $1) > 1e-9 * max(1, abs($0)) }
        }
    }

    @Test("probability 0: every application is refused, and the run is today's release at the limit")
    func refusedApplicationsReleaseAsBefore() throws {
        let today = try Self.run(Self.limit(20))
        let refused = try Self.run(Self.limit(20, extensions: 3, probability: 0))
        #expect(today.overall(.custodyLimitReleases) > 50)
        #expect(today.overall(.custodyLimitApplications) == 0)
        #expect(refused.overall(.custodyLimitApplications) == refused.overall(.custodyLimitReleases))
        #expect(refused.overall(.custodyLimitExtensions) == 0 && refused.overall(.heldPastOriginalCustodyLimit) == 0)
        let differ = Self.sameFigures(today, refused, except: [.custodyLimitApplications])
        #expect(differ.isEmpty, "figures that moved: \(differ)")
    }

    @Test("probability 1 with N extensions of d days holds to the limit + N × d: a limit of that length")
    func grantedExtensionsHoldToTheLongerLimit() throws {
        let extended = try Self.run(Self.limit(20, extensions: 2, probability: 1, days: 10))
        let longer = try Self.run(Self.limit(40))
        #expect(extended.overall(.custodyLimitReleases) > 20)
        let differ = Self.sameFigures(
            extended, longer,
            except: [
                .custodyLimitApplications, .custodyLimitExtensions, .heldPastOriginalCustodyLimit,
                .heldPastOriginalCustodyLimitShare,
            ])
        #expect(differ.isEmpty, "figures that moved: \(differ)")
        // Everyone held past 20 days got an extension (applications all granted), and the
        // second extension went to those still held at 30 days.
        let past = extended.overall(.heldPastOriginalCustodyLimit)
        #expect(past >= extended.overall(.custodyLimitReleases))
        #expect(extended.overall(.custodyLimitApplications) == extended.overall(.custodyLimitExtensions))
        #expect(extended.overall(.custodyLimitExtensions) <= 2 * past)
        #expect(extended.overall(.custodyLimitExtensions) >= past + extended.overall(.custodyLimitReleases))
    }

    @Test("the share held past the original limit: all of one tier's held cases, none of the other's")
    func heldPastOriginalLimitShare() throws {
        // Everyone is held (bail no one can pay) and tried after a court date 100 days after
        // first appearance. The lower tier's limit (56 days, one extension of 28 granted) is
        // reached by all its held cases; the higher tier's (182 days) by none.
        let tiers = try CourtTierConfiguration.twoTiers(
            sentUpShare: 0, lowerCourtrooms: 40, higherCourtrooms: 40,
            lowerLimit: TierCustodyLimit(
                days: 56, extensionTerms: CustodyLimitExtension(grantProbability: 1, days: 28, maximumExtensions: 1)),
            higherLimit: TierCustodyLimit(days: 182))
        let configuration = try CourtTierConfiguration.make(
            tiers: tiers, arrestWindowDays: 200, warmUpDays: 20, courtDateDays: 100, detainAll: true)
        let metrics = try PretrialSimulation.run(configuration, seed: 9, replication: 0)
        let minor = BreakdownCell.chargeClass("minor")
        let serious = BreakdownCell.chargeClass("serious")
        let heldMinor = metrics.denominator(.heldPastOriginalCustodyLimitShare, minor)
        let heldSerious = metrics.denominator(.heldPastOriginalCustodyLimitShare, serious)
        #expect(heldMinor > 100 && heldSerious > 30)
        #expect(metrics.value(.heldPastOriginalCustodyLimit, minor) == heldMinor)
        #expect(metrics.value(.heldPastOriginalCustodyLimit, serious) == 0)
        #expect(metrics.value(.heldPastOriginalCustodyLimitShare, minor) == 1)
        #expect(metrics.value(.heldPastOriginalCustodyLimitShare, serious) == 0)
        let share = metrics.overall(.heldPastOriginalCustodyLimitShare)
        #expect(abs(share - heldMinor / (heldMinor + heldSerious)) < 1e-12)
        // 56 + 28 = 84 days < 100: every minor case reached the extended limit too and was released.
        #expect(metrics.value(.custodyLimitReleases, minor) == heldMinor)
        #expect(metrics.value(.custodyLimitReleases, serious) == 0)
    }

    @Test("a case sent up takes the higher tier's limit, counting the days already held")
    func sentUpCaseTakesTheHigherLimit() throws {
        // All minor cases are sent up after a mean 10 days; the lower limit (30 days) would
        // release them before their court date 100 days on, the higher (182) does not.
        let tiers = try CourtTierConfiguration.twoTiers(
            sentUpShare: 1, lowerCourtrooms: 40, higherCourtrooms: 40, lowerLimit: TierCustodyLimit(days: 30),
            higherLimit: TierCustodyLimit(days: 182))
        let configuration = try CourtTierConfiguration.make(
            tiers: tiers, arrestWindowDays: 200, warmUpDays: 20, courtDateDays: 100, detainAll: true)
        let metrics = try PretrialSimulation.run(configuration, seed: 9, replication: 0)
        let minor = BreakdownCell.chargeClass("minor")
        // Released at 30 days only those whose sending took longer than 30 days (about e^−3 of them).
        let sent = metrics.value(.casesSentUp, minor)
        let released = metrics.value(.custodyLimitReleases, minor)
        #expect(sent > 100)
        #expect(released < 0.2 * sent, "released \(released) of \(sent)")
    }
}
