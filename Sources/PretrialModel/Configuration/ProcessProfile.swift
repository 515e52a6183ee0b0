import SimKernel

/// Delays and court procedure between arrest and trial.
public struct ProcessProfile: Sendable {
    /// From arrest to first appearance (the bail hearing); booked people are held meanwhile.
    public var firstAppearanceDelay: Distribution
    /// From first appearance to the first court date, and between later court dates.
    public var courtDateInterval: Distribution
    /// Court dates (each with a chance of dismissal and of a plea offer) before the case
    /// goes to the trial queue; at least 1.
    public var courtDatesBeforeTrial: Int
    /// Probability that the case is dismissed at a court date.
    public var dismissalPerCourtDate: Double
    /// From a failure to appear to the warrant arrest.
    public var warrantDelay: Distribution

    /// Creates the process delays.
    public init(
        firstAppearanceDelay: Distribution, courtDateInterval: Distribution, courtDatesBeforeTrial: Int,
        dismissalPerCourtDate: Double, warrantDelay: Distribution
    ) {
        self.firstAppearanceDelay = firstAppearanceDelay
        self.courtDateInterval = courtDateInterval
        self.courtDatesBeforeTrial = courtDatesBeforeTrial
        self.dismissalPerCourtDate = dismissalPerCourtDate
        self.warrantDelay = warrantDelay
    }
}
