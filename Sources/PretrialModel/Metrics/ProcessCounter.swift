/// A running count or sum the process keeps for each combination of group, charge class and
/// income quintile during a replication; the figures of the catalog (``MetricID/definition``)
/// are made from these.
///
/// Counts are kept as doubles (exact up to 2⁵³), so that every counter of a cell is one plain
/// value in one block and adding the blocks of two cells is one loop (``CounterBlock``).
/// The raw values index the block; the ids are what `pretrial metrics --format json` shows
/// as a rate's numerator and denominator.
public enum ProcessCounter: Int, CaseIterable, Sendable {
    // The counters written at disposition come first, in one run (``dispositionCount``):
    // a disposition block (``DispositionCounters``) holds only them, at their raw values.

    /// Cases whose pre-trial detention is recorded (at disposition or at the end of the run).
    case detentionCases
    /// More than 3 days in pre-trial custody on the case.
    case detainedPast3Days
    /// Held at first appearance and more than 3 days in pre-trial custody.
    case heldPast3DaysFromFirstAppearance
    /// Sum of pre-trial detention days.
    case bedDays
    /// Days of jail sentences (a year or less) still to serve after credit for time served,
    /// times the share served.
    case sentencedJailDays
    /// Cases disposed.
    case disposed
    /// Cases ended by a guilty plea.
    case pleas
    /// Cases ended by conviction (plea or trial).
    case convictions
    /// Convictions of factually innocent people.
    case innocentConvictions
    /// Guilty pleas by factually innocent people.
    case innocentPleas
    /// Factually innocent people convicted at trial.
    case innocentConvictionsAtTrial
    /// Sum of days from arrest to disposition over disposed cases.
    case timeToDispositionDays
    /// Cases disposed without conviction (dismissed or acquitted) after more than 3 days in
    /// pre-trial custody.
    case detainedPast3DaysNotConvicted
    /// Convicted cases with a custodial sentence shorter than the pre-trial detention.
    case detainedLongerThanCustodialSentence
    /// Cases dismissed (at a court date, or declined before first appearance).
    case dismissed
    /// Cases ended by diversion or deferred adjudication.
    case diverted
    /// Cases acquitted at trial.
    case acquitted
    /// Cases ended by a verdict (conviction or acquittal at trial).
    case disposedAfterTrial
    /// Convictions with a custodial sentence (more than 0 days).
    case custodialSentences
    /// Sum of custodial sentences in days, as pronounced (before good-behaviour credit).
    case custodialSentenceDays

