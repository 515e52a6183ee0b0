import SimKernel
import Testing

/// Two stations in series, with service times rounded up to whole time units so that many
/// events fall at the same instant: a model whose trace depends on every tie being broken the
/// same way.
private struct TandemQueue: DiscreteEventModel {
    enum Kind: Hashable { case arrival, finishFirst, finishSecond }

    struct Event: Hashable {
        var kind: Kind
        var customer: Int
        /// The order in which the event was scheduled, to check how ties were broken.
        var tag: Int
    }

    struct Record: Hashable {
        var time: Double
        var event: Event
    }

    let arrivals: RandomStream
    let firstService: RandomStream
    let secondService: RandomStream
    var first = Station<Int>(servers: 2)
    var second = Station<Int>(servers: 1)
    var trace: [Record] = []
    var nextCustomer = 0
    var nextTag = 0
    let customers: Int

    init(seed: UInt64, replication: Int, customers: Int) {
        arrivals = RandomStream(master: seed, replication: replication, purpose: "arrivals")
        firstService = RandomStream(master: seed, replication: replication, purpose: "first service")
        secondService = RandomStream(master: seed, replication: replication, purpose: "second service")
        self.customers = customers
    }

    mutating func schedule(_ kind: Kind, _ customer: Int, after delay: Double, _ scheduler: inout Scheduler<Event>) {
        scheduler.schedule(Event(kind: kind, customer: customer, tag: nextTag), after: delay)
        nextTag += 1
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        trace.append(Record(time: now, event: event))
        switch event.kind {
        case .arrival:
            if let started = first.arrive(event.customer, at: now) {
                schedule(.finishFirst, started, after: firstService.exponential(mean: 1.5).rounded(.up), &scheduler)
            }
            nextCustomer += 1
            if nextCustomer < customers {
                schedule(.arrival, nextCustomer, after: arrivals.exponential(mean: 1).rounded(.down), &scheduler)
            }
        case .finishFirst:
            if let next = first.finishService(at: now) {
                schedule(.finishFirst, next, after: firstService.exponential(mean: 1.5).rounded(.up), &scheduler)
            }
            if let started = second.arrive(event.customer, at: now) {
                schedule(.finishSecond, started, after: secondService.exponential(mean: 0.8).rounded(.up), &scheduler)
            }
        case .finishSecond:
            if let next = second.finishService(at: now) {
                schedule(.finishSecond, next, after: secondService.exponential(mean: 0.8).rounded(.up), &scheduler)
            }
        }
    }

    static func trace(seed: UInt64, replication: Int = 0, customers: Int = 2_000) -> [Record] {
        var model = TandemQueue(seed: seed, replication: replication, customers: customers)
        var scheduler = Scheduler<Event>()
        model.schedule(.arrival, 0, after: 0, &scheduler)
        _ = scheduler.run(&model)
        return model.trace
    }
}

/// A seed fixes a run: the same seed gives the same trace, event for event, whatever thread
/// runs it; another seed gives another.
@Suite("Reproducibility")
struct ReproducibilityTests {
    @Test("the same seed gives the same event trace")
    func sameSeedSameTrace() {
        let first = TandemQueue.trace(seed: 2_026)
        let second = TandemQueue.trace(seed: 2_026)
        #expect(first.count == 3 * 2_000)
        #expect(first == second)
    }

    @Test("the trace has many simultaneous events, run in the order they were scheduled")
    func tiesFollowSchedulingOrder() {
        let trace = TandemQueue.trace(seed: 2_026)
        var ties = 0
        for (earlier, later) in zip(trace, trace.dropFirst()) {
            #expect(earlier.time <= later.time)
            if earlier.time == later.time {
                ties += 1
                #expect(earlier.event.tag < later.event.tag)
            }
        }
        // Whole-number times: most events share their instant with another.
        #expect(ties > trace.count / 2)
    }

    @Test("another seed or replication gives another trace")
    func otherSeedOtherTrace() {
        let base = TandemQueue.trace(seed: 2_026)
        #expect(TandemQueue.trace(seed: 2_027) != base)
        #expect(TandemQueue.trace(seed: 2_026, replication: 1) != base)
    }

    @Test("replications give the same results on one thread or many")
    func resultsIndependentOfThreads() async {
        let queue = ErlangC(arrivalRate: 0.9, meanService: 1, servers: 1)
        let replications = 8
        let sequential = (0..<replications).map {
            ReferenceQueue.simulate(queue, customers: 2_000, seed: 11, replication: $0)
        }
        let concurrent = await withTaskGroup(of: (Int, ReferenceQueue.Result).self) { group in
            // Launched in reverse so the scheduling of tasks differs from the sequential order.
            for replication in (0..<replications).reversed() {
                group.addTask {
                    (replication, ReferenceQueue.simulate(queue, customers: 2_000, seed: 11, replication: replication))
                }
            }
            var results: [ReferenceQueue.Result?] = Array(repeating: nil, count: replications)
            for await (replication, result) in group { results[replication] = result }
            return results.compactMap { $0 }
        }
        #expect(concurrent == sequential)
        #expect(Set(sequential.map(\.meanWait)).count == replications)
    }
}
