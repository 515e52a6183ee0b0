import PolicyKit
import SimKernel

/// One census person, drawn before anyone enters (``PretrialProcess/drawCensus(seed:)``).
struct CensusPerson {
    var attributes: PersonAttributes
    var holding: CensusHolding
    var daysHeld: Double
    var daysSinceArrest: Double
    var courtDatesHeld: Int?
}

/// A census on day 0 (docs/ARCHITECTURE.md, "A census on day 0"): the people held and the
/// cases pending when the run starts enter through the process's own entry points (custody,
/// first appearance, a court date, the trial queue), so they meet the policies, the trial
/// queue and the court-date schedule like anyone else. Nothing here runs without a census.
extension PretrialProcess {
    /// Draws every census person in the census's order, then opens their cases on day 0, the
    /// longest pending first (so that the trial queue takes the oldest cases first).
    ///
    /// - Parameter seed: the census's seed for the replication (from the master seed and the
    ///   replication, never from a policy, so every variant meets the same people).
    mutating func enterCensus(seed: UInt64, _ scheduler: inout Scheduler<ModelEvent>) {
        var people = drawCensus(seed: seed)
        people.sort { $0.daysSinceArrest > $1.daysSinceArrest }
        for person in people { openCensusCase(person, &scheduler) }
    }

    /// The census people with their attributes and days, each from their own luck (purpose
    /// ``LuckPurpose/censusPerson`` at their place in the census).
    func drawCensus(seed: UInt64) -> [CensusPerson] {
        var people: [CensusPerson] = []
        var place = 0
        for entry in configuration.census.entries {
            for _ in 0..<max(0, entry.count) {
                let stream = processLuck
                stream.reseed(StreamSeed.combine(seed, LuckPurpose.censusPerson.rawValue, UInt64(place)))
                let group = entry.group
                let chargeClass = entry.chargeClass
                let priors = Int(
                    min(max(0, tables.priors[group].sample(stream)), PersonSampler.maximumPriors).rounded(.down))
                let ageBand = tables.ageMix[group].pick(stream.uniform())
                let guilty = stream.uniform() < tables.guiltProbability[chargeClass]
                let daysHeld = Self.days(entry.daysHeld, stream)
                let sinceArrest = max(entry.daysSinceArrest.map { Self.days($0, stream) } ?? daysHeld, daysHeld)
                let ability = censusAbilityToPay(group: group, priors: priors, holding: entry.holding, stream)
                let attributes = PersonAttributes(
                    group: group, abilityToPay: ability, chargeClass: chargeClass, priors: priors, ageBand: ageBand,
                    guilty: guilty,
                    luckSeed: StreamSeed.combine(seed, LuckPurpose.censusCase.rawValue, UInt64(place)))
                people.append(
                    CensusPerson(
                        attributes: attributes, holding: entry.holding, daysHeld: daysHeld,
                        daysSinceArrest: sinceArrest, courtDatesHeld: entry.courtDatesHeld))
                place += 1
            }
        }
        return people
    }

    /// A census number of days: exact, or a draw (at least 0).
    static func days(_ days: CensusDays, _ stream: RandomStream) -> Double {
        switch days {
        case .exactly(let value): return max(0, value)
        case .drawn(let distribution): return max(0, distribution.sample(stream))
        }
    }

    /// Ability to pay from the group's distribution; for a person held on money bail, drawn
    /// below what would release them (the bail, or a bondsman's premium where one would write
    /// the bond) by rejection, up to 100 draws, then a uniform share of that bound.
    func censusAbilityToPay(group: Int, priors: Int, holding: CensusHolding, _ stream: RandomStream) -> Double {
        guard case .bail(let amount) = holding else { return max(0, tables.abilityToPay[group].sample(stream)) }
        let bound = min(amount, censusPremium(amount: amount, priors: priors) ?? amount)
        for _ in 0..<100 {
            let ability = max(0, tables.abilityToPay[group].sample(stream))
            if ability < bound { return ability }
        }
        return bound * stream.uniform()
    }

    /// The premium a bondsman would take for bail of `amount` from a person with `priors` and
    /// no failure to appear (as ``suretyPremium(_:amount:)``), or nil if none would.
    func censusPremium(amount: Double, priors: Int) -> Double? {
        guard let share = configuration.behaviour.bondsmanPremiumShare else { return nil }
        let premium = share * amount
        guard bondsmenChoose else { return premium }
        let market = configuration.behaviour.bailMarket
        if premium < market.bondsmanMinimumPremium { return nil }
        if let limit = market.bondsmanMaximumPriors, priors > limit { return nil }
        return premium
    }

