/// A reference to a case slot that stays valid only while the same case occupies it.
struct CaseRef {
    /// The slot in ``PretrialProcess/cases``.
    var slot: Int32
    /// The serial number of the case in that slot when the reference was made.
    var serial: UInt32
}

/// How a case ended.
enum Disposition: Int {
    case dismissed, acquitted, convictedByPlea, convictedAtTrial
    /// Diversion or deferred adjudication: ended without a conviction (``DiversionModel``).
    case diverted

    /// Whether the case ended by conviction.
    @inline(__always)
    var isConviction: Bool { self == .convictedByPlea || self == .convictedAtTrial }
}

/// One open case: the person's attributes, latent facts and where the case stands.
///
/// Kept in a slab of slots that are reused when a case ends, so memory grows with the
/// number of open cases, not with everyone who passed through. Plain values only (no
/// references), so a slot is copied and reset with a few stores.
struct CaseRecord {
    // Laid out in two 64-byte halves (the slab aligns slots to cache lines): identity and
    // flags, which every event reads to check that it is still live, with the counters and
    // the luck seed in the first; the times and amounts in the second.

    /// Bumped each time the slot is reused; stale events carry an old serial.
    var serial: UInt32 = 0
    /// Bumped at every change of custody; events tied to one spell of custody or release
    /// carry the epoch they were scheduled in.
    var epoch: UInt32 = 0
    var isOpen = false
    /// Whether the case's person is in jail (on this case, another case or a hold): mirrored
    /// from ``PersonRecord/inJail`` on every open case of the person, so that court dates,
    /// pleas and policies read the person's custody from the case.
    var detained = false
    /// Whether this case itself requires custody (booked and not released on it, or revoked,
    /// remanded): one of the claims that keep its person in jail (``PersonRecord/casesHeld``).
    var requiresCustody = false
    /// Whether a hold placed at this case's booking still keeps the person in jail
    /// (``PersonRecord/holds``); it ends with its duration or with the case.
    var holdActive = false
    /// Whether the case was counted as released before disposition (once per case).
    var releaseCounted = false
    /// Whether the case counts in the metrics (arrested after the warm-up).
    var counted = false
    var inTrial = false
    var guilty = false
    var isRearrest = false
    var hasCounsel = false
    /// Still in custody right after the first-appearance decision (the stage before "held
    /// past 3 days" in the relative rate index).
    var heldAtFirstAppearance = false
    /// Released through a bondsman's premium (a commercial surety), who may surrender the
    /// person after a failure to appear.
    var onSurety = false
    /// Four rarely used flags in one byte (``trueOutcome``, ``recordedOutcome``,
    /// ``advisedAtStation``, ``underInvestigation``), so that with the tier and the extensions
    /// they fit in the padding before `group` and the record does not grow (`CourtTierTests`).
    var rareFlags: UInt8 = 0
    /// The court tier the case was sent up to (``SendingUp``), or 0 while it is in its charge
    /// class's own tier (``PretrialProcess/tier(_:)``); in the layout's padding.
    var sentUpTier: UInt8 = 0
    /// Extensions of the custody time limit granted on the case (``CustodyLimitExtension``).
    var custodyExtensions: UInt8 = 0
    var group: Int32 = 0
    var chargeClass: Int32 = 0
    var ageBand: Int32 = 0
    /// The combination of the case's group, charge class and income quintile whose totals it
    /// updates (see ``PretrialProcess/totals``).
    var cell: Int32 = 0
    var priors: Int32 = 0
    var courtDates: Int32 = 0
    var failuresToAppear: Int32 = 0
    var newArrestsWhileReleased: Int32 = 0
    /// The epoch of the spell of custody in which the person is held on money bail they could
    /// not post (a bail fund's candidates are those still in that spell).
    var bailEpoch: UInt32 = 0
    /// The person's latent risk factor (``PolicyKit/Defendant/riskFactor``; 0 without risk
    /// facts), kept in single precision where the layout had four bytes of padding.
    var riskFactor: Float = 0
    var luckSeed: UInt64 = 0
    /// The person's number (unique in the replication, the ``Defendant/person`` policies see).
    var person = 0
    /// The person's slot in ``PretrialProcess/persons``.
    var personSlot: Int32 = 0
    /// The next older open case of the same person (−1 for none): the person's open cases
    /// form a list, newest first, from ``PersonRecord/newestCase``.
    var nextOfPerson: Int32 = -1
    var abilityToPay = 0.0
    var arrestTime = 0.0
    var detentionStart = 0.0
    /// Days detained in completed spells of custody (the person in jail while the case was open).
    var completedDetentionDays = 0.0
    /// The person's jail days attributed to this case so far: each day the person spends in
    /// jail is split equally among the person's open cases (docs/ARCHITECTURE.md, "Persons").
    /// Settled up to ``PersonRecord/settledAt`` while the person is in jail.
    var attributedBedDays = 0.0
    var riskScore = Double.nan
    var bail = 0.0
    var ftaReduction = 0.0
    var trialQueueJoined = 0.0
    /// The money bail set at first appearance, until it is posted (then 0; 0 too without
    /// money bail): the posting figures count a case once, in the band of this amount.
    var firstBail = 0.0

    /// In a free slot, the next free slot (−1 for none); the field is the person's, whom a
    /// free slot no longer has.
    var nextFree: Int {
        get { person }
        set { person = newValue }
    }

    /// Days detained up to `now`, including the current spell.
    @inline(__always)
    func detentionDays(at now: Double) -> Double {
        completedDetentionDays + (detained ? now - detentionStart : 0)
    }
}

/// The memory of the case slab (see ``Slab``).
typealias CaseSlab = Slab<CaseRecord>

extension CaseRecord {
    /// The true predicted outcome (``RiskOutcomeModel``), drawn at arrest with a `risk_outcome`.
    var trueOutcome: Bool {
        get { rareFlags & 1 != 0 }
        set { rareFlags = newValue ? rareFlags | 1 : rareFlags & ~1 }
    }
    /// The true outcome as police record it (under the group's policing intensity).
    var recordedOutcome: Bool {
        get { rareFlags & 2 != 0 }
        set { rareFlags = newValue ? rareFlags | 2 : rareFlags & ~2 }
    }
    /// Advised by a lawyer in police custody (``StationCounselPolicy``).
    var advisedAtStation: Bool {
        get { rareFlags & 4 != 0 }
        set { rareFlags = newValue ? rareFlags | 4 : rareFlags & ~4 }
    }
    /// Released under investigation or on police bail and not yet charged.
    var underInvestigation: Bool {
        get { rareFlags & 8 != 0 }
        set { rareFlags = newValue ? rareFlags | 8 : rareFlags & ~8 }
    }
}
