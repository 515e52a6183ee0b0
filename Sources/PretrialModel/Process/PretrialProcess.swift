import PolicyKit
import SimKernel

/// The pre-trial process of one replication: arrests, first appearance and release, court
/// dates and plea offers, the trial queue, and disposition (DESIGN.md, "The process").
///
/// The process is split by stage over `PretrialProcess+*.swift`. It never decides how many
/// replications run, which seeds they use or how results are printed.
struct PretrialProcess: DiscreteEventModel {
    typealias Event = ModelEvent

    let configuration: ModelConfiguration
    let policies: PolicySet
    let groupCount: Int
    let tables: PopulationTables

    /// Arrival times (policy-independent).
    let arrivalStream: RandomStream
    /// Attributes of each arrested person and the seed of their luck (policy-independent).
    let populationStream: RandomStream
    /// The model's own per-person draws, reseeded per (person, purpose, occurrence).
    let processLuck: RandomStream
    /// The luck handed to policies.
    let policyLuck = DecisionLuck()

    var cases: ContiguousArray<CaseRecord> = []
    var freeSlots: [Int32] = []
    var openCases = 0
    var personCount = 0
    var trialQueue: Station<CaseRef>
    var cells: [CellTotals]
    var bookkeepingEvents = 0
    var backlogAtWindowEnd = Double.nan

    init(configuration: ModelConfiguration, seed: UInt64, replication: Int) {
        self.configuration = configuration
        self.policies = configuration.policies
        self.groupCount = configuration.population.groups.count
        self.tables = PopulationTables(configuration.population)
        arrivalStream = RandomStream(master: seed, replication: replication, purpose: "arrivals")
        populationStream = RandomStream(master: seed, replication: replication, purpose: "population")
        processLuck = RandomStream(seed: 1, algorithm: .splitMix64)
        trialQueue = Station(servers: configuration.courts.courtrooms,
                             discipline: configuration.policies.scheduling.usesPriority ? .priority : .fifo)
        let cellCount = 1 + configuration.population.groups.count + configuration.population.chargeClasses.count
        let quantileCells = 1 + configuration.population.groups.count
        cells = (0..<cellCount).map { CellTotals(quantiles: $0 < quantileCells) }
    }

    mutating func handle(_ event: ModelEvent, scheduler: inout Scheduler<ModelEvent>) {
        switch event {
        case .arrest: arrest(&scheduler)
        case .firstAppearance(let ref): if let slot = live(ref) { firstAppearance(slot, &scheduler) }
        case .courtDate(let ref): if let slot = live(ref) { courtDate(slot, &scheduler) }
        case .bailPosted(let ref, let epoch): if let slot = live(ref, epoch) { bailPosted(slot, &scheduler) }
        case .bailReview(let ref, let epoch): if let slot = live(ref, epoch) { bailReview(slot, &scheduler) }
        case .newArrest(let ref, let epoch): if let slot = live(ref, epoch) { newArrest(slot, &scheduler) }
        case .warrantArrest(let ref): if let slot = live(ref) { warrantArrest(slot, &scheduler) }
        case .custodyLimit(let ref, let epoch): if let slot = live(ref, epoch) { custodyLimitReached(slot, &scheduler) }
        case .trialEnd(let ref): trialEnd(ref, &scheduler)
        case .warmUpEnd:
            bookkeepingEvents += 1
            for index in cells.indices { cells[index].jail.restart(at: scheduler.now) }
        case .arrestWindowEnd:
            bookkeepingEvents += 1
            for index in cells.indices { cells[index].jailAverage = cells[index].jail.average(until: scheduler.now) }
            backlogAtWindowEnd = Double(trialQueue.line.count)
        }
    }

    /// The slot of `ref` if its case is still open (and, for spell-bound events, still in
    /// the same spell of custody or release).
    @inline(__always)
    func live(_ ref: CaseRef, _ epoch: UInt32? = nil) -> Int? {
        let slot = Int(ref.slot)
        let record = cases[slot]
        guard record.isOpen, record.serial == ref.serial else { return nil }
        if let epoch, record.epoch != epoch { return nil }
        return slot
    }

    func reference(_ slot: Int) -> CaseRef {
        CaseRef(slot: Int32(slot), serial: cases[slot].serial)
    }

    /// Applies `update` to the overall cell and to the case's group and charge-class cells.
    @inline(__always)
    mutating func record(_ slot: Int, _ update: (inout CellTotals) -> Void) {
        let record = cases[slot]
        update(&cells[0])
        update(&cells[1 + record.group])
        update(&cells[1 + groupCount + record.chargeClass])
    }

    /// The model's own luck for a case and purpose, reseeded so the draws do not depend on
    /// anything else that happened in the replication.
    @inline(__always)
    func luck(_ slot: Int, _ purpose: LuckPurpose, _ occurrence: Int = 0) -> RandomStream {
        processLuck.reseed(StreamSeed.combine(cases[slot].luckSeed, purpose.rawValue, UInt64(occurrence)))
        return processLuck
    }

    /// A draw from `distribution` with the case's luck for `purpose`; constants cost no
    /// reseeding.
    @inline(__always)
    func sample(_ distribution: Distribution, _ slot: Int, _ purpose: LuckPurpose, _ occurrence: Int = 0) -> Double {
        if case .constant(let value) = distribution.kind { return value }
        return distribution.sample(luck(slot, purpose, occurrence))
    }

    /// The policy luck for a case and purpose (reseeded only if the policy draws).
    @inline(__always)
    func decisionLuck(_ slot: Int, _ purpose: LuckPurpose, _ occurrence: Int = 0) -> DecisionLuck {
        policyLuck.prepare(seed: StreamSeed.combine(cases[slot].luckSeed, purpose.rawValue, UInt64(occurrence)))
        return policyLuck
    }

    /// What policies may see of the case at `now`.
    func defendant(_ slot: Int, at now: Double) -> Defendant {
        let record = cases[slot]
        return Defendant(person: record.person, group: record.group, abilityToPay: record.abilityToPay,
                         chargeClass: record.chargeClass, priors: record.priors, ageBand: record.ageBand,
                         isDetained: record.detained, daysDetained: record.detentionDays(at: now),
                         daysSinceArrest: now - record.arrestTime, arrestDay: record.arrestTime, hasCounsel: record.hasCounsel,
                         riskScore: record.riskScore.isNaN ? nil : record.riskScore, isRearrest: record.isRearrest)
    }
}
