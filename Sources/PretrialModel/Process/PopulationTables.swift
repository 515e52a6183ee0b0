import SimKernel

/// The population's parameters laid out flat for the hot path: the process reads these
/// arrays of numbers at every event instead of copying profile structs (which hold strings
/// and distributions, and would cost reference counting on each access).
struct PopulationTables {
    let groupShares: [Double]
    let abilityToPay: [Distribution]
    let priors: [Distribution]
    let chargeMix: [[Double]]
    let ageMix: [[Double]]
    let guiltProbability: [Double]
    let failureToAppear: [Double]
    let newArrestPerDay: [Double]
    let priorsEffect: [Double]
    let sentenceDays: [Distribution]
    let meanSentenceDays: [Double]

    init(_ population: PopulationProfile) {
        groupShares = population.groups.map(\.share)
        abilityToPay = population.groups.map(\.abilityToPay)
        priors = population.groups.map(\.priors)
        chargeMix = population.groups.map(\.chargeMix)
        ageMix = population.groups.map(\.ageMix)
        guiltProbability = population.chargeClasses.map(\.guiltProbability)
        failureToAppear = population.chargeClasses.map(\.failureToAppear)
        newArrestPerDay = population.chargeClasses.map(\.newArrestPerDay)
        priorsEffect = population.chargeClasses.map(\.priorsEffect)
        sentenceDays = population.chargeClasses.map(\.sentenceDays)
        meanSentenceDays = population.chargeClasses.map(\.sentenceDays.mean)
    }
}
