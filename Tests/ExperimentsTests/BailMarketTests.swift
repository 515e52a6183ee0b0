import PretrialModel
import Testing

/// The bail market's mechanisms on the county baseline, each against the same people with the
/// same luck (one replication, a short window): bondsmen who refuse bonds, who surrender clients
/// after a failure to appear, and families who pool resources.
@Suite("Bail market: bondsmen and family pooling")
struct BailMarketTests {
    /// The baseline's configuration with a year of arrests and `change` applied to its market.
    static func run(
        laterPosting: Double? = nil, _ change: (inout BailMarket) -> Void
    ) throws -> ReplicationMetrics {
        var configuration = try ShippedScenario.load("scenarios/us-county-baseline.yaml").baseline.configuration
        configuration.arrestWindowDays = 240
        configuration.warmUpDays = 30
        if let laterPosting { configuration.behaviour.laterPostingProbability = laterPosting }
        change(&configuration.behaviour.bailMarket)
        return try PretrialSimulation.run(configuration, seed: 5, replication: 0)
    }

    @Test("a scenario without the keys has a market that changes nothing")
    func defaultsAreNeutral() throws {
        let r1 = try ShippedScenario.load("scenarios/r1-benchmark.yaml").baseline.configuration
        #expect(r1.behaviour.bailMarket == BailMarket())
        #expect(!BailMarket().bondsmenChoose && !BailMarket().familyPools)
    }

    @Test("bondsmen who refuse every bond leave more bail unposted, and none posted through them")
    func refusals() throws {
        let open = try Self.run { $0 = BailMarket() }
        let refusing = try Self.run { $0 = BailMarket(bondsmanMinimumPremium: 1e12) }
        #expect(open.overall(.bondsmanShare) > 0.3)
        #expect(refusing.overall(.bondsmanShare) == 0)
        #expect(refusing.overall(.bailUnaffordableShare) > open.overall(.bailUnaffordableShare) + 0.1)
        let byPriors = try Self.run { $0 = BailMarket(bondsmanMaximumPriors: 0) }
        #expect(byPriors.overall(.bailUnaffordableShare) > open.overall(.bailUnaffordableShare))
        #expect(byPriors.overall(.bailUnaffordableShare) < refusing.overall(.bailUnaffordableShare))
    }

    @Test("bondsmen who surrender clients after a failure to appear add days in jail")
    func surrender() throws {
        let keeping = try Self.run { $0 = BailMarket() }
        let surrendering = try Self.run { $0 = BailMarket(surrenderAfterFailureToAppear: 1) }
        #expect(surrendering.overall(.bedDays) > keeping.overall(.bedDays))
    }

    @Test("families who pool resources post more bail, more in the lower bands")
    func pooling() throws {
        let alone = try Self.run(laterPosting: 0) { $0 = BailMarket() }
        let pooled = try Self.run(laterPosting: 0) {
            $0 = BailMarket(familyContributionPerDay: 0.2, familyContributionCap: 3)
        }
        #expect(pooled.overall(.bailPostedShare) > alone.overall(.bailPostedShare) + 0.02)
        #expect(pooled.overall(.pretrialDetentionDays) < alone.overall(.pretrialDetentionDays))
        // Posting falls as bail rises.
        #expect(pooled.overall(.bailPostedShareUnder5k) > pooled.overall(.bailPostedShare100kTo500k))
    }
}
