import PolicyKit
import SimKernel

/// The pre-trial process of one replication: arrests, first appearance and release, court
/// dates and plea offers, the trial queue, and disposition (docs/ARCHITECTURE.md, "What happens to a defendant").
///
/// The process is split by stage over `PretrialProcess+*.swift`. It never decides how many
/// replications run, which seeds they use or how results are printed.
///
/// Hot-path layout (see Benchmarks/README.md): open cases live in a slab reached through a
/// raw pointer, and the running totals in one set per combination of group and charge class,
/// so that an event costs no uniqueness checks of array buffers and updates one set of totals
/// instead of four; the counters of a set are one block of doubles indexed by
/// ``ProcessCounter`` (``counts(_:)``). The process owns that memory through ``slab`` and ``totalsStorage``;
/// it is used by one replication and never copied after it starts.
struct PretrialProcess: DiscreteEventModel {
    typealias Event = ModelEvent

    let configuration: ModelConfiguration
    let policies: PolicySet
    let groupCount: Int
    let tables: PopulationTables

    // Read at every event: copied out of the configuration once (distributions as borrowed
    // values, kept valid by `configuration`).
    let firstAppearanceDelay: Distribution.Borrowed
    let courtDateInterval: Distribution.Borrowed
    let warrantDelay: Distribution.Borrowed
    let trialDuration: Distribution.Borrowed
    let courtDatesBeforeTrial: Int
    let dismissalPerCourtDate: Double
    let warmUpDays: Double
    let arrestWindowDays: Double
    let arrestRatePerDay: Double
    let arrestPeakRate: Double
    let arrestsModulated: Bool
    let plea: PleaAcceptance
    /// Whether the time already held changes the chance of accepting a plea
    /// (``PleaAcceptance/perDetainedDay`` or ``PleaAcceptance/timeServedBonus`` not 0).
    let pleaDependsOnTimeHeld: Bool
    let hasRiskInstrument: Bool
    let hasBailReview: Bool
    let hasCustodyLimit: Bool
    /// Whether the court has tiers (`courts.tiers`; `PretrialProcess+Tiers.swift`): one branch
    /// where a case joins the queue, starts and ends its trial, and at the bookkeeping events.
    let hasTiers: Bool
    /// Whether some charge class is sent up to a higher tier (one branch at first appearance).
    let hasSendingUp: Bool
    /// The court tiers' queues and rules (empty without tiers).
    var courtTiers: CourtTierState
    let schedulingUsesPriority: Bool
    /// Whether some policy changes during the run (``ModelConfiguration/policyChanges``): each
    /// decision then reads the policies in force for its case on its date
    /// (`PretrialProcess+Timeline.swift`) instead of ``policies``.
    let hasPolicyTimeline: Bool
    /// The policy sets a timeline puts in force (nil without one).
    let policyRegimes: PolicyRegimes?
    /// The cases' phase-in draws (nil without a timeline): a stream of its own, so that the
    /// draw never disturbs the model's luck in use around a decision.
    let phaseInLuck: RandomStream?
    // How cases end (each mechanism is off, and costs one branch, when its keys are absent).
    let evidenceModel: EvidenceModel?
    let dismissalModel: DismissalModel
    /// Whether dismissal at a court date is more than the base probability (a non-neutral
    /// ``DismissalModel`` or a court response that adds dismissals).
    let dismissalVaries: Bool
    let hasDeclination: Bool
    let diversion: DiversionModel
    let hasDiversion: Bool
    let hasArraignmentPleas: Bool
    let sentencing: SentencingRules
    let sentencingAdjusts: Bool
    let courtResponse: CourtResponse
    let courtResponds: Bool
    /// Whether bookings may bring holds (``HoldProfile/isActive``).
    let hasHolds: Bool
    /// ``CourtProfile/prisonSentenceServedShare``: whether, and how, sentenced custody is counted.
    let prisonServedShare: Double?
    /// How long a hold lasts; nil until its case is disposed.
    let holdDuration: Distribution.Borrowed?
    /// Whether bondsmen refuse some bonds (``BailMarket/bondsmenChoose``).
    let bondsmenChoose: Bool
    /// Whether families pool resources over time (``BailMarket/familyPools``).
    let familyPools: Bool
    /// Whether a person held on bail may post it later
    /// (``BehaviourProfile/laterPostingProbability`` above 0).
    let postsLater: Bool
    /// Whether a bail fund posts bail.
    let hasBailFund: Bool
    /// Whether booked people go through police custody first (``ModelConfiguration/policeCustody``;
    /// `PretrialProcess+PoliceCustody.swift`).
    let hasPoliceCustody: Bool
    /// Whether some people may be advised at the station (police custody and a station counsel
    /// policy), so that advice's effects apply at first appearance and to evidence strength.
    let hasStationCounsel: Bool
    /// What advice at the station changes (``StationCounselPolicy/effects``; none without one).
    let stationAdvice: StationAdviceEffects
    /// The bail fund's own state in this replication (its budget), passed to it `inout`.
    var bailFundState = PolicyState()
    // Risk facts and the fairness counters (`PretrialProcess+RiskOutcome.swift`): off, and one
    // branch at an arrest, without a risk instrument, a `risk_outcome` or a policing intensity ≠ 1.
    /// Whether an arrest draws risk facts (``drawRiskFacts(_:person:attributes:isRearrest:)``).
    let drawsRiskFacts: Bool
    /// Whether each person gets a risk factor (a risk instrument or a `risk_outcome`).
    let drawsRiskFactor: Bool
    /// Whether some group's policing intensity differs from 1 (recorded priors are drawn).
    let policingBiased: Bool
    /// Each group's policing intensity.
    let policingIntensity: [Double]
    /// The predicted outcome, if the scenario has one.
    let riskOutcome: RiskOutcomeModel?
    /// The score at or above which a case is flagged in the fairness figures, by group
    /// (``ModelConfiguration/riskThresholdsByGroup``, else ``RiskOutcomeModel/threshold``, else
    /// the release policy's, else 0.5, for every group).
    let riskThresholds: [Double]

