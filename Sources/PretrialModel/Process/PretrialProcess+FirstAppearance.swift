import PolicyKit
import SimKernel

extension PretrialProcess {
    /// First appearance: declination (if the scenario has it), counsel, risk score, release
    /// decision, a plea at arraignment (if the charge class has it); then the first court date.
    mutating func firstAppearance(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        if hasDeclination && declinesBeforeFirstAppearance(slot, at: now) { return }
        prepareDecisionLuck(slot, .counselPolicy)
        let counsel =
            hasPolicyTimeline
            ? policiesInForce(slot, at: now).counsel.counsel(defendant(slot, at: now), random: policyLuck)
            : policies.counsel.counsel(defendant(slot, at: now), random: policyLuck)
        // The probability and multiplier act only when counsel is present: checked then.
        guard !counsel.present || accept(counsel, slot, &scheduler) else { return }
        cases[slot].hasCounsel = counsel.present
        if hasRiskInstrument { guard scoreRisk(slot, at: now, &scheduler) else { return } }
        prepareDecisionLuck(slot, .releasePolicy)
        var decision =
            hasPolicyTimeline
            ? policiesInForce(slot, at: now).release.decide(defendant(slot, at: now), random: policyLuck)
            : policies.release.decide(defendant(slot, at: now), random: policyLuck)
        guard accept(decision, from: .release, slot, &scheduler) else { return }
        if hasStationCounsel && cases[slot].advisedAtStation { decision = adviceAtFirstAppearance(decision, slot) }
        if counsel.present, case .moneyBail(let amount) = decision {
            guard let argued = counselArgues(slot, counsel, amount: amount, &scheduler) else { return }
            decision = argued
        }
        let counted = cases[slot].counted
        if counted { countOutcome(decision, slot) }
        if case .moneyBail(let amount) = decision { cases[slot].firstBail = amount }
        apply(decision, slot, isReview: false, &scheduler)
        if cases[slot].detained {
            cases[slot].heldAtFirstAppearance = true
            if counted { counts(slot)[.detainedPastFirstAppearance] += 1 }
        }
        if hasArraignmentPleas && pleadsAtFirstAppearance(slot, &scheduler) { return }
        if hasSendingUp && sendsUp(slot, &scheduler) { return }
        scheduleCourtDate(slot, &scheduler)
    }

    /// The risk instrument scores the case; false if its score was rejected. Out of line, as
    /// the other stages a scenario may not have: the code every first appearance runs then
    /// stays small enough for the instruction cache.
    @inline(never)
    mutating func scoreRisk(_ slot: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>) -> Bool {
        prepareDecisionLuck(slot, .riskInstrument)
        let instrument = hasPolicyTimeline ? policiesInForce(slot, at: now).risk : policies.risk
        guard let score = instrument?.score(defendant(slot, at: now), random: policyLuck) else { return true }
        guard accept(riskScore: score, slot, &scheduler) else { return false }
        cases[slot].riskScore = score
        if cases[slot].counted { countScore(slot, score) }
        return true
    }

    /// Counsel argues against money bail of `amount` at the hearing: some people get
    /// recognizance instead, the rest a lower amount (nil if the result was rejected). The draw
    /// comes from the model's own luck for the hearing, so it is the same for the person under
    /// every variant.
    @inline(never)
    mutating func counselArgues(
        _ slot: Int, _ counsel: CounselOutcome, amount: Double, _ scheduler: inout Scheduler<ModelEvent>
    ) -> ReleaseDecision? {
        let decision: ReleaseDecision =
            luck(slot, .counselPolicy).uniform() < counsel.recognizanceInsteadOfBail
            ? .recognizance : .moneyBail(amount: amount * counsel.bailMultiplier)
        return accept(decision, from: .counsel, slot, &scheduler) ? decision : nil
    }

    /// Counts the first-appearance decision by its outcome (a counted case).
    @inline(__always)
    mutating func countOutcome(_ decision: ReleaseDecision, _ slot: Int) {
        let block = counts(slot)
        block[.firstAppearances] += 1
        switch decision {
        case .recognizance: block[.recognizanceReleases] += 1
        case .unsecuredBond: block[.unsecuredBonds] += 1
        case .conditions: block[.conditionsReleases] += 1
        case .detain: block[.detainedWithoutBail] += 1
        case .moneyBail(let amount):
            block[.moneyBail] += 1
            block[BailBand.setCounter(BailBand.index(of: amount))] += 1
            cell(slot).pointee.bailAmounts.record(amount)
        }
    }

