/// How defendants respond to the system: posting bail, appearing in court, accepting pleas.
public struct BehaviourProfile: Sendable, Equatable {
    /// Share of the bail a commercial bondsman charges as a non-refundable premium; a
    /// person who cannot pay the bail but can pay the premium is released through a
    /// bondsman. `nil` where commercial bail is not available.
    public var bondsmanPremiumShare: Double?
    /// Probability that a person who cannot pay at once posts bail later (family, a bail
    /// fund) — before their case ends. (``BailMarket`` pools family resources explicitly;
    /// the two mechanisms can run together, the first to raise the money posts.)
    public var laterPostingProbability: Double
    /// Mean days to post later when the shortfall is the whole bail; the mean grows in
    /// proportion to the shortfall (exponential delay).
    public var laterPostingMeanDays: Double
    /// Probability that a warrant arrest after a failure to appear ends in detention until
    /// disposition (remand).
    public var remandAfterFailureToAppear: Double
    /// Probability that a new arrest while released revokes release on the first case.
    public var revocationOnNewArrest: Double
    /// Plea acceptance behaviour.
    public var plea: PleaAcceptance
    /// What bondsmen refuse and do, and family pooling (defaults: neither).
    public var bailMarket: BailMarket

    /// Creates the behaviour profile.
    public init(
        bondsmanPremiumShare: Double?, laterPostingProbability: Double, laterPostingMeanDays: Double,
        remandAfterFailureToAppear: Double, revocationOnNewArrest: Double, plea: PleaAcceptance,
        bailMarket: BailMarket = BailMarket()
    ) {
        self.bailMarket = bailMarket
        self.bondsmanPremiumShare = bondsmanPremiumShare
        self.laterPostingProbability = laterPostingProbability
        self.laterPostingMeanDays = laterPostingMeanDays
        self.remandAfterFailureToAppear = remandAfterFailureToAppear
        self.revocationOnNewArrest = revocationOnNewArrest
        self.plea = plea
    }
}

/// The probability that a defendant accepts a plea offer.
///
/// p = base (detained or released) + `perDetainedDay` × days detained (up to
/// `detainedDaysCap`) + `timeServedBonus` if the offered sentence is no longer than the days
/// already served + `discountEffect` × (1 − offered share) − `counselEffect` if represented;
/// times `innocentFactor` for the factually innocent; clipped to [0, 1]. Detention raises
/// acceptance (Dobbie, Goldin & Yang 2018; Heaton, Mayson & Stevenson 2017).
public struct PleaAcceptance: Sendable, Equatable {
    /// Base acceptance when detained at the offer.
    public var detained: Double
    /// Base acceptance when released at the offer.
    public var released: Double
    /// Added per day already detained.
    public var perDetainedDay: Double
    /// Days detained beyond which acceptance stops rising.
    public var detainedDaysCap: Double
    /// Added when the offer is "time served" or less.
    public var timeServedBonus: Double
    /// Added per unit of discount (1 − offered share of the trial sentence).
    public var discountEffect: Double
    /// Subtracted when the defendant has counsel (advice to contest weak cases).
    public var counselEffect: Double
    /// Multiplier for factually innocent defendants (1 = as likely as the guilty).
    public var innocentFactor: Double

    /// Creates the acceptance model.
    public init(
        detained: Double, released: Double, perDetainedDay: Double = 0, detainedDaysCap: Double = 0,
        timeServedBonus: Double = 0, discountEffect: Double = 0, counselEffect: Double = 0, innocentFactor: Double = 1
    ) {
        self.detained = detained
        self.released = released
        self.perDetainedDay = perDetainedDay
        self.detainedDaysCap = detainedDaysCap
        self.timeServedBonus = timeServedBonus
        self.discountEffect = discountEffect
        self.counselEffect = counselEffect
        self.innocentFactor = innocentFactor
    }
}
