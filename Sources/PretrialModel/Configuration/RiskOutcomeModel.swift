#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The outcome a risk instrument predicts, as the simulation knows it (the scenario's
/// `risk_outcome` section; docs/ARCHITECTURE.md, "Risk outcomes and fairness figures").
///
/// Every scored case gets a **true** outcome, "offends within ``horizonDays`` after first
/// appearance": a Bernoulli label with probability
/// `logistic(intercept + priors × true priors + ageBands[band] + chargeClasses[class] + groups[group]
/// + riskFactorLoading × riskFactor)`, which exists for everyone, the detained included (the
/// potential outcome if released). The **recorded** outcome is the true one when police detect
/// it (probability `min(1, policing intensity)` of the person's group); the **observed**
/// outcome is the recorded one of people released before disposition, the only ones a real
/// audit sees.
///
/// The model does not rescale the coefficients by the horizon: ``horizonDays`` names what they
/// predict. The label is drawn apart from the process's own new-arrest hazard, which acts only
/// while a case is open.
public struct RiskOutcomeModel: Sendable, Equatable {
    /// The horizon of the outcome, in days after first appearance (default 730: two years, as
    /// in ProPublica's Broward records).
    public var horizonDays: Double
    /// The score at or above which a case counts as flagged (high risk) in the fairness
    /// figures; `nil` for the release policy's own threshold
    /// (``PolicyKit/ReleasePolicy/riskThreshold``), or 0.5 if it has none.
    public var threshold: Double?
    /// The logistic intercept.
    public var intercept: Double
    /// The log-odds per true prior offence.
    public var priors: Double
    /// The log-odds of each age band (the population's order).
    public var ageBands: [Double]
    /// The log-odds of each charge class (the population's order).
    public var chargeClasses: [Double]
    /// The log-odds of each group (the population's order): 0 unless a scenario says out loud
    /// that true rates differ by group.
    public var groups: [Double]
    /// The log-odds per unit of the person's standard-normal risk factor.
    public var riskFactorLoading: Double

    /// The threshold the figures use when neither the scenario nor the release policy sets one.
    public static let defaultThreshold = 0.5

    /// Creates an outcome model; the lists are indexed as the population's bands, classes and
    /// groups.
    public init(
        horizonDays: Double = 730, threshold: Double? = nil, intercept: Double, priors: Double = 0,
        ageBands: [Double], chargeClasses: [Double], groups: [Double], riskFactorLoading: Double = 0
    ) {
        self.horizonDays = horizonDays
        self.threshold = threshold
        self.intercept = intercept
        self.priors = priors
        self.ageBands = ageBands
        self.chargeClasses = chargeClasses
        self.groups = groups
        self.riskFactorLoading = riskFactorLoading
    }

    /// The probability of the true outcome for a person with these attributes.
    public func probability(truePriors: Int, ageBand: Int, chargeClass: Int, group: Int, riskFactor: Double)
        -> Double
    {
        let logOdds =
            intercept + priors * Double(truePriors) + ageBands[ageBand] + chargeClasses[chargeClass] + groups[group]
            + riskFactorLoading * riskFactor
        return 1 / (1 + exp(-logOdds))
    }
}
