import SimKernel

/// The population's parameters laid out flat for the hot path: the process reads these
/// numbers at every event instead of copying profile structs (which hold strings and
/// distributions, and would cost reference counting on each access).
///
/// Every table is a buffer of plain values in memory that ``memory`` owns: reading one costs
/// no reference counting (an element read from a Swift array held in a struct retains the
/// array's buffer around the read). Shares are stored as running sums, so that picking a
/// group, charge class or age band is one scan of numbers. Distributions are kept as
/// ``SimKernel/Distribution/Borrowed`` values, which stay valid because the process that holds
/// these tables also holds the configuration they came from.
struct PopulationTables {
    let groupCount: Int
    let classCount: Int
    let ageBandCount: Int
    let groupShares: Choice
    let abilityToPay: UnsafeBufferPointer<Distribution.Borrowed>
    let priors: UnsafeBufferPointer<Distribution.Borrowed>
    /// Row `group`: the running sums of that group's charge mix.
    let chargeMix: UnsafeBufferPointer<Choice>
    /// Row `group`: the running sums of that group's age mix.
    let ageMix: UnsafeBufferPointer<Choice>
    let guiltProbability: UnsafeBufferPointer<Double>
    let failureToAppear: UnsafeBufferPointer<Double>
    let newArrestPerDay: UnsafeBufferPointer<Double>
    let priorsEffect: UnsafeBufferPointer<Double>
    let sentenceDays: UnsafeBufferPointer<Distribution.Borrowed>
    let meanSentenceDays: UnsafeBufferPointer<Double>
    /// Per class: the interval between court dates (the class's own or the process's).
    let courtDateInterval: UnsafeBufferPointer<Distribution.Borrowed>
    /// Per class: court dates before the trial queue (the class's own or the process's).
    let courtDatesBeforeTrial: UnsafeBufferPointer<Int>
    /// Per class: probability of an offer of diversion while at liberty, and while held.
    let diversionOfferReleased: UnsafeBufferPointer<Double>
    let diversionOfferDetained: UnsafeBufferPointer<Double>
    /// Per class: probability of a plea offer at first appearance.
    let firstAppearancePleaOffer: UnsafeBufferPointer<Double>
    /// Whether any class has its own court-date interval or number of court dates.
    let courtDatesByClass: Bool
    /// The upper bounds of income quintiles 1–4 (``IncomeQuintiles``).
    let quintileBounds: UnsafeBufferPointer<Double>
    /// Whether arrested people are drawn from ``records`` (`population.records`).
    let hasRecords: Bool
    /// The records population's rows (empty without one).
    let records: UnsafeBufferPointer<PackedRecord>
    /// Owns the buffers above.
    let memory: TableMemory

    /// Lays out `population`; a class without its own court-date interval or number of court
    /// dates takes `process`'s.
    init(_ population: PopulationProfile, process: ProcessProfile) {
        let memory = TableMemory()
        self.memory = memory
        groupCount = population.groups.count
        classCount = population.chargeClasses.count
        ageBandCount = population.ageBands.count
        groupShares = Choice(population.groups.map(\.share), memory)
        abilityToPay = memory.copy(population.groups.map(\.abilityToPay.borrowed))
        priors = memory.copy(population.groups.map(\.priors.borrowed))
        chargeMix = memory.copy(population.groups.map { Choice($0.chargeMix, memory) })
        ageMix = memory.copy(population.groups.map { Choice($0.ageMix, memory) })
        guiltProbability = memory.copy(population.chargeClasses.map(\.guiltProbability))
        failureToAppear = memory.copy(population.chargeClasses.map(\.failureToAppear))
        newArrestPerDay = memory.copy(population.chargeClasses.map(\.newArrestPerDay))
        priorsEffect = memory.copy(population.chargeClasses.map(\.priorsEffect))
        sentenceDays = memory.copy(population.chargeClasses.map(\.sentenceDays.borrowed))
        meanSentenceDays = memory.copy(population.chargeClasses.map(\.sentenceDays.mean))
        quintileBounds = memory.copy(IncomeQuintiles(population).upperBounds)
        let classes = population.chargeClasses
        courtDateInterval = memory.copy(classes.map { ($0.courtDateInterval ?? process.courtDateInterval).borrowed })
        courtDatesBeforeTrial = memory.copy(classes.map { $0.courtDatesBeforeTrial ?? process.courtDatesBeforeTrial })
        diversionOfferReleased = memory.copy(classes.map(\.diversionOfferReleased))
        diversionOfferDetained = memory.copy(classes.map(\.diversionOfferDetained))
        firstAppearancePleaOffer = memory.copy(classes.map(\.firstAppearancePleaOffer))
        courtDatesByClass = classes.contains { $0.courtDateInterval != nil || $0.courtDatesBeforeTrial != nil }
        hasRecords = population.records != nil
        records = memory.copy(
            (population.records ?? []).map {
                PackedRecord(
                    group: Int32($0.group), chargeClass: Int32($0.chargeClass), ageBand: Int32($0.ageBand),
                    priors: Int32(clamping: $0.priors))
            })
    }