    /// Carries out a release decision for a person in custody.
    @inline(__always)
    mutating func apply(
        _ decision: ReleaseDecision, _ slot: Int, isReview: Bool, _ scheduler: inout Scheduler<ModelEvent>
    ) {
        let now = scheduler.now
        switch decision {
        case .recognizance, .unsecuredBond:
            // An unsecured bond is owed only on a failure to appear: nothing is posted.
            cases[slot].ftaReduction = 0
            cases[slot].onSurety = false
            becomeReleasedBeforeTrial(slot, at: now, &scheduler)
        case .conditions(let reduction):
            cases[slot].ftaReduction = min(max(reduction, 0), 1)
            cases[slot].onSurety = false
            becomeReleasedBeforeTrial(slot, at: now, &scheduler)
        case .moneyBail(let amount):
            cases[slot].bail = amount
            let ability = cases[slot].abilityToPay
            if ability >= amount {
                releaseOnPostedBail(slot, throughBondsman: false, at: now, &scheduler)
                return
            }
            let premium = suretyPremium(slot, amount: amount)
            if let premium, ability >= premium {
                releaseOnPostedBail(slot, throughBondsman: true, at: now, &scheduler)
                return
            }
            if cases[slot].counted && !isReview { counts(slot)[.bailUnaffordable] += 1 }
            cases[slot].bailEpoch = cases[slot].epoch
            // The guards here rather than in the callees: most runs have neither.
            if postsLater { scheduleLaterPosting(slot, amount: amount, &scheduler) }
            if familyPools { scheduleFamilyPosting(slot, needed: premium ?? amount, &scheduler) }
            if !isReview && hasBailReview { scheduleBailReview(slot, amount: amount, isReview: isReview, &scheduler) }
        case .detain:
            // Held without bail: a review policy sees `.infinity` as the bail (one that reviews
            // only affordable bail returns no review for it).
            if !isReview && hasBailReview { scheduleBailReview(slot, amount: .infinity, isReview: false, &scheduler) }
        }
    }

    /// A person held on unaffordable bail may still post it later (family, a bail fund);
    /// the expected delay grows with the shortfall.
    mutating func scheduleLaterPosting(_ slot: Int, amount: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        let behaviour = configuration.behaviour
        guard behaviour.laterPostingProbability > 0 else { return }
        let draws = luck(slot, .bailPosting, Int(cases[slot].courtDates))
        let posts = draws.uniform() < behaviour.laterPostingProbability
        let shortfall = max(0, amount - cases[slot].abilityToPay) / amount
        let delay = draws.exponential(mean: max(behaviour.laterPostingMeanDays * shortfall, 1e-6))
        if posts {
            scheduler.schedule(.bailPosted(reference(slot), epoch: cases[slot].epoch), after: delay)
        }
    }

    /// Schedules the bail review, if the policy holds one.
    mutating func scheduleBailReview(
        _ slot: Int, amount: Double, isReview: Bool, _ scheduler: inout Scheduler<ModelEvent>
    ) {
        guard !isReview, hasBailReview,
            let delay = (hasPolicyTimeline ? policiesInForce(slot, at: scheduler.now).bailReview : policies.bailReview)?
                .reviewDelay(defendant(slot, at: scheduler.now), bail: amount)
        else { return }
        guard accept(reviewDelay: delay, slot, &scheduler) else { return }
        scheduler.schedule(.bailReview(reference(slot), epoch: cases[slot].epoch), after: max(0, delay))
    }

    /// Bail posted late (through a bondsman when the person could not pay it in cash but a
    /// bondsman takes the bond).
    mutating func bailPosted(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard cases[slot].requiresCustody, !cases[slot].inTrial else { return }
        let throughBondsman =
            cases[slot].abilityToPay < cases[slot].bail && suretyPremium(slot, amount: cases[slot].bail) != nil
        releaseOnPostedBail(slot, throughBondsman: throughBondsman, at: scheduler.now, &scheduler)
    }

    /// The bail review hearing.
    mutating func bailReview(_ slot: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        guard cases[slot].detained, !cases[slot].inTrial, hasBailReview else { return }
        prepareDecisionLuck(slot, .bailReviewPolicy)
        guard
            let decision =
                (hasPolicyTimeline ? policiesInForce(slot, at: scheduler.now).bailReview : policies.bailReview)?
                .review(
                    defendant(slot, at: scheduler.now), bail: cases[slot].bail > 0 ? cases[slot].bail : .infinity,
                    random: policyLuck)
        else { return }
        guard accept(decision, from: .bailReview, slot, &scheduler) else { return }
        apply(decision, slot, isReview: true, &scheduler)
    }
}
