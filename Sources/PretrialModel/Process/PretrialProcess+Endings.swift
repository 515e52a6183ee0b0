import PolicyKit
import SimKernel

/// How cases end apart from the trial: evidence strength, dismissal and declination,
/// diversion, pleas at first appearance, the courts' response to the backlog and the
/// sentencing rules. Every mechanism here is reached only behind a stored flag that is false
/// when the scenario does not use it.
extension PretrialProcess {
    /// The case's evidence strength in (0, 1): a beta draw from the case's own luck, with the
    /// mean of the guilty or of the innocent (``EvidenceModel``); the dismissal model's
    /// reference strength without an evidence model; for a person advised at the police station,
    /// less the share that statements made without advice would have added
    /// (``StationAdviceEffects/evidenceFromUnadvisedStatements``). Drawn again from the same seed whenever it
    /// is needed, so the record holds no extra field.
    func evidence(_ slot: Int) -> Double {
        guard let model = evidenceModel else { return dismissalModel.evidenceReference }
        let mean = cases[slot].guilty ? model.guiltyMean : model.innocentMean
        let draws = luck(slot, .evidence)
        let a = draws.gamma(shape: max(mean * model.concentration, 1e-9), scale: 1)
        let b = draws.gamma(shape: max((1 - mean) * model.concentration, 1e-9), scale: 1)
        let strength = a + b > 0 ? a / (a + b) : mean
        // Statements made without advice strengthen a case; an advised person made none.
        guard hasStationCounsel && cases[slot].advisedAtStation else { return strength }
        return strength * (1 - stationAdvice.evidenceFromUnadvisedStatements)
    }

    /// Waiting cases beyond the courts' reference backlog (``CourtResponse``).
    @inline(__always)
    func backlogExcess() -> Double {
        max(0, Double(trialQueue.line.count) - courtResponse.referenceBacklog)
    }

    /// The probability of dismissal at court date `number` (``DismissalModel``, plus the
    /// courts' response to the backlog).
    func dismissalProbability(_ slot: Int, courtDate number: Int) -> Double {
        let model = dismissalModel
        var logOdds = model.perCourtDateLogOdds * Double(number - 1)
        if model.evidenceSlope != 0 { logOdds += model.evidenceSlope * (model.evidenceReference - evidence(slot)) }
        if cases[slot].detained { logOdds += model.detainedLogOdds }
        var p = DismissalModel.shifted(dismissalPerCourtDate, by: logOdds)
        if courtResponse.dismissalPerBacklogCase > 0 {
            p += min(courtResponse.maximumAddedDismissal, courtResponse.dismissalPerBacklogCase * backlogExcess())
        }
        return min(max(p, 0), 1)
    }

    /// `offer` as the prosecution makes it under the backlog (a smaller share when the courts
    /// respond to a backlog beyond the reference).
    @inline(__always)
    func respondingToBacklog(_ offer: PleaOffer) -> PleaOffer {
        guard courtResponds, courtResponse.offerDiscountPerBacklogCase > 0 else { return offer }
        var better = offer
        let cut = min(courtResponse.maximumOfferDiscount, courtResponse.offerDiscountPerBacklogCase * backlogExcess())
        better.sentenceShare = offer.sentenceShare * (1 - cut)
        return better
    }

    /// Whether the booked case is declined before first appearance; if so it is disposed as
    /// dismissed.
    mutating func declinesBeforeFirstAppearance(_ slot: Int, at now: Double) -> Bool {
        let model = dismissalModel
        let logOdds = model.evidenceSlope * (model.evidenceReference - evidence(slot))
        let p = DismissalModel.shifted(model.declinationAtFirstAppearance, by: logOdds)
        guard luck(slot, .declination).uniform() < p else { return false }
        dispose(slot, .dismissed, .none, at: now)
        return true
    }

