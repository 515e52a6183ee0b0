import SimKernel

/// Police custody before first appearance (the `police_custody` section; none by default):
/// how long a booked person is held by the police, up to a legal limit, and the custody
/// decision at the end of it (docs/ARCHITECTURE.md, "Police custody and the station lawyer").
///
/// The legal limits it is built for: England & Wales, 24 hours from arrival at the station,
/// extendable to 36 by a superintendent and to 96 by magistrates (PACE 1984 ss.41–44);
/// Germany, before a judge by the end of the day after arrest (StPO §128, Art. 104(3) GG);
/// the United States, a probable-cause determination within 48 hours (County of Riverside v.
/// McLaughlin, 500 U.S. 44, 1991).
///
/// The decision at the end, from one uniform draw of the case's own luck: release without
/// charge (no further action) with probability ``releasedWithoutCharge``, release under
/// investigation or on police bail with ``releasedUnderInvestigation``, and otherwise charge and
/// hold for court (the first appearance follows at once). Legal advice at the station
/// (``StationAdviceEffects/releaseWithoutChargeShift``) moves the first share at the cost of the
/// last.
///
/// Hours in police custody count as custody in the model: in the jail population, bed-days
/// and a case's days detained, as the time from booking to first appearance does without this
/// section; they are also reported as figures of their own (`police_custody_…`).
public struct PoliceCustody: Sendable {
    /// Hours from arrest to the custody decision, before the legal limit.
    public var hours: Distribution
    /// The legal limit in hours (PACE s.41: 24).
    public var limitHours: Double
    /// The limit when extended (PACE ss.42–44: 36 by a superintendent, up to 96 by
    /// magistrates); at least ``limitHours``.
    public var extendedLimitHours: Double
    /// The probability that a person whose stay would pass ``limitHours`` is held on under an
    /// extension, up to ``extendedLimitHours`` (otherwise the decision is made at the limit).
    public var extensionProbability: Double
    /// The probability of release without charge (no further action), without legal advice.
    public var releasedWithoutCharge: Double
    /// The probability of release under investigation or on police bail: the person goes to
    /// liberty and the case is charged later, or lapses.
    public var releasedUnderInvestigation: Double
    /// Days from release under investigation to the charge, or to the end of the
    /// investigation without one; nil: the same day.
    public var investigationDays: Distribution?
    /// The probability that an investigation ends without a charge (the case lapses).
    public var investigationLapses: Double

    /// Creates the section.
    public init(
        hours: Distribution, limitHours: Double, extendedLimitHours: Double? = nil, extensionProbability: Double = 0,
        releasedWithoutCharge: Double = 0, releasedUnderInvestigation: Double = 0,
        investigationDays: Distribution? = nil, investigationLapses: Double = 0
    ) {
        self.hours = hours
        self.limitHours = limitHours
        self.extendedLimitHours = max(extendedLimitHours ?? limitHours, limitHours)
        self.extensionProbability = extensionProbability
        self.releasedWithoutCharge = releasedWithoutCharge
        self.releasedUnderInvestigation = releasedUnderInvestigation
        self.investigationDays = investigationDays
        self.investigationLapses = investigationLapses
    }

    /// The hours held for a drawn stay of `drawn` hours: cut at the limit, or at the extended
    /// limit when `extended`.
    @inline(__always)
    public func heldHours(drawn: Double, extended: Bool) -> Double {
        min(max(drawn, 0), extended ? extendedLimitHours : limitHours)
    }
}
