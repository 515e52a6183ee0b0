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
}

/// One open case: the person's attributes, latent facts and where the case stands.
///
/// Kept in a slab of slots that are reused when a case ends, so memory grows with the
/// number of open cases, not with everyone who passed through.
struct CaseRecord {
    /// Bumped each time the slot is reused; stale events carry an old serial.
    var serial: UInt32 = 0
    /// Bumped at every change of custody; events tied to one spell of custody or release
    /// carry the epoch they were scheduled in.
    var epoch: UInt32 = 0
    var isOpen = false
    var person = 0
    var luckSeed: UInt64 = 0
    var rearrests: UInt32 = 0
    var group = 0
    var chargeClass = 0
    var ageBand = 0
    var priors = 0
    var abilityToPay = 0.0
    var guilty = false
    var isRearrest = false
    /// Whether the case counts in the metrics (arrested after the warm-up).
    var counted = false
    var arrestTime = 0.0
    var detained = false
    var detentionStart = 0.0
    /// Days detained in completed spells of custody.
    var completedDetentionDays = 0.0
    var hasCounsel = false
    var riskScore = Double.nan
    var bail = 0.0
    var ftaReduction = 0.0
    var courtDates = 0
    var failuresToAppear = 0
    var newArrestsWhileReleased = 0
    var inTrial = false
    var trialQueueJoined = 0.0

    /// Days detained up to `now`, including the current spell.
    func detentionDays(at now: Double) -> Double {
        completedDetentionDays + (detained ? now - detentionStart : 0)
    }
}