    /// Whether the case ends by diversion at court date `number`; if so it is disposed.
    mutating func divertsAtCourtDate(_ slot: Int, courtDate number: Int, at now: Double) -> Bool {
        guard number <= diversion.courtDates else { return false }
        let chargeClass = Int(cases[slot].chargeClass)
        let p =
            cases[slot].detained
            ? tables.diversionOfferDetained[chargeClass] : tables.diversionOfferReleased[chargeClass]
        guard p > 0 else { return false }
        let draws = luck(slot, .diversion, number)
        let offered = draws.uniform() < p
        let accepted = draws.uniform() < diversion.acceptance
        guard offered && accepted else { return false }
        dispose(slot, .diverted, .none, at: now)
        return true
    }

    /// A plea offer at first appearance (arraignment), with the class's probability; whether
    /// it was accepted (the case is then disposed) or the policy's decision stopped the
    /// replication.
    mutating func pleadsAtFirstAppearance(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        let now = scheduler.now
        let draws = luck(slot, .arraignment)
        let offerDraw = draws.uniform()
        let acceptanceDraw = draws.uniform()
        guard offerDraw < tables.firstAppearancePleaOffer[Int(cases[slot].chargeClass)] else { return false }
        prepareDecisionLuck(slot, .pleaPolicy, 0)
        let offered =
            hasPolicyTimeline
            ? policiesInForce(slot, at: now).plea.offer(defendant(slot, at: now), courtDate: 0, random: policyLuck)
            : policies.plea.offer(defendant(slot, at: now), courtDate: 0, random: policyLuck)
        guard let made = offered else {
            return false
        }
        guard accept(made, slot, &scheduler) else { return true }
        return pleads(slot, respondingToBacklog(made), acceptanceDraw, at: now)
    }

    /// Counts an offer made at `now` and whether `draw` accepts it; an accepted offer disposes
    /// of the case by plea.
    @inline(__always)
    mutating func pleads(_ slot: Int, _ offer: PleaOffer, _ draw: Double, at now: Double) -> Bool {
        let detained = cases[slot].detained
        let counted = cases[slot].counted
        if counted {
            if detained { counts(slot)[.offersDetained] += 1 } else { counts(slot)[.offersReleased] += 1 }
        }
        guard draw < acceptanceProbability(slot, offer, at: now) else { return false }
        if counted {
            if detained { counts(slot)[.pleasDetained] += 1 } else { counts(slot)[.pleasReleased] += 1 }
        }
        let terms = SentenceTerms(
            share: offer.sentenceShare,
            chargeClass: offer.reducedChargeClass.map { Int32(truncatingIfNeeded: $0) } ?? cases[slot].chargeClass,
            timeServed: offer.timeServed)
        dispose(slot, .convictedByPlea, terms, at: now)
        return true
    }

    /// The sentence pronounced for a conviction with `terms`, after `days` held before trial,
    /// held at disposition or not (``SentencingRules``); 0 is a non-custodial sentence.
    @inline(__always)
    func sentence(_ slot: Int, _ terms: SentenceTerms, days: Double, heldAtDisposition: Bool) -> Double {
        var sentence: Double
        if terms.timeServed {
            sentence = days
        } else {
            let distribution = tables.sentenceDays[Int(terms.chargeClass)]
            sentence = sample(distribution, slot, .trial, 2) * terms.share
        }
        guard sentencingAdjusts else { return sentence }
        return adjusted(sentence, slot, days: days, heldAtDisposition: heldAtDisposition)
    }

    /// `sentence` after the ``SentencingRules``: time served for some held at disposition,
    /// probation for some released (out of line: most scenarios have no rules).
    @inline(never)
    func adjusted(_ sentence: Double, _ slot: Int, days: Double, heldAtDisposition: Bool) -> Double {
        var sentence = sentence
        let draws = luck(slot, .sentence)
        let timeServedDraw = draws.uniform()
        let probationDraw = draws.uniform()
        if heldAtDisposition {
            if sentence < days && timeServedDraw < sentencing.timeServedWhenDetained { sentence = days }
        } else if sentence > 0 && sentence <= 365 && probationDraw < sentencing.probationWhenReleased {
            sentence = 0
        }
        return sentence
    }
}