    /// Opens a census person's case on day 0, as an arrest would (``openCase``) but arrested
    /// `daysSinceArrest` days before and never counted, and sets it where the census says.
    mutating func openCensusCase(_ census: CensusPerson, _ scheduler: inout Scheduler<ModelEvent>) {
        let now = scheduler.now
        let attributes = census.attributes
        let person = custodyIsPerCase ? personCount : admitPerson(number: personCount, luckSeed: attributes.luckSeed)
        personCount += 1
        let slot = allocateSlot()
        let record = cases + slot
        record.pointee.isOpen = true
        record.pointee.person = custodyIsPerCase ? person : persons[person].number
        record.pointee.luckSeed = attributes.luckSeed
        record.pointee.group = Int32(truncatingIfNeeded: attributes.group)
        record.pointee.chargeClass = Int32(truncatingIfNeeded: attributes.chargeClass)
        record.pointee.cell = Int32(
            truncatingIfNeeded: tables.combination(
                group: attributes.group, chargeClass: attributes.chargeClass, abilityToPay: attributes.abilityToPay))
        record.pointee.ageBand = Int32(truncatingIfNeeded: attributes.ageBand)
        record.pointee.priors = Int32(truncatingIfNeeded: attributes.priors)
        record.pointee.abilityToPay = attributes.abilityToPay
        record.pointee.guilty = attributes.guilty
        record.pointee.counted = false
        record.pointee.arrestTime = now - census.daysSinceArrest
        // Days held before day 0 count as a completed spell (custody limits, plea pressure
        // and what policies see include them; bed-days and the population start on day 0).
        record.pointee.completedDetentionDays = census.daysHeld
        if !custodyIsPerCase { attach(slot, toPerson: person, at: now) }
        if drawsRiskFacts { drawRiskFacts(slot, person: person, attributes: attributes, isRearrest: false) }
        if openCases > openCaseLimit { scheduler.requestStop() }
        switch census.holding {
        case .awaitingFirstAppearance:
            startCustody(slot, at: now, &scheduler)
            scheduler.schedule(
                .firstAppearance(reference(slot)), after: remainingFirstAppearanceDelay(slot, census.daysSinceArrest))
            return
        case .noBail:
            startCustody(slot, at: now, &scheduler)
            cases[slot].heldAtFirstAppearance = true
        case .bail(let amount):
            startCustody(slot, at: now, &scheduler)
            cases[slot].heldAtFirstAppearance = true
            holdOnCensusBail(slot, amount: amount, daysHeld: census.daysHeld, &scheduler)
        case .hold:
            placeCensusHold(slot, person: person, &scheduler)
        case .atLiberty:
            // Released before day 0: the days held on the case stay a completed spell.
            if !custodyIsPerCase && !persons[person].inJail {
                scheduleNewArrestHazard(person: person, at: now, &scheduler)
            }
        }
        continueCensusCase(slot, census, &scheduler)
    }

    /// The person is held on a hold placed before day 0, released on the case itself; the
    /// hold ends after the residual of `holds.duration` (``residual(_:_:)``), or with the case.
    mutating func placeCensusHold(_ slot: Int, person: Int, _ scheduler: inout Scheduler<ModelEvent>) {
        cases[slot].holdActive = true
        cases[slot].heldAtFirstAppearance = true
        persons[person].holds += 1
        if !persons[person].inJail { enterJail(person, at: scheduler.now) }
        if let duration = holdDuration {
            scheduler.schedule(.holdEnd(reference(slot)), after: Self.residual(duration, luck(slot, .holdDuration)))
        }
    }

    /// The person stays held on unaffordable bail of `amount`: later posting is drawn as at
    /// first appearance but given that it has not happened in the `daysHeld` already held (a
    /// draw that would have posted before day 0 is drawn again, up to 32 times); family
    /// pooling and a bail review start from day 0.
    mutating func holdOnCensusBail(
        _ slot: Int, amount: Double, daysHeld: Double, _ scheduler: inout Scheduler<ModelEvent>
    ) {
        cases[slot].bail = amount
        cases[slot].bailEpoch = cases[slot].epoch
        if postsLater {
            let behaviour = configuration.behaviour
            let shortfall = max(0, amount - cases[slot].abilityToPay) / amount
            for attempt in 0..<32 {
                let draws = luck(slot, .censusBailPosting, attempt)
                let posts = draws.uniform() < behaviour.laterPostingProbability
                let delay = draws.exponential(mean: max(behaviour.laterPostingMeanDays * shortfall, 1e-6))
                if !posts { break }
                if delay >= daysHeld {
                    scheduler.schedule(
                        .bailPosted(reference(slot), epoch: cases[slot].epoch), after: delay - daysHeld)
                    break
                }
            }
        }
        let premium = censusPremium(amount: amount, priors: Int(cases[slot].priors))
        if familyPools { scheduleFamilyPosting(slot, needed: premium ?? amount, &scheduler) }
        if hasBailReview { scheduleBailReview(slot, amount: amount, isReview: false, &scheduler) }
    }

