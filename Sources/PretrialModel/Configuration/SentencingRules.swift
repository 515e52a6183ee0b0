/// How a sentence drawn for a conviction (``ChargeClassProfile/sentenceDays`` times the offer's
/// share) is changed by where the person is when the case ends.
///
/// A person held at disposition whose sentence is shorter than the days already held is
/// sentenced to time served (a custodial sentence as long as the detention) with probability
/// ``timeServedWhenDetained``: judges rarely pronounce less than the time a person has served,
/// and a plea to "time served" is a jail sentence. A person at liberty at disposition whose
/// sentence is a jail term (a year or less) gets probation instead with probability
/// ``probationWhenReleased``. Together they make detention raise the chance and the length of a
/// custodial sentence (Heaton, Mayson & Stevenson 2017). Both default to 0: the drawn sentence
/// stands.
public struct SentencingRules: Sendable, Equatable {
    /// Probability that a person held at disposition is sentenced to at least the time served.
    public var timeServedWhenDetained: Double
    /// Probability that a person at liberty at disposition has a jail term replaced by probation.
    public var probationWhenReleased: Double

    /// Creates the rules; the defaults change nothing.
    public init(timeServedWhenDetained: Double = 0, probationWhenReleased: Double = 0) {
        self.timeServedWhenDetained = timeServedWhenDetained
        self.probationWhenReleased = probationWhenReleased
    }

    /// Whether the rules leave every sentence as drawn.
    public var isNeutral: Bool { timeServedWhenDetained == 0 && probationWhenReleased == 0 }
}
