import PolicyKit
import SimKernel

/// The checks of what policies return, one call where each decision is used.
///
/// A policy may come from a plugin, so nothing it returns is trusted: each check is a few
/// compares on the hot path (written so that NaN fails them), and only a bad decision takes the
/// slow path of ``reject(_:_:_:_:)``, which records the first ``PolicyDecisionError`` in
/// ``PretrialProcess/decisionError`` and asks the scheduler to stop after the current event.
/// The stage then returns at once, so the bad value is never used.
extension PretrialProcess {
    /// Whether a release decision (at first appearance, after counsel, or at a bail review) can
    /// be carried out: bail a finite amount above 0, an unsecured bond a finite amount of at least 0,
    /// an FTA reduction in [0, 1].
    @inline(__always)
    mutating func accept(
        _ decision: ReleaseDecision, from point: DecisionPoint, _ slot: Int,
        _ scheduler: inout Scheduler<ModelEvent>
    ) -> Bool {
        switch decision {
        case .recognizance, .detain:
            return true
        case .conditions(let reduction):
            if reduction >= 0 && reduction <= 1 { return true }
            return reject(
                point, "release on conditions with an FTA reduction of \(reduction) (it must be in [0, 1])",
                slot, &scheduler)
        case .moneyBail(let amount):
            if amount > 0 && amount < .infinity { return true }
            return reject(
                point, "money bail of \(amount) dollars (bail must be a finite amount above 0)", slot, &scheduler)
        case .unsecuredBond(let amount):
            if amount >= 0 && amount < .infinity { return true }
            return reject(
                point, "an unsecured bond of \(amount) dollars (the amount must be finite and at least 0)", slot,
                &scheduler)
        }
    }

    /// Whether a counsel outcome can be applied: a probability in [0, 1] and a finite bail
    /// multiplier above 0 (called only when counsel is present, the only time they act).
    @inline(__always)
    mutating func accept(_ outcome: CounselOutcome, _ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        let probability = outcome.recognizanceInsteadOfBail
        let multiplier = outcome.bailMultiplier
        if probability >= 0 && probability <= 1 && multiplier > 0 && multiplier < .infinity { return true }
        return reject(
            .counsel,
            "a counsel outcome with recognizance-instead-of-bail probability \(probability) and bail "
                + "multiplier \(multiplier) (the probability must be in [0, 1], the multiplier finite and above 0)",
            slot, &scheduler)
    }

    /// Whether a risk score is in the documented range of ``RiskInstrument/score(_:random:)``, [0, 1].
    @inline(__always)
    mutating func accept(riskScore score: Double, _ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        if score >= 0 && score <= 1 { return true }
        return reject(.risk, "a risk score of \(score) (scores must be in [0, 1])", slot, &scheduler)
    }

    /// Whether a plea offer's sentence share is in [0, 1] and its reduced charge class, if any, is
    /// one of the scenario's.
    @inline(__always)
    mutating func accept(_ offer: PleaOffer, _ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        let share = offer.sentenceShare
        guard share >= 0 && share <= 1 else {
            return reject(
                .plea, "a plea offer with sentence share \(share) (the share of the trial sentence must be in [0, 1])",
                slot, &scheduler)
        }
        guard let reduced = offer.reducedChargeClass else { return true }
        let classCount = tables.classCount
        if reduced >= 0 && reduced < classCount { return true }
        return reject(
            .plea,
            "a plea offer reduced to charge class \(reduced) (it must index the scenario's charge classes, 0 to "
                + "\(classCount - 1))", slot, &scheduler)
    }

    /// Whether a custody limit is a finite number of days, at least 0.
    @inline(__always)
    mutating func accept(custodyLimit days: Double, _ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        if days >= 0 && days < .infinity { return true }
        return reject(
            .custodyLimit,
            "a custody limit of \(days) days (it must be a finite number of days, at least 0; "
                + "return nil for no limit)", slot, &scheduler)
    }

    /// Whether a bail review delay is a finite number of days, at least 0.
    @inline(__always)
    mutating func accept(reviewDelay days: Double, _ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        if days >= 0 && days < .infinity { return true }
        return reject(
            .bailReview,
            "a bail review delay of \(days) days (it must be a finite number of days, at least 0; "
                + "return nil for no review)", slot, &scheduler)
    }

    /// Whether a trial queue priority is a number (NaN cannot be ordered).
    @inline(__always)
    mutating func accept(priority: Double, _ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        if !priority.isNaN { return true }
        return reject(.scheduling, "a trial queue priority of \(priority) (it must be a number)", slot, &scheduler)
    }

    /// Records the first bad decision and stops the replication after the current event.
    /// The problem is an autoclosure so that the words are built here, off the hot path: the
    /// checks inlined into each stage then carry no string code.
    /// - Returns: false, for the caller's `guard`.
    @inline(never)
    mutating func reject(
        _ point: DecisionPoint, _ problem: @autoclosure () -> String, _ slot: Int,
        _ scheduler: inout Scheduler<ModelEvent>
    ) -> Bool {
        if decisionError == nil {
            decisionError = PolicyDecisionError(
                decisionPoint: point,
                module: (hasPolicyTimeline ? policiesInForce(slot, at: scheduler.now) : policies).moduleNames[point],
                problem: problem(),
                person: cases[slot].person, day: scheduler.now, replication: replication)
        }
        scheduler.requestStop()
        return false
    }
}