    // Every other counter.
    /// Cases opened by arrests after the warm-up.
    case arrests
    /// Booked into jail at arrest.
    case booked
    /// Cited and released at arrest.
    case cited
    /// First appearances held.
    case firstAppearances
    /// In custody right after the first-appearance decision.
    case detainedPastFirstAppearance
    /// Money bail set at first appearance.
    case moneyBail
    /// Money bail not posted at the hearing.
    case bailUnaffordable
    /// Plea offers made while detained.
    case offersDetained
    /// Plea offers accepted while detained.
    case pleasDetained
    /// Plea offers made while released.
    case offersReleased
    /// Plea offers accepted while released.
    case pleasReleased
    /// Court dates held while released.
    case courtDatesReleased
    /// Failures to appear.
    case failuresToAppear
    /// Cases released before disposition.
    case releasedCases
    /// New arrests while released.
    case newArrests
    /// Cases tried.
    case tried
    /// Sum of days waiting for trial over tried cases.
    case trialWaitDays
    /// Releases at the custody time limit.
    case custodyLimitReleases
    /// Counted cases still open when the run stopped.
    case openAtEnd
    /// Bookings that brought a probation, parole or warrant hold.
    case holdsPlaced
    /// Released on recognizance at first appearance.
    case recognizanceReleases
    /// Released on an unsecured (or nominal) bond at first appearance.
    case unsecuredBonds
    /// Released on non-monetary conditions at first appearance.
    case conditionsReleases
    /// Held without bail at first appearance.
    case detainedWithoutBail
    /// Money bail set at first appearance under $5,000 (the seven `bailSet…` counters are the
    /// bands of ``BailBand``, in order).
    case bailSetUnder5k
    /// Money bail set at first appearance from $5,000 to under $10,000.
    case bailSet5kTo10k
    /// Money bail set at first appearance from $10,000 to under $25,000.
    case bailSet10kTo25k
    /// Money bail set at first appearance from $25,000 to under $50,000.
    case bailSet25kTo50k
    /// Money bail set at first appearance from $50,000 to under $100,000.
    case bailSet50kTo100k
    /// Money bail set at first appearance from $100,000 to under $500,000.
    case bailSet100kTo500k
    /// Money bail set at first appearance of $500,000 or more.
    case bailSet500kOrMore
    /// First-appearance money bail under $5,000 posted before disposition (the seven
    /// `bailPosted…` counters follow the bands of ``BailBand``, in order).
    case bailPostedUnder5k
    /// First-appearance money bail from $5,000 to under $10,000 posted.
    case bailPosted5kTo10k
    /// First-appearance money bail from $10,000 to under $25,000 posted.
    case bailPosted10kTo25k
    /// First-appearance money bail from $25,000 to under $50,000 posted.
    case bailPosted25kTo50k
    /// First-appearance money bail from $50,000 to under $100,000 posted.
    case bailPosted50kTo100k
    /// First-appearance money bail from $100,000 to under $500,000 posted.
    case bailPosted100kTo500k
    /// First-appearance money bail of $500,000 or more posted.
    case bailPosted500kOrMore
    /// First-appearance money bail posted before disposition (any band; by the person, family,
    /// a bondsman or a bail fund).
    case bailPosted
    /// Of those, posted through a bondsman's premium (a commercial surety).
    case bailPostedThroughBondsman
    /// Of those, posted by a bail fund.
    case bailFundReleases
    /// Dollars of bail a bail fund posted.
    case bailFundDollars
    /// Cases scored by the risk instrument at first appearance (the fairness figures'
    /// ``ProcessCounter`` block: `risk…` counters, written only with a risk instrument;
    /// docs/ARCHITECTURE.md, "Risk outcomes and fairness figures").
    case riskScored
    /// Scored cases flagged high risk (score at or above the figures' threshold).
    case riskFlagged
    /// Scored cases with a true outcome label: the true outcome (every scored case).
    case riskLabelledTrue
    /// Of those, outcome positive.
    case riskPositiveTrue
    /// Flagged and true outcome positive.
    case riskFlaggedPositiveTrue
    /// Flagged and true outcome negative.
    case riskFlaggedNegativeTrue
    /// Not flagged and true outcome positive.
    case riskUnflaggedPositiveTrue
    /// Not flagged and true outcome negative.
    case riskUnflaggedNegativeTrue
    /// Scored cases with a observed outcome label: the recorded outcome of cases released before disposition (what an audit sees).
    case riskLabelledObserved
    /// Of those, outcome positive.
    case riskPositiveObserved
    /// Flagged and observed outcome positive.
    case riskFlaggedPositiveObserved
    /// Flagged and observed outcome negative.
    case riskFlaggedNegativeObserved
    /// Not flagged and observed outcome positive.
    case riskUnflaggedPositiveObserved
    /// Not flagged and observed outcome negative.
    case riskUnflaggedNegativeObserved
    /// Labelled (true) cases in score decile 1 with a positive outcome (the decile counters: for each kind, deciles 1–10, positive then negative; ``riskDecile(_:positive:observed:)``).
    case riskDecile1PositiveTrue
    /// … with a negative outcome.
    case riskDecile1NegativeTrue
    /// Labelled (true) cases in score decile 2 with a positive outcome.
    case riskDecile2PositiveTrue
    /// … with a negative outcome.
    case riskDecile2NegativeTrue
    /// Labelled (true) cases in score decile 3 with a positive outcome.
    case riskDecile3PositiveTrue
    /// … with a negative outcome.
    case riskDecile3NegativeTrue
    /// Labelled (true) cases in score decile 4 with a positive outcome.
    case riskDecile4PositiveTrue
    /// … with a negative outcome.
    case riskDecile4NegativeTrue
    /// Labelled (true) cases in score decile 5 with a positive outcome.
    case riskDecile5PositiveTrue
    /// … with a negative outcome.
    case riskDecile5NegativeTrue
    /// Labelled (true) cases in score decile 6 with a positive outcome.
    case riskDecile6PositiveTrue
    /// … with a negative outcome.
    case riskDecile6NegativeTrue
    /// Labelled (true) cases in score decile 7 with a positive outcome.
    case riskDecile7PositiveTrue
    /// … with a negative outcome.
    case riskDecile7NegativeTrue
    /// Labelled (true) cases in score decile 8 with a positive outcome.
    case riskDecile8PositiveTrue
    /// … with a negative outcome.
    case riskDecile8NegativeTrue
    /// Labelled (true) cases in score decile 9 with a positive outcome.
    case riskDecile9PositiveTrue
    /// … with a negative outcome.
    case riskDecile9NegativeTrue
    /// Labelled (true) cases in score decile 10 with a positive outcome.
    case riskDecile10PositiveTrue
    /// … with a negative outcome.
    case riskDecile10NegativeTrue
    /// Labelled (observed) cases in score decile 1 with a positive outcome (the decile counters: for each kind, deciles 1–10, positive then negative; ``riskDecile(_:positive:observed:)``).
    case riskDecile1PositiveObserved
    /// … with a negative outcome.
    case riskDecile1NegativeObserved
    /// Labelled (observed) cases in score decile 2 with a positive outcome.
    case riskDecile2PositiveObserved
    /// … with a negative outcome.
    case riskDecile2NegativeObserved
    /// Labelled (observed) cases in score decile 3 with a positive outcome.
    case riskDecile3PositiveObserved
    /// … with a negative outcome.
    case riskDecile3NegativeObserved
    /// Labelled (observed) cases in score decile 4 with a positive outcome.
    case riskDecile4PositiveObserved
    /// … with a negative outcome.
    case riskDecile4NegativeObserved
    /// Labelled (observed) cases in score decile 5 with a positive outcome.
    case riskDecile5PositiveObserved
    /// … with a negative outcome.
    case riskDecile5NegativeObserved
    /// Labelled (observed) cases in score decile 6 with a positive outcome.
    case riskDecile6PositiveObserved
    /// … with a negative outcome.
    case riskDecile6NegativeObserved
    /// Labelled (observed) cases in score decile 7 with a positive outcome.
    case riskDecile7PositiveObserved
    /// … with a negative outcome.
    case riskDecile7NegativeObserved
    /// Labelled (observed) cases in score decile 8 with a positive outcome.
    case riskDecile8PositiveObserved
    /// … with a negative outcome.
    case riskDecile8NegativeObserved
    /// Labelled (observed) cases in score decile 9 with a positive outcome.
    case riskDecile9PositiveObserved
    /// … with a negative outcome.
    case riskDecile9NegativeObserved
    /// Labelled (observed) cases in score decile 10 with a positive outcome.
    case riskDecile10PositiveObserved
    /// … with a negative outcome.
    case riskDecile10NegativeObserved
    // Police custody and the station lawyer (`police_custody`; `PretrialProcess+PoliceCustody.swift`).
    /// Booked people whose police custody ended with a custody decision.
    case policeCustodies
    /// Their hours in police custody.
    case policeCustodyHours
    /// Police custodies longer than 24 hours (PACE s.41's basic limit).
    case policeCustodiesPast24Hours
    /// Police custodies with legal advice at the station.
    case stationAdvice
    /// Released without charge (no further action) at the end of police custody.
    case releasedWithoutCharge
    /// Released under investigation or on police bail at the end of police custody.
    case releasedUnderInvestigation
    /// Investigations that ended without a charge (the case lapsed).
    case investigationsLapsed
    /// Charged and held for court at the end of police custody (first appearance at once).
    case chargedAndHeld
    // Court tiers and custody-limit extensions (`courts.tiers`, `PretrialProcess+Tiers.swift`,
    // `PretrialProcess+CustodyExtensions.swift`).
    /// Cases sent up from a lower court tier to a higher one (counted when the sending takes effect).
    case sentUp
    /// Applications to extend the custody time limit (a held person reached it, with
    /// extensions allowed and fewer than the maximum granted).
    case custodyLimitApplications
    /// Extensions of the custody time limit granted.
    case custodyLimitExtensions
    /// Cases whose person was held past the custody time limit first set (a first extension granted).
    case heldPastOriginalCustodyLimit
    /// Cases tried in the lower court tier (the first of `courts.tiers`).
    case triedLowerCourt
    /// Sum of days waiting for trial over cases tried in the lower court tier.
    case trialWaitDaysLowerCourt
    /// Cases tried in the higher court tier (every tier after the first).
    case triedHigherCourt
    /// Sum of days waiting for trial over cases tried in the higher court tier.
    case trialWaitDaysHigherCourt
    /// Days of custodial sentences (any length) to serve after sentence: each sentence times
    /// ``CourtProfile/prisonSentenceServedShare``, less the days held pre-trial, at least 0.
    /// Written at disposition to the case's combination only (not split by status).
    case sentencedCustodyDays

