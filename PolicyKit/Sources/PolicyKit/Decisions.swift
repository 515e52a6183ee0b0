/// What happens at arrest.
public enum ArrestDecision: Sendable, Equatable {
    /// Taken into custody and held until first appearance.
    case book
    /// Given a citation to appear in court and released at once.
    case citeAndRelease
}

/// The outcome of a release (bail) decision.
///
/// Whether money bail is paid in cash or through a commercial surety (a bondsman's premium) is
/// not the court's decision but the bail market's: the model decides it from what the person
/// and their family can raise and whether a bondsman takes the bond (`behaviour` in a scenario).
/// Code that switches over the decision must handle every case (API version 3 added
/// ``unsecuredBond(amount:)``).
public enum ReleaseDecision: Sendable, Equatable {
    /// Released on recognizance: a promise to appear.
    case recognizance
    /// Released on an unsecured (or nominal) bond of `amount` dollars: nothing is paid to be
    /// released, and the amount is owed only if the person fails to appear. Philadelphia's
    /// "unsecured bail", about a fifth of its 2020 decisions.
    case unsecuredBond(amount: Double)
    /// Released with non-monetary conditions (supervision, reporting, electronic
    /// monitoring); `ftaReduction` is the relative reduction of the failure-to-appear risk
    /// the conditions bring (0 = none).
    case conditions(ftaReduction: Double)
    /// Money bail of `amount` dollars, which must be posted (in cash, or a bondsman's premium)
    /// before release.
    case moneyBail(amount: Double)
    /// Held without bail (for example after a detention hearing).
    case detain
}

/// Whether a lawyer is present at first appearance, and the effect sizes of representation on
/// the release decision that the model applies after the release policy has decided.
public struct CounselOutcome: Sendable, Equatable {
    /// Whether a lawyer represents the defendant.
    public var present: Bool
    /// Probability that a represented defendant given money bail is released on
    /// recognizance instead (argued down at the hearing).
    public var recognizanceInsteadOfBail: Double
    /// Multiplier of the bail amount for represented defendants who still get money bail.
    public var bailMultiplier: Double

    /// Creates an outcome.
    public init(present: Bool, recognizanceInsteadOfBail: Double = 0, bailMultiplier: Double = 1) {
        self.present = present
        self.recognizanceInsteadOfBail = recognizanceInsteadOfBail
        self.bailMultiplier = bailMultiplier
    }

    /// No lawyer.
    public static let absent = CounselOutcome(present: false)
}

/// A plea offer made at a court date.
public struct PleaOffer: Sendable, Equatable {
    /// The offered sentence as a share of the expected sentence after conviction at trial
    /// (0.6 = a 40% discount; the "trial penalty" is 1 / share).
    public var sentenceShare: Double

    /// Creates an offer.
    public init(sentenceShare: Double) {
        self.sentenceShare = sentenceShare
    }
}