    /// Arrival times (policy-independent).
    ///
    /// This stream and the next are SplitMix64, like the per-person luck: their uniform and
    /// exponential draws then skip GSL's calls through the generator type (a tenth of R1's
    /// instructions went to MT19937 through those calls), and their seeds keep all 64 bits
    /// (GSL's MT19937 keeps 32, so streams of many replications could share a seed).
    let arrivalStream: RandomStream
    /// Attributes of each arrested person and the seed of their luck (policy-independent).
    let populationStream: RandomStream
    /// The model's own per-person draws, reseeded per (person, purpose, occurrence).
    let processLuck: RandomStream
    /// The luck handed to policies.
    let policyLuck = DecisionLuck()

    /// Owns the case slots; ``cases`` is its base pointer, reloaded when it grows.
    let slab: CaseSlab
    /// The case slots: `cases[slot]`.
    var cases: UnsafeMutablePointer<CaseRecord>
    /// The most recently freed slot, or −1: free slots form a list through their records'
    /// `person` field (``CaseRecord/nextFree``), reused last freed first.
    var freeHead = -1
    var openCases = 0
    /// More open cases than this stop the replication (``RunawayGuards/openCaseLimit``).
    var openCaseLimit = Int.max
    var personCount = 0
    /// Owns the person slots; ``persons`` is its base pointer, reloaded when it grows.
    let personSlab: Slab<PersonRecord>
    /// The person slots: `persons[slot]`, one for each person with an open case.
    var persons: UnsafeMutablePointer<PersonRecord>
    /// The most recently freed person slot, or −1 (a list through ``PersonRecord/newestCase``).
    var freePersonHead = -1
    /// People in jail now (each once, whatever their number of cases).
    var peopleInJail = 0
    /// ``peopleInJail`` over time (not kept when ``custodyIsPerCase``).
    var peopleInJailSeries = TimeWeightedAverage()
    /// ``peopleInJailSeries``' average between the warm-up and the end of the arrest window.
    var peopleInJailAverage = Double.nan
    /// A person who left jail during the event being handled, whose new-arrest hazard starts
    /// when it is over (−1 for none); more than one in an event go to the overflow.
    var pendingLiberty = -1
    var pendingLibertyOverflow: [Int32] = []
    /// Whether no person can ever have two open cases or a hold (no new arrests, no holds):
    /// a person's custody is then their one case's (``custodyIsPerCase``).
    let oneCasePerPerson: Bool
    /// Whether custody is kept on the cases alone, without the person slots
    /// (``oneCasePerPerson`` and not ``auditing``; `PretrialProcess+CaseCustody.swift`).
    private(set) var custodyIsPerCase: Bool
    /// Whether the run keeps ``audit`` (tests); auditing runs keep the person slots.
    var auditing = false {
        didSet { custodyIsPerCase = oneCasePerPerson && !auditing }
    }
    /// Checks of persons and cases that tests read (kept only when ``auditing``).
    var audit = PersonAudit()
    var trialQueue: Station<CaseRef>
    /// Owns the running totals; ``totals`` and ``counters`` are their base pointers.
    let totalsStorage: TotalsStorage
    /// The running totals of each combination of group, charge class and income quintile,
    /// at ``PopulationTables/combination(group:chargeClass:abilityToPay:)`` (``CaseRecord/cell``).
    let totals: UnsafeMutablePointer<CombinationTotals>
    /// The counters of each combination: ``ProcessCounter/count`` values per combination, in
    /// the same order as ``totals``.
    let counters: UnsafeMutablePointer<Double>
    /// The counters of each combination by status at disposition: ``StatusBlock/count``
    /// blocks per combination, written only through ``DispositionCounters``.
    let statusCounters: UnsafeMutablePointer<Double>
    var bookkeepingEvents = 0
    var backlogAtWindowEnd = Double.nan
    /// The trial backlog when counting starts (the run starts empty, so 0 without a warm-up).
    var backlogAtWarmUpEnd = 0.0
    /// Courtroom-days of trials up to the end of the warm-up, and the trial courts' utilisation
    /// from then to the end of the arrest window (``MetricID/trialCourtUtilisation``).
    var trialBusyAtWarmUpEnd = 0.0
    var trialUtilisation = Double.nan
    /// The replication number (named in a ``PolicyDecisionError``).
    let replication: Int
    /// The first decision of a policy that could not be carried out; the replication stops
    /// after the event that met it (``accept(_:from:_:_:)`` and its siblings).
    var decisionError: PolicyDecisionError?
    /// The censuses taken so far (``PretrialSimulation/takeCensus(_:seed:replication:days:)``;
    /// none in a normal run).
    var censuses: [CensusSnapshot] = []
    /// Whether the run keeps a daily series (``ModelConfiguration/keepsDailySeries``).
    let keepsSeries: Bool
    /// The end of the next day the series closes (`PretrialProcess+Series.swift`); infinite
    /// without a series, so that ``handle(_:scheduler:)`` pays one comparison.
    var nextSeriesDay = Double.infinity
    /// The daily series so far (empty without one).
    var seriesRecorder: DailySeriesRecorder
    /// Entries into jail and exits from it so far (for the daily series' admissions and
    /// releases; a plain count, kept whether or not the series is).
    var jailAdmissions = 0
    var jailReleases = 0