    /// Whether the counter is written only when a case ends (in `dispose`, through
    /// ``DispositionCounters``), so that it is split by pre-trial status at disposition as
    /// well (``BreakdownCell/detentionStatus(_:)``). A counter written at any other moment
    /// (an arrest, a hearing, a court date) is not: its status cells would count only part of
    /// it. A new counter must say which it is here.
    public var isCountedAtDisposition: Bool {
        switch self {
        case .detentionCases, .detainedPast3Days, .heldPast3DaysFromFirstAppearance, .bedDays, .sentencedJailDays,
            .disposed, .pleas, .convictions, .innocentConvictions, .innocentPleas, .innocentConvictionsAtTrial,
            .timeToDispositionDays, .detainedPast3DaysNotConvicted, .detainedLongerThanCustodialSentence,
            .dismissed, .diverted, .acquitted, .disposedAfterTrial, .custodialSentences, .custodialSentenceDays:
            true
        case .arrests, .booked, .cited, .firstAppearances, .detainedPastFirstAppearance, .moneyBail,
            .bailUnaffordable, .offersDetained, .pleasDetained, .offersReleased, .pleasReleased,
            .courtDatesReleased, .failuresToAppear, .releasedCases, .newArrests, .tried, .trialWaitDays,
            .custodyLimitReleases, .openAtEnd, .holdsPlaced, .recognizanceReleases, .unsecuredBonds,
            .conditionsReleases, .detainedWithoutBail, .bailSetUnder5k, .bailSet5kTo10k, .bailSet10kTo25k,
            .bailSet25kTo50k, .bailSet50kTo100k, .bailSet100kTo500k, .bailSet500kOrMore, .bailPostedUnder5k,
            .bailPosted5kTo10k, .bailPosted10kTo25k, .bailPosted25kTo50k, .bailPosted50kTo100k, .bailPosted100kTo500k,
            .bailPosted500kOrMore, .bailPosted, .bailPostedThroughBondsman, .bailFundReleases, .bailFundDollars,
            .riskScored, .riskFlagged, .riskLabelledTrue, .riskPositiveTrue, .riskFlaggedPositiveTrue,
            .riskFlaggedNegativeTrue, .riskUnflaggedPositiveTrue, .riskUnflaggedNegativeTrue, .riskLabelledObserved,
            .riskPositiveObserved, .riskFlaggedPositiveObserved, .riskFlaggedNegativeObserved,
            .riskUnflaggedPositiveObserved, .riskUnflaggedNegativeObserved, .riskDecile1PositiveTrue,
            .riskDecile1NegativeTrue, .riskDecile2PositiveTrue, .riskDecile2NegativeTrue, .riskDecile3PositiveTrue,
            .riskDecile3NegativeTrue, .riskDecile4PositiveTrue, .riskDecile4NegativeTrue, .riskDecile5PositiveTrue,
            .riskDecile5NegativeTrue, .riskDecile6PositiveTrue, .riskDecile6NegativeTrue, .riskDecile7PositiveTrue,
            .riskDecile7NegativeTrue, .riskDecile8PositiveTrue, .riskDecile8NegativeTrue, .riskDecile9PositiveTrue,
            .riskDecile9NegativeTrue, .riskDecile10PositiveTrue, .riskDecile10NegativeTrue,
            .riskDecile1PositiveObserved, .riskDecile1NegativeObserved, .riskDecile2PositiveObserved,
            .riskDecile2NegativeObserved, .riskDecile3PositiveObserved, .riskDecile3NegativeObserved,
            .riskDecile4PositiveObserved, .riskDecile4NegativeObserved, .riskDecile5PositiveObserved,
            .riskDecile5NegativeObserved, .riskDecile6PositiveObserved, .riskDecile6NegativeObserved,
            .riskDecile7PositiveObserved, .riskDecile7NegativeObserved, .riskDecile8PositiveObserved,
            .riskDecile8NegativeObserved, .riskDecile9PositiveObserved, .riskDecile9NegativeObserved,
            .riskDecile10PositiveObserved, .riskDecile10NegativeObserved, .policeCustodies, .policeCustodyHours,
            .policeCustodiesPast24Hours, .stationAdvice, .releasedWithoutCharge, .releasedUnderInvestigation,
            .investigationsLapsed, .chargedAndHeld, .sentUp, .custodyLimitApplications,
            .custodyLimitExtensions, .heldPastOriginalCustodyLimit, .triedLowerCourt, .trialWaitDaysLowerCourt,
            .triedHigherCourt, .trialWaitDaysHigherCourt, .sentencedCustodyDays:
            false
        }
    }

    /// The counter of labelled cases in score `decile` (1–10) with a positive or negative
    /// outcome, of the observed or the true kind.
    static func riskDecile(_ decile: Int, positive: Bool, observed: Bool) -> ProcessCounter {
        let first = observed ? riskDecile1PositiveObserved : riskDecile1PositiveTrue
        return ProcessCounter(rawValue: first.rawValue + 2 * (decile - 1) + (positive ? 0 : 1))!
    }

    /// The number of counters written at disposition: they are the first ones
    /// (``isCountedAtDisposition``; `ProcessCounterTests` checks that they all come first).
    static let dispositionCount = allCases.prefix(while: \.isCountedAtDisposition).count

    /// The number of counters (the size of a ``CounterBlock``).
    public static let count = allCases.count

    /// The counter's id, in snake_case (e.g. `offers_detained`).
    public var id: String {
        var out = ""
        for character in "\(self)" {
            if character.isUppercase || character.isNumber && !(out.last?.isNumber ?? true) {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
