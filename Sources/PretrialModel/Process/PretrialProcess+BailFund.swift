import PolicyKit
import SimKernel

/// The bail fund's rounds: everyone held on money bail they could not post is a candidate; the
/// fund (``BailFundPolicy``) chooses whom to pay for with its state of the replication.
extension PretrialProcess {
    /// One round of the bail fund, then the next while arrests or open cases remain.
    mutating func bailFundRound(_ scheduler: inout Scheduler<ModelEvent>) {
        guard let fund = policies.bailFund else { return }
        let now = scheduler.now
        var candidates: [BailFundCandidate] = []
        var slots: [Int] = []
        for slot in 0..<slab.count where isHeldOnBail(slot) {
            let bail = cases[slot].bail
            let raised = resourcesRaised(slot, daysHeld: now - cases[slot].detentionStart)
            candidates.append(
                BailFundCandidate(defendant: defendant(slot, at: now), bail: bail, shortfall: max(0, bail - raised)))
            slots.append(slot)
        }
        let context = DecisionContext(
            day: now, jailPopulation: jailPopulationNow, trialBacklog: trialQueue.line.count)
        let chosen = fund.round(candidates, context: context, state: &bailFundState)
        var seen = Set<Int>()
        for index in chosen {
            guard slots.indices.contains(index), seen.insert(index).inserted else {
                rejectFundChoice(index, candidates: candidates.count, at: now, &scheduler)
                return
            }
        }
        for index in chosen {
            let slot = slots[index]
            if cases[slot].counted { counts(slot)[.bailFundDollars] += cases[slot].bail }
            releaseOnPostedBail(slot, throughBondsman: false, byFund: true, at: now, &scheduler)
        }
        let interval = fund.roundDays
        guard interval > 0 && interval < .infinity else {
            rejectFundChoice(nil, candidates: candidates.count, at: now, &scheduler)
            return
        }
        if now < arrestWindowDays || openCases > 0 {
            scheduler.schedule(.bailFundRound, after: interval)
        }
    }

    /// Whether the case holds its person, before trial, on money bail they have not posted,
    /// and nothing else (a hold, another case) would keep them in jail once it is posted: a
    /// fund does not pay for a release that cannot happen.
    @inline(__always)
    func isHeldOnBail(_ slot: Int) -> Bool {
        let record = cases + slot
        guard record.pointee.isOpen, record.pointee.requiresCustody, !record.pointee.inTrial,
            record.pointee.bail > 0, record.pointee.bailEpoch == record.pointee.epoch
        else { return false }
        if custodyIsPerCase { return true }
        let person = personSlot(slot)
        return persons[person].holds == 0 && persons[person].casesHeld == 1
    }

    /// The number of people in jail now.
    var jailPopulationNow: Int { peopleInJail }

    /// Records a fund's choice that cannot be carried out (an index out of range or repeated,
    /// or a round interval that is not a finite number of days above 0) and stops the
    /// replication.
    @inline(never)
    mutating func rejectFundChoice(
        _ index: Int?, candidates: Int, at now: Double, _ scheduler: inout Scheduler<ModelEvent>
    ) {
        let problem =
            index.map {
                "a bail fund choice of candidate \($0) among \(candidates) (each index must be in 0..<\(candidates), "
                    + "at most once)"
            }
            ?? "a bail fund round interval of \(policies.bailFund?.roundDays ?? .nan) days (it must be finite and above 0)"
        if decisionError == nil {
            decisionError = PolicyDecisionError(
                decisionPoint: .bailFund, module: policies.moduleNames[.bailFund], problem: problem,
                person: -1, day: now, replication: replication)
        }
        scheduler.requestStop()
    }
}
