import SimKernel

/// Delays and court procedure between arrest and trial.
public struct ProcessProfile: Sendable {
    /// From arrest to first appearance (the bail hearing); booked people are held meanwhile.
    public var firstAppearanceDelay: Distribution
    /// From first appearance to the first court date, and between later court dates (a charge
    /// class may have its own, ``ChargeClassProfile/courtDateInterval``).
    public var courtDateInterval: Distribution
    /// Court dates (each with a chance of dismissal and of a plea offer) before the case
    /// goes to the trial queue; at least 1 (a charge class may have its own,
    /// ``ChargeClassProfile/courtDatesBeforeTrial``).
    public var courtDatesBeforeTrial: Int
    /// Probability that the case is dismissed at a court date.
    public var dismissalPerCourtDate: Double
    /// From a failure to appear to the warrant arrest.
    public var warrantDelay: Distribution
    /// Evidence strength per case, or `nil` for none (every case at the reference strength).
    public var evidence: EvidenceModel?
    /// How dismissal depends on evidence, detention and time (neutral by default).
    public var dismissal: DismissalModel
    /// Diversion and deferred adjudication (offered only where a charge class says so).
    public var diversion: DiversionModel

    /// Creates the process delays.
    public init(
        firstAppearanceDelay: Distribution, courtDateInterval: Distribution, courtDatesBeforeTrial: Int,
        dismissalPerCourtDate: Double, warrantDelay: Distribution, evidence: EvidenceModel? = nil,
        dismissal: DismissalModel = DismissalModel(), diversion: DiversionModel = DiversionModel()
    ) {
        self.firstAppearanceDelay = firstAppearanceDelay
        self.courtDateInterval = courtDateInterval
        self.courtDatesBeforeTrial = courtDatesBeforeTrial
        self.dismissalPerCourtDate = dismissalPerCourtDate
        self.warrantDelay = warrantDelay
        self.evidence = evidence
        self.dismissal = dismissal
        self.diversion = diversion
    }
}