    init(configuration: ModelConfiguration, seed: UInt64, replication: Int) {
        self.configuration = configuration
        self.policies = configuration.policies
        self.groupCount = configuration.population.groups.count
        self.replication = replication
        self.tables = PopulationTables(configuration.population, process: configuration.process)
        firstAppearanceDelay = configuration.process.firstAppearanceDelay.borrowed
        courtDateInterval = configuration.process.courtDateInterval.borrowed
        warrantDelay = configuration.process.warrantDelay.borrowed
        trialDuration = configuration.courts.trialDuration.borrowed
        courtDatesBeforeTrial = configuration.process.courtDatesBeforeTrial
        dismissalPerCourtDate = configuration.process.dismissalPerCourtDate
        warmUpDays = configuration.warmUpDays
        arrestWindowDays = configuration.arrestWindowDays
        arrestRatePerDay = configuration.arrests.ratePerDay
        arrestPeakRate = configuration.arrests.peakRate
        arrestsModulated = configuration.arrests.isModulated
        plea = configuration.behaviour.plea
        pleaDependsOnTimeHeld = plea.perDetainedDay != 0 || plea.timeServedBonus != 0
        hasPolicyTimeline = !configuration.policyChanges.isEmpty
        let regimes =
            hasPolicyTimeline
            ? PolicyRegimes(base: configuration.policies, changes: configuration.policyChanges) : nil
        policyRegimes = regimes
        phaseInLuck = hasPolicyTimeline ? RandomStream(seed: 1, algorithm: .splitMix64) : nil
        // With a timeline, a stage is on if any policy in force at some time needs it.
        hasRiskInstrument = regimes?.any { $0.risk != nil } ?? (configuration.policies.risk != nil)
        hasBailReview = regimes?.any { $0.bailReview != nil } ?? (configuration.policies.bailReview != nil)
        hasCustodyLimit =
            (regimes?.any { $0.custodyLimit != nil } ?? (configuration.policies.custodyLimit != nil))
            || configuration.courts.tiers.contains { $0.custodyLimit != nil }
        hasTiers = !configuration.courts.tiers.isEmpty
        hasSendingUp = configuration.courts.tiers.contains { !$0.sentUp.isEmpty }
        courtTiers = CourtTierState(configuration)
        schedulingUsesPriority =
            regimes?.any { $0.scheduling.usesPriority } ?? configuration.policies.scheduling.usesPriority
        evidenceModel = configuration.process.evidence
        dismissalModel = configuration.process.dismissal
        courtResponse = configuration.courts.response
        courtResponds = courtResponse.isActive
        dismissalVaries = !dismissalModel.isNeutral || courtResponse.dismissalPerBacklogCase > 0
        hasDeclination = dismissalModel.declinationAtFirstAppearance > 0
        diversion = configuration.process.diversion
        let classes = configuration.population.chargeClasses
        hasDiversion =
            diversion.courtDates > 0 && diversion.acceptance > 0
            && classes.contains { $0.diversionOfferReleased > 0 || $0.diversionOfferDetained > 0 }
        hasArraignmentPleas = classes.contains { $0.firstAppearancePleaOffer > 0 }
        sentencing = configuration.courts.sentencing
        sentencingAdjusts = !sentencing.isNeutral
        hasHolds = configuration.holds.isActive
        prisonServedShare = configuration.courts.prisonSentenceServedShare
        // A census's people on a hold need person slots, as holds placed at booking do.
        let censusHolds = configuration.census.entries.contains { $0.holding == .hold && $0.count > 0 }
        oneCasePerPerson = !hasHolds && !censusHolds && classes.allSatisfy { $0.newArrestPerDay == 0 }
        custodyIsPerCase = oneCasePerPerson
        holdDuration = configuration.holds.duration?.borrowed
        bondsmenChoose = configuration.behaviour.bailMarket.bondsmenChoose
        familyPools = configuration.behaviour.bailMarket.familyPools
        postsLater = configuration.behaviour.laterPostingProbability > 0
        hasBailFund = configuration.policies.bailFund != nil
        hasPoliceCustody = configuration.policeCustody != nil
        hasStationCounsel = hasPoliceCustody && configuration.policies.stationCounsel != nil
        stationAdvice = hasStationCounsel ? configuration.policies.stationCounsel?.effects ?? .neutral : .neutral
        riskOutcome = configuration.riskOutcome
        if let outcome = riskOutcome {
            let population = configuration.population
            precondition(
                outcome.ageBands.count == population.ageBands.count
                    && outcome.chargeClasses.count == population.chargeClasses.count
                    && outcome.groups.count == population.groups.count,
                "the risk outcome's log-odds must list every age band, charge class and group of the population")
        }
        policingIntensity = configuration.population.groups.map(\.policingIntensity)
        policingBiased = policingIntensity.contains { $0 != 1 }
        drawsRiskFactor = hasRiskInstrument || riskOutcome != nil
        drawsRiskFacts = drawsRiskFactor || policingBiased
        let riskThreshold =
            riskOutcome?.threshold ?? configuration.policies.release.riskThreshold ?? RiskOutcomeModel.defaultThreshold
        riskThresholds =
            configuration.riskThresholdsByGroup
            ?? Array(repeating: riskThreshold, count: configuration.population.groups.count)
        bailFundState = configuration.policies.bailFund?.initialState() ?? PolicyState()
        arrivalStream = RandomStream(
            master: seed, replication: replication, purpose: "arrivals", algorithm: .splitMix64)
        populationStream = RandomStream(
            master: seed, replication: replication, purpose: "population", algorithm: .splitMix64)
        processLuck = RandomStream(seed: 1, algorithm: .splitMix64)
        slab = CaseSlab(capacity: 1024)
        cases = slab.base
        personSlab = Slab(capacity: 1024)
        persons = personSlab.base
        trialQueue = Station(
            servers: configuration.courts.courtrooms,
            discipline: schedulingUsesPriority ? .priority : .fifo)
        totalsStorage = TotalsStorage(count: max(1, tables.combinationCount))
        totals = totalsStorage.base
        counters = totalsStorage.counters
        statusCounters = totalsStorage.counters + totalsStorage.count * ProcessCounter.count
        keepsSeries = configuration.keepsDailySeries
        seriesRecorder = DailySeriesRecorder(
            combinations: keepsSeries ? totalsStorage.count : 0,
            cells: keepsSeries ? 1 + tables.groupCount + tables.classCount : 0)
        if keepsSeries { nextSeriesDay = 1 }
    }

