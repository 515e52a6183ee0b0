import PolicyKit
import SimKernel

/// The court tiers of one replication (``CourtProfile/tiers``): each tier's trial queue and what
/// the process reads of it at every trial, copied out of the configuration once, and the
/// backlogs read at the end of the warm-up and of the arrest window. Empty with one court.
struct CourtTierState {
    /// Each tier's trial queue.
    var queues: [Station<CaseRef>]
    /// The tier of each charge class (0 with one court).
    let tierOfClass: [Int]
    /// Each tier's trial length (borrowed: kept valid by the process's configuration).
    let trialDurations: [Distribution.Borrowed]
    /// Each tier's scheduling policy (the scenario's where the tier names none).
    let scheduling: [any SchedulingPolicy]
    /// Whether each tier's queue is ordered by priority.
    let usesPriority: [Bool]
    /// Each tier's custody time limit, if it has its own.
    let custodyLimits: [TierCustodyLimit?]
    /// For each charge class, the share of its cases sent up (0: none).
    let sendingShare: [Double]
    /// For each charge class, the tier its cases are sent up to.
    let sendingTarget: [Int]
    /// For each charge class, the delay of sending up (nil where none is sent).
    let sendingDelay: [Distribution.Borrowed?]
    /// Each tier's backlog at the end of the warm-up, and at the end of the arrest window.
    var backlogAtWarmUpEnd: [Double]
    var backlogAtWindowEnd: [Double]

    /// The state of `configuration`'s tiers (empty arrays without tiers).
    init(_ configuration: ModelConfiguration) {
        let tiers = configuration.courts.tiers
        let classCount = configuration.population.chargeClasses.count
        var tierOfClass = Array(repeating: 0, count: classCount)
        var share = Array(repeating: 0.0, count: classCount)
        var target = Array(repeating: 0, count: classCount)
        var delay: [Distribution.Borrowed?] = Array(repeating: nil, count: classCount)
        for (index, tier) in tiers.enumerated() {
            for chargeClass in tier.chargeClasses { tierOfClass[chargeClass] = index }
            for rule in tier.sentUp {
                share[rule.chargeClass] = rule.share
                target[rule.chargeClass] = rule.toTier
                delay[rule.chargeClass] = rule.delay.borrowed
            }
        }
        let scheduling = tiers.map { $0.scheduling ?? configuration.policies.scheduling }
        self.tierOfClass = tierOfClass
        self.scheduling = scheduling
        usesPriority = scheduling.map(\.usesPriority)
        queues = tiers.indices.map {
            Station(servers: tiers[$0].courtrooms, discipline: scheduling[$0].usesPriority ? .priority : .fifo)
        }
        trialDurations = tiers.map(\.trialDuration.borrowed)
        custodyLimits = tiers.map(\.custodyLimit)
        sendingShare = share
        sendingTarget = target
        sendingDelay = delay
        backlogAtWarmUpEnd = Array(repeating: 0, count: tiers.count)
        backlogAtWindowEnd = Array(repeating: .nan, count: tiers.count)
    }
}
