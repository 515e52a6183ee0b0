/// How money bail is posted beyond paying it at once: what commercial bondsmen refuse and do,
/// and what a person's family raises over time. Every field's default is the behaviour without
/// it (bondsmen take every bond and never surrender a client; no family pooling), so a scenario
/// that sets none of the keys runs as before.
///
/// The person posts in cash when what they (and their family, so far) can raise covers the
/// bail, or through a bondsman when it covers the premium
/// (``BehaviourProfile/bondsmanPremiumShare``) and the bondsman takes the bond.
public struct BailMarket: Sendable, Equatable {
    /// Bondsmen refuse bonds whose premium is below this many dollars (too small to be worth
    /// writing); 0 = no minimum.
    public var bondsmanMinimumPremium: Double
    /// Bondsmen refuse clients with more prior arrests than this; `nil` = no limit.
    public var bondsmanMaximumPriors: Int?
    /// Bondsmen refuse clients with more failures to appear on the case than this (at a bail
    /// review after a warrant); `nil` = no limit.
    public var bondsmanMaximumFailuresToAppear: Int?
    /// Probability that a bondsman surrenders a client who failed to appear: the warrant arrest
    /// then ends in custody (the bond is void), whatever the court's remand decision.
    public var surrenderAfterFailureToAppear: Double
    /// What the family raises per day held, as a share of the person's own ability to pay
    /// (family resources scale with the person's, as wealth does across families); 0 = no
    /// pooling.
    public var familyContributionPerDay: Double
    /// The most the family raises, as a multiple of the person's ability to pay.
    public var familyContributionCap: Double

    /// Creates the bail market; every default is the behaviour without that mechanism.
    public init(
        bondsmanMinimumPremium: Double = 0, bondsmanMaximumPriors: Int? = nil,
        bondsmanMaximumFailuresToAppear: Int? = nil, surrenderAfterFailureToAppear: Double = 0,
        familyContributionPerDay: Double = 0, familyContributionCap: Double = 0
    ) {
        self.bondsmanMinimumPremium = bondsmanMinimumPremium
        self.bondsmanMaximumPriors = bondsmanMaximumPriors
        self.bondsmanMaximumFailuresToAppear = bondsmanMaximumFailuresToAppear
        self.surrenderAfterFailureToAppear = surrenderAfterFailureToAppear
        self.familyContributionPerDay = familyContributionPerDay
        self.familyContributionCap = familyContributionCap
    }

    /// Whether bondsmen refuse any bond (a check the process skips otherwise).
    public var bondsmenChoose: Bool {
        bondsmanMinimumPremium > 0 || bondsmanMaximumPriors != nil || bondsmanMaximumFailuresToAppear != nil
    }

    /// Whether families pool resources over time.
    public var familyPools: Bool { familyContributionPerDay > 0 && familyContributionCap > 0 }
}