    mutating func handle(_ event: ModelEvent, scheduler: inout Scheduler<ModelEvent>) {
        switch event {
        case .arrest: arrest(&scheduler)
        case .firstAppearance(let ref): if let slot = live(ref) { firstAppearance(slot, &scheduler) }
        case .courtDate(let ref): if let slot = live(ref) { courtDate(slot, &scheduler) }
        case .bailPosted(let ref, let epoch): if let slot = live(ref, epoch) { bailPosted(slot, &scheduler) }
        case .bailReview(let ref, let epoch): if let slot = live(ref, epoch) { bailReview(slot, &scheduler) }
        case .newArrest(let ref, let epoch):
            if let person = liveAtLiberty(ref, epoch) { newArrest(person: person, &scheduler) }
        case .warrantArrest(let ref): if let slot = live(ref) { warrantArrest(slot, &scheduler) }
        case .custodyLimit(let ref, let epoch): if let slot = live(ref, epoch) { custodyLimitReached(slot, &scheduler) }
        case .trialEnd(let ref): trialEnd(ref, &scheduler)
        case .holdEnd(let ref): if let slot = live(ref) { holdEnd(slot, at: scheduler.now) }
        case .policeCustodyEnd(let ref): if let slot = live(ref) { policeCustodyEnd(slot, &scheduler) }
        case .investigationEnd(let ref): if let slot = live(ref) { investigationEnd(slot, &scheduler) }
        case .sentUp(let ref): if let slot = live(ref) { sentUp(slot, &scheduler) }
        case .bailFundRound:
            bookkeepingEvents += 1
            bailFundRound(&scheduler)
        case .warmUpEnd:
            bookkeepingEvents += 1
            if keepsSeries { carrySeriesOverWarmUp(at: scheduler.now) }
            for index in 0..<totalsStorage.count { totals[index].jail.restart(at: scheduler.now) }
            peopleInJailSeries.restart(at: scheduler.now)
            if hasTiers {
                markTiersAtWarmUpEnd(at: scheduler.now)
            } else {
                backlogAtWarmUpEnd = Double(trialQueue.line.count)
                trialBusyAtWarmUpEnd = trialQueue.busy.integral(until: scheduler.now)
            }
        case .censusTaken:
            bookkeepingEvents += 1
            takeCensus(at: scheduler.now)
        case .arrestWindowEnd:
            bookkeepingEvents += 1
            for index in 0..<totalsStorage.count {
                totals[index].jailAverage = totals[index].jail.average(until: scheduler.now)
            }
            if hasTiers {
                markTiersAtWindowEnd(at: scheduler.now)
            } else {
                backlogAtWindowEnd = Double(trialQueue.line.count)
                let courtroomDays = Double(trialQueue.servers) * (scheduler.now - warmUpDays)
                trialUtilisation =
                    courtroomDays > 0
                    ? (trialQueue.busy.integral(until: scheduler.now) - trialBusyAtWarmUpEnd) / courtroomDays : .nan
            }
            // With custody on the cases alone, the people in jail are the combinations' jail
            // populations (PretrialProcess+CaseCustody.swift), whose series are kept anyway.
            peopleInJailAverage =
                custodyIsPerCase
                ? (0..<totalsStorage.count).reduce(0) { $0 + totals[$1].jailAverage }
                : peopleInJailSeries.average(until: scheduler.now)
        }
        if pendingLiberty >= 0 { startLiberty(&scheduler) }
    }