    /// The number of breakdown cells the process keeps totals for: one per combination of
    /// group, charge class and income quintile.
    var combinationCount: Int { groupCount * classCount * IncomeQuintiles.count }

    /// The combination of a case's group, charge class and ability to pay, at
    /// `(group × classCount + chargeClass) × 5 + quintile` (see ``PretrialProcess/totals``).
    /// The quintile is ``IncomeQuintiles/quintile(of:)`` again, read from the bounds copied
    /// into ``quintileBounds``: an array held in a struct would cost a retain per arrest.
    @inline(__always)
    func combination(group: Int, chargeClass: Int, abilityToPay: Double) -> Int {
        var quintile = 0
        for bound in quintileBounds where abilityToPay > bound { quintile += 1 }
        return (group * classCount + chargeClass) * IncomeQuintiles.count + quintile
    }
}

/// One row of a records population, as plain values for ``PopulationTables/records``.
struct PackedRecord {
    let group: Int32
    let chargeClass: Int32
    let ageBand: Int32
    let priors: Int32
}

/// Buffers of plain values (POD) that live as long as this object.
final class TableMemory {
    private var blocks: [UnsafeMutableRawPointer] = []

    /// A copy of `values` that lives as long as this object.
    func copy<Value>(_ values: [Value]) -> UnsafeBufferPointer<Value> {
        precondition(_isPOD(Value.self), "tables hold plain values only")
        let buffer = UnsafeMutableBufferPointer<Value>.allocate(capacity: Swift.max(values.count, 1))
        _ = buffer.initialize(from: values)
        blocks.append(UnsafeMutableRawPointer(buffer.baseAddress!))
        return UnsafeBufferPointer(rebasing: buffer[..<values.count])
    }

    deinit {
        for block in blocks { block.deallocate() }
    }
}

/// A choice among indices by shares, precomputed for ``pick(_:)``.
struct Choice {
    /// The running sums of the shares, added in index order.
    let cumulative: UnsafeBufferPointer<Double>
    /// The last index with a positive share (0 if none): the pick when rounding leaves `u`
    /// beyond the total.
    let fallback: Int

    init(_ shares: [Double], _ memory: TableMemory) {
        var running = 0.0
        var sums: [Double] = []
        var lastPositive = 0
        for (index, share) in shares.enumerated() {
            running += share
            sums.append(running)
            if share > 0 { lastPositive = index }
        }
        cumulative = memory.copy(sums)
        fallback = lastPositive
    }

    /// The index whose cumulative share first exceeds `u` (the last index with a positive
    /// share if rounding leaves `u` beyond the total): the same index as summing the shares
    /// in order until the sum exceeds `u`.
    @inline(__always)
    func pick(_ u: Double) -> Int {
        for index in 0..<cumulative.count where u < cumulative[index] { return index }
        return fallback
    }
}
