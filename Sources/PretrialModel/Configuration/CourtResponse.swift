/// How prosecutors and judges respond to a trial backlog: better plea offers and more
/// dismissals as the number of cases waiting for a courtroom grows beyond a reference.
///
/// With excess = max(0, backlog − ``referenceBacklog``) (cases waiting, not those on trial),
/// every plea offer's sentence share is multiplied by 1 − min(``maximumOfferDiscount``,
/// ``offerDiscountPerBacklogCase`` × excess), and the probability of dismissal at a court date
/// gains min(``maximumAddedDismissal``, ``dismissalPerBacklogCase`` × excess). Surveys of
/// prosecutors' offices report that excessive caseloads bring more plea bargains and
/// dismissals (Association of Prosecuting Attorneys, Prosecutorial Case Backlog Project, 2024);
/// the size of the response is not measured there, so a scenario that uses it says what it
/// assumes. The elasticities default to 0: no response.
public struct CourtResponse: Sendable, Equatable {
    /// Backlog below which the courts do not respond.
    public var referenceBacklog: Double
    /// Fractional cut of the offered sentence share per waiting case beyond the reference.
    public var offerDiscountPerBacklogCase: Double
    /// Probability of dismissal added per waiting case beyond the reference.
    public var dismissalPerBacklogCase: Double
    /// The largest fractional cut of the offered share.
    public var maximumOfferDiscount: Double
    /// The largest probability of dismissal added.
    public var maximumAddedDismissal: Double

    /// Creates a response; the defaults respond to nothing.
    public init(
        referenceBacklog: Double = 0, offerDiscountPerBacklogCase: Double = 0, dismissalPerBacklogCase: Double = 0,
        maximumOfferDiscount: Double = 0.5, maximumAddedDismissal: Double = 0.25
    ) {
        self.referenceBacklog = referenceBacklog
        self.offerDiscountPerBacklogCase = offerDiscountPerBacklogCase
        self.dismissalPerBacklogCase = dismissalPerBacklogCase
        self.maximumOfferDiscount = maximumOfferDiscount
        self.maximumAddedDismissal = maximumAddedDismissal
    }

    /// Whether the courts respond at all.
    public var isActive: Bool { offerDiscountPerBacklogCase > 0 || dismissalPerBacklogCase > 0 }
}