    /// The slot of `ref` if its case is still open (and, for spell-bound events, still in
    /// the same spell of custody or release).
    @inline(__always)
    func live(_ ref: CaseRef) -> Int? {
        let slot = Int(ref.slot)
        guard cases[slot].isOpen, cases[slot].serial == ref.serial else { return nil }
        return slot
    }

    @inline(__always)
    func live(_ ref: CaseRef, _ epoch: UInt32) -> Int? {
        let slot = Int(ref.slot)
        guard cases[slot].isOpen, cases[slot].serial == ref.serial, cases[slot].epoch == epoch else { return nil }
        return slot
    }

    @inline(__always)
    func reference(_ slot: Int) -> CaseRef {
        CaseRef(slot: Int32(truncatingIfNeeded: slot), serial: cases[slot].serial)
    }

    /// The running totals of the case's group, charge class and income quintile (which the
    /// overall, group, charge-class and quintile cells sum).
    @inline(__always)
    func cell(_ slot: Int) -> UnsafeMutablePointer<CombinationTotals> {
        totals + Int(cases[slot].cell)
    }

    /// The counters of the case's group, charge class and income quintile, indexed by
    /// ``ProcessCounter``: `counts(slot)[.arrests] += 1`.
    @inline(__always)
    func counts(_ slot: Int) -> UnsafeMutablePointer<Double> {
        counters + Int(cases[slot].cell) * ProcessCounter.count
    }

