import PretrialModel
import Scenarios
import Testing

/// The bail market's keys of `behaviour`: read when given, the behaviour without them when not,
/// and clear errors for bad values.
@Suite("Decoding the bail market's keys")
struct BailMarketDecodingTests {
    static func withMarket(_ lines: String) -> String {
        ScenarioFixtures.replacing(
            "later_posting_mean_days: 12", with: "  later_posting_mean_days: 12\n" + lines)
    }

    @Test("absent keys give the market that changes nothing")
    func absent() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.valid)
        #expect(scenario.baseline.configuration.behaviour.bailMarket == BailMarket())
    }

    @Test("every key is read")
    func everyKey() throws {
        let text = Self.withMarket(
            """
              bondsman_minimum_premium: 150
              bondsman_max_priors: 6
              bondsman_max_failures_to_appear: null
              bondsman_surrender_after_failure_to_appear: 0.25
              family_contribution_per_day: 0.1
              family_contribution_cap: 2
            """)
        let market = try ScenarioFixtures.load(text).baseline.configuration.behaviour.bailMarket
        #expect(
            market
                == BailMarket(
                    bondsmanMinimumPremium: 150, bondsmanMaximumPriors: 6, bondsmanMaximumFailuresToAppear: nil,
                    surrenderAfterFailureToAppear: 0.25, familyContributionPerDay: 0.1, familyContributionCap: 2))
    }

    @Test("bad values are errors at their key, with a fix")
    func badValues() throws {
        let surrender = try #require(
            ScenarioFixtures.onlyError(Self.withMarket("  bondsman_surrender_after_failure_to_appear: 1.5")))
        #expect(surrender.keyPath == "behaviour.bondsman_surrender_after_failure_to_appear")
        let priors = try #require(ScenarioFixtures.onlyError(Self.withMarket("  bondsman_max_priors: -1")))
        #expect(priors.keyPath == "behaviour.bondsman_max_priors")
        let halfPooling = try #require(
            ScenarioFixtures.onlyError(Self.withMarket("  family_contribution_per_day: 0.1")))
        #expect(halfPooling.keyPath == "behaviour.family_contribution_per_day")
        #expect(halfPooling.description.contains("family_contribution_cap"))
        let misspelt = try #require(ScenarioFixtures.onlyError(Self.withMarket("  bondsman_minimum_premum: 100")))
        #expect(misspelt.description.contains("bondsman_minimum_premium"))
    }
}
