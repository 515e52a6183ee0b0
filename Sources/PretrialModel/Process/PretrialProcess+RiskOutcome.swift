import SimKernel

/// Risk facts and the fairness counters (docs/ARCHITECTURE.md, "Risk outcomes and fairness
/// figures"): the person's latent risk factor, recorded priors under policing intensity, the
/// true and recorded predicted outcome of each case, and their counts against the instrument's
/// flag and score decile. None of this runs without a risk instrument, a `risk_outcome` or a
/// policing intensity other than 1 (``drawsRiskFacts``).
extension PretrialProcess {
    /// Draws the case's risk facts when it opens (`attributes.priors` are the true priors of
    /// a new person; a re-arrested person's come from their record): the person's risk factor,
    /// the recorded priors policies see, and the true and recorded outcome.
    mutating func drawRiskFacts(_ slot: Int, person: Int, attributes: PersonAttributes, isRearrest: Bool) {
        let group = attributes.group
        var truePriors = attributes.priors
        if !custodyIsPerCase {
            // A new arrest adds one to the true record as to the recorded one.
            if isRearrest { truePriors = Int(persons[person].truePriors) + 1 }
            persons[person].truePriors = Int32(clamping: truePriors)
        }
        let intensity = policingIntensity[group]
        if policingBiased && !isRearrest && intensity != 1 {
            let recorded = Self.recordedPriors(truePriors, intensity: intensity, luck(slot, .recordedPriors))
            cases[slot].priors = Int32(clamping: recorded)
        }
        if drawsRiskFactor {
            // The person's own luck: the same factor on every case of the person.
            let seed = custodyIsPerCase ? attributes.luckSeed : persons[person].luckSeed
            processLuck.reseed(StreamSeed.combine(seed, LuckPurpose.riskFactor.rawValue, 0))
            cases[slot].riskFactor = Float(processLuck.normal(mean: 0, sd: 1))
        }
        guard let outcome = riskOutcome else { return }
        let probability = outcome.probability(
            truePriors: truePriors, ageBand: attributes.ageBand, chargeClass: attributes.chargeClass, group: group,
            riskFactor: Double(cases[slot].riskFactor))
        let draws = luck(slot, .riskOutcome)
        let truth = draws.uniform() < probability
        let detection = draws.uniform()
        cases[slot].trueOutcome = truth
        cases[slot].recordedOutcome = truth && (intensity >= 1 || detection < intensity)
    }

    /// Recorded priors from true priors under a policing intensity: binomial thinning below
    /// 1, the true priors plus a Poisson of mean `(intensity − 1) × true` above it (so the
    /// mean is `intensity × true` either way, and nobody without priors gets any).
    static func recordedPriors(_ truePriors: Int, intensity: Double, _ stream: RandomStream) -> Int {
        guard truePriors > 0, intensity != 1 else { return truePriors }
        if intensity < 1 { return stream.binomial(p: intensity, trials: truePriors) }
        let extra = min(Double(truePriors) * (intensity - 1), PersonSampler.maximumPriors)
        return min(truePriors + stream.poisson(mean: extra), Int(PersonSampler.maximumPriors))
    }

    /// The score decile of a score in [0, 1]: 1 for scores up to 0.1, …, 10 above 0.9 (a
    /// COMPAS decile d scored d/10 falls in decile d).
    static func scoreDecile(_ score: Double) -> Int {
        min(10, max(1, Int((score * 10 - 1e-9).rounded(.up))))
    }

    /// Whether the score of the case in `slot` is flagged at the figures' threshold for its group.
    @inline(__always)
    func isFlagged(_ score: Double, _ slot: Int) -> Bool { score >= riskThresholds[Int(cases[slot].group)] - 1e-12 }

    /// Counts a counted case just scored at first appearance: scored, flagged, and with a
    /// `risk_outcome`, its true outcome against the flag and the score decile.
    mutating func countScore(_ slot: Int, _ score: Double) {
        let block = counts(slot)
        block[.riskScored] += 1
        let flagged = isFlagged(score, slot)
        if flagged { block[.riskFlagged] += 1 }
        guard riskOutcome != nil else { return }
        Self.countLabel(cases[slot].trueOutcome, flagged: flagged, score: score, observed: false, into: block)
    }

    /// Counts the observed outcome of a counted, scored case whose fate before disposition is
    /// known: at its disposition, or when the run stops with it still open. It is observed if
    /// the person was released on it at some point before (``CaseRecord/releaseCounted``);
    /// a case held throughout, or still held when the run stops, has no observed outcome.
    mutating func countObservedOutcome(_ slot: Int) {
        let score = cases[slot].riskScore
        guard riskOutcome != nil, !score.isNaN, cases[slot].releaseCounted else { return }
        Self.countLabel(
            cases[slot].recordedOutcome, flagged: isFlagged(score, slot), score: score, observed: true,
            into: counts(slot))
    }

    /// Adds one labelled case to the counters of its kind.
    static func countLabel(
        _ positive: Bool, flagged: Bool, score: Double, observed: Bool, into block: UnsafeMutablePointer<Double>
    ) {
        block[observed ? .riskLabelledObserved : .riskLabelledTrue] += 1
        if positive { block[observed ? .riskPositiveObserved : .riskPositiveTrue] += 1 }
        let cellCounter: ProcessCounter =
            switch (flagged, positive, observed) {
            case (true, true, false): .riskFlaggedPositiveTrue
            case (true, false, false): .riskFlaggedNegativeTrue
            case (false, true, false): .riskUnflaggedPositiveTrue
            case (false, false, false): .riskUnflaggedNegativeTrue
            case (true, true, true): .riskFlaggedPositiveObserved
            case (true, false, true): .riskFlaggedNegativeObserved
            case (false, true, true): .riskUnflaggedPositiveObserved
            case (false, false, true): .riskUnflaggedNegativeObserved
            }
        block[cellCounter] += 1
        block[ProcessCounter.riskDecile(scoreDecile(score), positive: positive, observed: observed)] += 1
    }
}
