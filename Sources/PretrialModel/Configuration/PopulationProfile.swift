import PolicyKit
import SimKernel

/// Who is arrested: groups with their shares and attribute distributions, and charge classes
/// with their latent hazards.
public struct PopulationProfile: Sendable {
    /// The groups, in the order ``PolicyKit/Defendant/group`` refers to.
    public var groups: [GroupProfile]
    /// The charge classes, in the order ``PolicyKit/Defendant/chargeClass`` refers to.
    public var chargeClasses: [ChargeClassProfile]
    /// Age band names, in the order ``PolicyKit/Defendant/ageBand`` refers to.
    public var ageBands: [String]

    /// Creates a population.
    public init(groups: [GroupProfile], chargeClasses: [ChargeClassProfile], ageBands: [String]) {
        self.groups = groups
        self.chargeClasses = chargeClasses
        self.ageBands = ageBands
    }

    /// The names policies see.
    public var info: PopulationInfo {
        PopulationInfo(groups: groups.map(\.name), chargeClasses: chargeClasses.map(\.name), ageBands: ageBands)
    }
}

/// One group of the arrested population (by race, income or any grouping a scenario uses).
public struct GroupProfile: Sendable {
    /// The group's name.
    public var name: String
    /// Its share of arrests (shares sum to 1).
    public var share: Double
    /// Dollars the person can pay towards bail.
    public var abilityToPay: Distribution
    /// Share of the group's arrests in each charge class (same order as the classes; sums
    /// to 1).
    public var chargeMix: [Double]
    /// Number of prior offences (rounded down to a whole number ≥ 0): the recorded prior
    /// arrests at a policing intensity of 1, and the true priors the predicted outcome
    /// (``RiskOutcomeModel``) uses whatever the intensity.
    public var priors: Distribution
    /// Share in each age band (same order as the bands; sums to 1).
    public var ageMix: [Double]
    /// How heavily the group is policed, relative to 1 (the default): recorded priors are
    /// drawn from true priors T with mean `policingIntensity × T` (binomial thinning below 1,
    /// T plus a Poisson of mean `(intensity − 1) × T` above it), and a true predicted outcome
    /// is recorded with probability `min(1, policingIntensity)`. At 1 the records are the
    /// truth and nothing is drawn.
    public var policingIntensity: Double

    /// Creates a group.
    public init(
        name: String, share: Double, abilityToPay: Distribution, chargeMix: [Double],
        priors: Distribution, ageMix: [Double], policingIntensity: Double = 1
    ) {
        self.name = name
        self.share = share
        self.abilityToPay = abilityToPay
        self.chargeMix = chargeMix
        self.priors = priors
        self.ageMix = ageMix
        self.policingIntensity = policingIntensity
    }
}

/// A charge class and the latent facts that go with it.
public struct ChargeClassProfile: Sendable {
    /// The class's name, e.g. `misdemeanor`.
    public var name: String
    /// Probability that the person is factually guilty (strength of evidence).
    public var guiltProbability: Double
    /// Probability of failing to appear at one court date while released, before priors.
    public var failureToAppear: Double
    /// Daily hazard of a new arrest while released, before priors.
    public var newArrestPerDay: Double
    /// Relative increase of both hazards per prior arrest (0.05 = +5% per prior).
    public var priorsEffect: Double
    /// Sentence in days after conviction at trial (0 = non-custodial).
    public var sentenceDays: Distribution
    /// The class's own interval between court dates, or `nil` for the process's
    /// (``ProcessProfile/courtDateInterval``): felonies take longer than misdemeanours.
    public var courtDateInterval: Distribution?
    /// The class's own number of court dates before the trial queue, or `nil` for the
    /// process's (``ProcessProfile/courtDatesBeforeTrial``).
    public var courtDatesBeforeTrial: Int?
    /// Probability of an offer of diversion at an eligible court date while at liberty
    /// (``DiversionModel``).
    public var diversionOfferReleased: Double
    /// Probability of an offer of diversion at an eligible court date while held.
    public var diversionOfferDetained: Double
    /// Probability that the prosecution makes a plea offer at first appearance (arraignment),
    /// through the plea policy with `courtDate` 0; pleas at arraignment are mostly to
    /// misdemeanours.
    public var firstAppearancePleaOffer: Double

    /// Creates a charge class; the keys after `sentenceDays` default to the process's
    /// behaviour (no diversion, no plea at first appearance).
    public init(
        name: String, guiltProbability: Double, failureToAppear: Double, newArrestPerDay: Double,
        priorsEffect: Double, sentenceDays: Distribution, courtDateInterval: Distribution? = nil,
        courtDatesBeforeTrial: Int? = nil, diversionOfferReleased: Double = 0, diversionOfferDetained: Double = 0,
        firstAppearancePleaOffer: Double = 0
    ) {
        self.name = name
        self.guiltProbability = guiltProbability
        self.failureToAppear = failureToAppear
        self.newArrestPerDay = newArrestPerDay
        self.priorsEffect = priorsEffect
        self.sentenceDays = sentenceDays
        self.courtDateInterval = courtDateInterval
        self.courtDatesBeforeTrial = courtDatesBeforeTrial
        self.diversionOfferReleased = diversionOfferReleased
        self.diversionOfferDetained = diversionOfferDetained
        self.firstAppearancePleaOffer = firstAppearancePleaOffer
    }
}