    /// The counters a disposition of the case writes: its combination's at its status at
    /// disposition (`held`: in custody when the case ends).
    @inline(__always)
    func dispositionCounts(_ slot: Int, held: Bool) -> DispositionCounters {
        dispositionCounts(slot, block: StatusBlock.index(held ? .detained : .released))
    }

    /// The counters of the case's combination in status block `block` (``StatusBlock``).
    @inline(__always)
    func dispositionCounts(_ slot: Int, block: Int) -> DispositionCounters {
        DispositionCounters(
            block: statusCounters + (Int(cases[slot].cell) * StatusBlock.count + block)
                * ProcessCounter.dispositionCount)
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
    func sample(_ distribution: Distribution.Borrowed, _ slot: Int, _ purpose: LuckPurpose, _ occurrence: Int = 0)
        -> Double
    {
        if let value = distribution.constantValue { return value }
        return distribution.sample(luck(slot, purpose, occurrence))
    }

    /// Prepares ``policyLuck``, the luck handed to policies, for a case and purpose (it is
    /// reseeded only if the policy draws). Call sites then pass `policyLuck` itself, which
    /// costs no retain of a returned reference.
    @inline(__always)
    func prepareDecisionLuck(_ slot: Int, _ purpose: LuckPurpose, _ occurrence: Int = 0) {
        policyLuck.prepare(seed: StreamSeed.combine(cases[slot].luckSeed, purpose.rawValue, UInt64(occurrence)))
    }

    /// What policies may see of the case at `now`.
    @inline(__always)
    func defendant(_ slot: Int, at now: Double) -> Defendant {
        let record = cases + slot
        return Defendant(
            person: record.pointee.person, group: Int(record.pointee.group),
            abilityToPay: record.pointee.abilityToPay, chargeClass: Int(record.pointee.chargeClass),
            priors: Int(record.pointee.priors), ageBand: Int(record.pointee.ageBand),
            isDetained: record.pointee.detained, daysDetained: record.pointee.detentionDays(at: now),
            daysSinceArrest: now - record.pointee.arrestTime, arrestDay: record.pointee.arrestTime,
            hasCounsel: record.pointee.hasCounsel,
            riskScore: record.pointee.riskScore.isNaN ? nil : record.pointee.riskScore,
            isRearrest: record.pointee.isRearrest, riskFactor: Double(record.pointee.riskFactor))
    }
}

/// The memory of the running totals (one ``CombinationTotals`` and one block of counters per
/// combination of group, charge class and income quintile, then each combination's
/// ``StatusBlock``s), freed with the process.
final class TotalsStorage {
    let base: UnsafeMutablePointer<CombinationTotals>
    /// ``ProcessCounter/count`` zeros per combination, then ``ProcessCounter/dispositionCount``
    /// per ``StatusBlock`` of each combination.
    let counters: UnsafeMutablePointer<Double>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: CombinationTotals(), count: count)
        let blocks = count * (ProcessCounter.count + StatusBlock.count * ProcessCounter.dispositionCount)
        counters = .allocate(capacity: blocks)
        counters.initialize(repeating: 0, count: blocks)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
        counters.deallocate()
    }
}
