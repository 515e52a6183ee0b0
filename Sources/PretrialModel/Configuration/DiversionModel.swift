/// Diversion and deferred adjudication: the prosecution or the court offers to end the case
/// without a conviction (a programme, community supervision, a dismissal on completion).
///
/// At each of the first ``courtDates`` court dates, before any plea offer, a case is offered
/// diversion with its charge class's probability for people at liberty or for people held
/// (``ChargeClassProfile/diversionOfferReleased``, ``ChargeClassProfile/diversionOfferDetained``;
/// offers go more often to people at liberty), and accepts it with ``acceptance``. A diverted
/// case ends without a conviction and is counted apart (`diversion_share`). Completion is
/// assumed: a failed diversion is not modelled.
public struct DiversionModel: Sendable, Equatable {
    /// Probability that an offer of diversion is accepted.
    public var acceptance: Double
    /// The court dates (from the first) at which diversion can be offered.
    public var courtDates: Int

    /// Creates a diversion model.
    public init(acceptance: Double = 1, courtDates: Int = 1) {
        self.acceptance = acceptance
        self.courtDates = courtDates
    }
}
