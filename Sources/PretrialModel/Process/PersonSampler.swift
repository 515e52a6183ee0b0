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
    /// The most prior arrests a person is given: a draw above it (a lognormal's far tail, an
    /// infinite draw) is cut to it, since no whole number holds every double and the record
    /// keeps priors in 32 bits.
    static let maximumPriors = 1_000_000.0

    /// One person, drawn from `stream` in a fixed order that depends only on the population,
    /// never on policies, so every variant sees the same people.
    @inline(__always)
    static func draw(_ population: PopulationTables, from stream: RandomStream) -> PersonAttributes {
        if population.hasRecords {
            // The pieces, not the tables: passing the whole struct made a copy of it at every
            // arrest, records or not (measured with callgrind).
            return drawRecorded(
                population.records, population.abilityToPay, population.guiltProbability, from: stream)
        }
        let group = population.groupShares.pick(stream.uniform())
        let ability = max(0, population.abilityToPay[group].sample(stream))
        let chargeClass = population.chargeMix[group].pick(stream.uniform())
        let priors = Int(min(max(0, population.priors[group].sample(stream)), maximumPriors).rounded(.down))
        let ageBand = population.ageMix[group].pick(stream.uniform())
        let guilty = stream.uniform() < population.guiltProbability[chargeClass]
        return PersonAttributes(
            group: group, abilityToPay: ability, chargeClass: chargeClass, priors: priors,
            ageBand: ageBand, guilty: guilty, luckSeed: stream.seedValue())
    }

    /// One person of a records population: a row drawn uniformly gives the group, charge
    /// class, priors and age band; ability to pay and guilt are drawn as for any person, in
    /// this order (row, ability, guilt).
    @inline(never)
    static func drawRecorded(
        _ rows: UnsafeBufferPointer<PackedRecord>, _ abilityToPay: UnsafeBufferPointer<Distribution.Borrowed>,
        _ guiltProbability: UnsafeBufferPointer<Double>, from stream: RandomStream
    ) -> PersonAttributes {
        let row = rows[min(rows.count - 1, Int(stream.uniform() * Double(rows.count)))]
        let group = Int(row.group)
        let chargeClass = Int(row.chargeClass)
        let ability = max(0, abilityToPay[group].sample(stream))
        let guilty = stream.uniform() < guiltProbability[chargeClass]
        return PersonAttributes(
            group: group, abilityToPay: ability, chargeClass: chargeClass, priors: Int(row.priors),
            ageBand: Int(row.ageBand), guilty: guilty, luckSeed: stream.seedValue())
    }
}
