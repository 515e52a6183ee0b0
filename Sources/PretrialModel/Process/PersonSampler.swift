import SimKernel

/// The attributes drawn for one arrested person.
struct PersonAttributes {
    var group: Int
    var abilityToPay: Double
    var chargeClass: Int
    var priors: Int
    var ageBand: Int
    var guilty: Bool
    /// The seed of this person's luck at every later decision.
    var luckSeed: UInt64
}

/// Draws arrested people from the scenario's population.
enum PersonSampler {
    /// One person, drawn from `stream` in a fixed order that depends only on the population,
    /// never on policies, so every variant sees the same people.
    static func draw(_ population: PopulationTables, from stream: RandomStream) -> PersonAttributes {
        let group = pick(population.groupShares, stream.uniform())
        let ability = max(0, population.abilityToPay[group].sample(stream))
        let chargeClass = pick(population.chargeMix[group], stream.uniform())
        let priors = Int(max(0, population.priors[group].sample(stream)).rounded(.down))
        let ageBand = pick(population.ageMix[group], stream.uniform())
        let guilty = stream.uniform() < population.guiltProbability[chargeClass]
        return PersonAttributes(group: group, abilityToPay: ability, chargeClass: chargeClass, priors: priors,
                                ageBand: ageBand, guilty: guilty, luckSeed: stream.seedValue())
    }

    /// The index whose cumulative share first exceeds `u` (the last index with a positive
    /// share if rounding leaves `u` beyond the total).
    static func pick(_ shares: [Double], _ u: Double) -> Int {
        var cumulative = 0.0
        var lastPositive = 0
        for (index, share) in shares.enumerated() {
            cumulative += share
            if u < cumulative { return index }
            if share > 0 { lastPositive = index }
        }
        return lastPositive
    }
}