    /// After the first appearance: the court dates already held (the census's, or derived
    /// from the days since arrest: one first-appearance delay, then one court-date interval
    /// each, at their means), then the next court date after the residual of the class's
    /// court-date schedule (``residual(_:_:)``), or the trial queue once every court date
    /// before trial is held.
    mutating func continueCensusCase(_ slot: Int, _ census: CensusPerson, _ scheduler: inout Scheduler<ModelEvent>) {
        let chargeClass = Int(cases[slot].chargeClass)
        let dates = tables.courtDatesByClass ? tables.courtDatesBeforeTrial[chargeClass] : courtDatesBeforeTrial
        let interval = tables.courtDatesByClass ? tables.courtDateInterval[chargeClass] : courtDateInterval
        let held =
            census.courtDatesHeld
            ?? Self.courtDatesHeld(
                daysSinceArrest: census.daysSinceArrest,
                firstAppearanceDelay: configuration.process
                    .firstAppearanceDelay.mean,
                interval: censusIntervalMean(chargeClass))
        let done = min(max(0, held), dates)
        cases[slot].courtDates = Int32(truncatingIfNeeded: done)
        if done >= dates {
            joinTrialQueue(slot, &scheduler)
            return
        }
        scheduler.schedule(.courtDate(reference(slot)), after: Self.residual(interval, luck(slot, .censusCourtDate)))
    }

    /// The time left before the first appearance of a person booked `daysSinceArrest` ago:
    /// a first-appearance delay drawn given that it has not yet passed (a shorter draw is
    /// drawn again, up to 32 times; then at once).
    mutating func remainingFirstAppearanceDelay(_ slot: Int, _ daysSinceArrest: Double) -> Double {
        for attempt in 0..<32 {
            let delay = sample(firstAppearanceDelay, slot, .firstAppearanceDelay, attempt)
            if delay >= daysSinceArrest { return delay - daysSinceArrest }
        }
        return 0
    }

    /// The time from a day chosen at random to the next event of a schedule whose intervals
    /// are drawn from `interval` (the residual of a renewal process): a uniform share of a
    /// length-biased interval, since a random day falls in long intervals more often than in
    /// short ones. The length-biased draw takes one of 32 draws with probability in
    /// proportion to its length (exact for constant intervals; for exponential ones the
    /// residual is again close to the interval's own distribution).
    static func residual(_ interval: Distribution.Borrowed, _ stream: RandomStream) -> Double {
        if let constant = interval.constantValue { return max(0, constant) * stream.uniform() }
        var lengths: [Double] = []
        lengths.reserveCapacity(32)
        for _ in 0..<32 { lengths.append(max(0, interval.sample(stream))) }
        let total = lengths.reduce(0, +)
        guard total > 0 else { return 0 }
        var pick = stream.uniform() * total
        var chosen = lengths[lengths.count - 1]
        for length in lengths {
            if pick < length {
                chosen = length
                break
            }
            pick -= length
        }
        return chosen * stream.uniform()
    }

    /// The mean court-date interval of a charge class (its own, or the process's).
    func censusIntervalMean(_ chargeClass: Int) -> Double {
        (configuration.population.chargeClasses[chargeClass].courtDateInterval
            ?? configuration.process.courtDateInterval).mean
    }

    /// Court dates held by a case pending `daysSinceArrest` days on the mean schedule: one
    /// first-appearance delay, then one court date every `interval` days.
    static func courtDatesHeld(daysSinceArrest: Double, firstAppearanceDelay: Double, interval: Double) -> Int {
        guard interval > 0 else { return Int.max }
        let elapsed = max(0, daysSinceArrest - firstAppearanceDelay)
        return Int(min(elapsed / interval, 1e9).rounded(.down))
    }
}
