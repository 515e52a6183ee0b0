import PolicyKit
import SimKernel

/// The bail market: cash or a bondsman's premium, what bondsmen refuse and do, and what a
/// person's family raises over time (``BailMarket``).
extension PretrialProcess {
    /// The premium a bondsman asks to post `amount` for the case's person, or `nil` when
    /// commercial bail is not available or the bondsman refuses the bond (a premium under the
    /// minimum, or priors or failures to appear above the limits).
    @inline(__always)
    func suretyPremium(_ slot: Int, amount: Double) -> Double? {
        guard let share = configuration.behaviour.bondsmanPremiumShare else { return nil }
        let premium = share * amount
        guard bondsmenChoose else { return premium }
        let market = configuration.behaviour.bailMarket
        if premium < market.bondsmanMinimumPremium { return nil }
        if let limit = market.bondsmanMaximumPriors, Int(cases[slot].priors) > limit { return nil }
        if let limit = market.bondsmanMaximumFailuresToAppear, Int(cases[slot].failuresToAppear) > limit {
            return nil
        }
        return premium
    }

    /// Releases the person on posted money bail, counting the posting against the band of the
    /// bail set at first appearance (once per case).
    mutating func releaseOnPostedBail(
        _ slot: Int, throughBondsman: Bool, byFund: Bool = false, at now: Double,
        _ scheduler: inout Scheduler<ModelEvent>
    ) {
        let first = cases[slot].firstBail
        if first > 0 {
            cases[slot].firstBail = 0
            if cases[slot].counted {
                let block = counts(slot)
                block[.bailPosted] += 1
                block[BailBand.postedCounter(BailBand.index(of: first))] += 1
                if throughBondsman { block[.bailPostedThroughBondsman] += 1 }
                if byFund { block[.bailFundReleases] += 1 }
            }
        }
        cases[slot].onSurety = throughBondsman
        becomeReleasedBeforeTrial(slot, at: now, &scheduler)
    }

    /// What the person and their family have raised after `daysHeld` days in custody on bail
    /// (``BailMarket/familyContributionPerDay``, up to the cap).
    @inline(__always)
    func resourcesRaised(_ slot: Int, daysHeld: Double) -> Double {
        let market = configuration.behaviour.bailMarket
        let ability = cases[slot].abilityToPay
        guard familyPools else { return ability }
        return ability * (1 + min(market.familyContributionPerDay * max(daysHeld, 0), market.familyContributionCap))
    }

    /// Schedules the day the family's contributions cover `needed` (the bail, or the premium
    /// when a bondsman takes the bond), if they ever do.
    mutating func scheduleFamilyPosting(_ slot: Int, needed: Double, _ scheduler: inout Scheduler<ModelEvent>) {
        let market = configuration.behaviour.bailMarket
        let ability = cases[slot].abilityToPay
        guard ability > 0, needed <= ability * (1 + market.familyContributionCap) else { return }
        let days = max(needed / ability - 1, 0) / market.familyContributionPerDay
        scheduler.schedule(.bailPosted(reference(slot), epoch: cases[slot].epoch), after: days)
    }

    /// After a failure to appear, whether the bondsman of a person released through one
    /// surrenders them (the warrant arrest then ends in custody).
    @inline(__always)
    func bondsmanSurrenders(_ slot: Int) -> Bool {
        guard cases[slot].onSurety, configuration.behaviour.bailMarket.surrenderAfterFailureToAppear > 0 else {
            return false
        }
        let draw = luck(slot, .bondsmanSurrender, Int(cases[slot].failuresToAppear)).uniform()
        return draw < configuration.behaviour.bailMarket.surrenderAfterFailureToAppear
    }
}
