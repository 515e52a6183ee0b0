/// What a conviction's sentence is drawn from: the share of the trial sentence, the charge
/// class whose sentences apply (the arrest charge, or a reduced one), and whether it is
/// "time served".
struct SentenceTerms {
    /// The share of the sentence drawn for `chargeClass` (1 after trial).
    var share: Double
    /// The charge class whose ``ChargeClassProfile/sentenceDays`` the sentence is drawn from.
    var chargeClass: Int32
    /// The sentence is the days already held (``PolicyKit/PleaOffer/timeServed``).
    var timeServed = false

    /// No sentence: the terms of a case that ends without conviction.
    static let none = SentenceTerms(share: 0, chargeClass: 0)
}
