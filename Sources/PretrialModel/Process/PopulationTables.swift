import SimKernel

/// The population's parameters laid out flat for the hot path: the process reads these
/// arrays of numbers at every event instead of copying profile structs (which hold strings
/// and distributions, and would cost reference counting on each access).
///
/// Shares are stored as running sums, so that picking a group, charge class or age band is
/// one scan of numbers. Distributions are kept as ``SimKernel/Distribution/Borrowed`` values,
/// which copy without reference counting: they stay valid because the process that holds
/// these tables also holds the configuration they came from.
struct PopulationTables {
    let groupCount: Int
    let classCount: Int
    let ageBandCount: Int
    let groupShares: Choice
    let abilityToPay: [Distribution.Borrowed]
    let priors: [Distribution.Borrowed]
    /// Row `group`: the running sums of that group's charge mix.
    let chargeMix: [Choice]
    /// Row `group`: the running sums of that group's age mix.
    let ageMix: [Choice]
    let guiltProbability: [Double]
    let failureToAppear: [Double]
    let newArrestPerDay: [Double]
    let priorsEffect: [Double]
    let sentenceDays: [Distribution.Borrowed]
    let meanSentenceDays: [Double]

    init(_ population: PopulationProfile) {
        groupCount = population.groups.count
        classCount = population.chargeClasses.count
        ageBandCount = population.ageBands.count
        groupShares = Choice(population.groups.map(\.share))
        abilityToPay = population.groups.map(\.abilityToPay.borrowed)
        priors = population.groups.map(\.priors.borrowed)
        chargeMix = population.groups.map { Choice($0.chargeMix) }
        ageMix = population.groups.map { Choice($0.ageMix) }
        guiltProbability = population.chargeClasses.map(\.guiltProbability)
        failureToAppear = population.chargeClasses.map(\.failureToAppear)
        newArrestPerDay = population.chargeClasses.map(\.newArrestPerDay)
        priorsEffect = population.chargeClasses.map(\.priorsEffect)
        sentenceDays = population.chargeClasses.map(\.sentenceDays.borrowed)
        meanSentenceDays = population.chargeClasses.map(\.sentenceDays.mean)
    }
}

/// A choice among indices by shares, precomputed for ``pick(_:)``.
struct Choice {
    /// The running sums of the shares, added in index order.
    let cumulative: [Double]
    /// The last index with a positive share (0 if none): the pick when rounding leaves `u`
    /// beyond the total.
    let fallback: Int

    init(_ shares: [Double]) {
        var running = 0.0
        var sums: [Double] = []
        var lastPositive = 0
        for (index, share) in shares.enumerated() {
            running += share
            sums.append(running)
            if share > 0 { lastPositive = index }
        }
        cumulative = sums
        fallback = lastPositive
    }

    /// The index whose cumulative share first exceeds `u` (the last index with a positive
    /// share if rounding leaves `u` beyond the total): the same index as summing the shares
    /// in order until the sum exceeds `u`.
    @inline(__always)
    func pick(_ u: Double) -> Int {
        cumulative.withUnsafeBufferPointer { sums in
            for index in 0..<sums.count where u < sums[index] { return index }
            return fallback
        }
    }
}
