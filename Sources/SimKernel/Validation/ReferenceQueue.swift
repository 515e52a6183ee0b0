/// An M/M/c queue built on the kernel, the reference model for the self-check, the tests and
/// the engine benchmark.
///
/// Customers arrive in a Poisson stream, are served first come first served by `c` servers
/// with exponential service times, and leave. Arrivals stop after `customers`; the run ends
/// when the last one has left.
public struct ReferenceQueue: DiscreteEventModel {
    /// The two events of the model.
    public enum Event {
        /// A customer arrives.
        case arrival
        /// A service ends; the payload is when that customer arrived.
        case departure(arrival: Double)
    }

    /// What one run measured.
    public struct Result: Sendable, Equatable {
        /// Customers served.
        public var customers: Int
        /// Mean wait in line, over all customers.
        public var meanWait: Double
        /// Share of customers who waited.
        public var probabilityOfWaiting: Double
        /// Mean time from arrival to departure, measured customer by customer.
        public var meanTimeInSystem: Double
        /// Time-average number waiting.
        public var averageQueueLength: Double
        /// Time-average number in the system, measured from the level over time (so that
        /// Little's law, L = λW, is a real check against ``meanTimeInSystem``).
        public var averageNumberInSystem: Double
        /// Observed arrival rate: customers / time of the last arrival.
        public var observedArrivalRate: Double
        /// Events executed (an arrival and a departure per customer).
        public var events: Int
        /// The time of the last departure.
        public var endTime: Double
    }

    let arrivalMean: Double
    let serviceMean: Double
    let customerLimit: Int
    let arrivals: RandomStream
    let services: RandomStream
    var station: Station<Double>
    var inSystem: TimeWeightedAverage
    let timeInSystem = Tally()
    var arrived = 0
    var lastArrival = 0.0

    /// Creates the model.
    /// - Parameters:
    ///   - queue: arrival rate, mean service and number of servers.
    ///   - customers: how many customers arrive.
    ///   - seed: the master seed; replication `replication` draws its own streams.
    ///   - replication: the replication number.
    public init(_ queue: ErlangC, customers: Int, seed: UInt64, replication: Int) {
        arrivalMean = 1 / queue.arrivalRate
        serviceMean = queue.meanService
        customerLimit = customers
        arrivals = RandomStream(master: seed, replication: replication, purpose: "arrivals")
        services = RandomStream(master: seed, replication: replication, purpose: "service")
        station = Station(servers: queue.servers)
        inSystem = TimeWeightedAverage()
    }

    /// Handles an arrival or a departure.
    public mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .arrival:
            arrived += 1
            lastArrival = now
            inSystem.add(1, at: now)
            if let customer = station.arrive(now, at: now) {
                scheduler.schedule(.departure(arrival: customer), after: services.exponential(mean: serviceMean))
            }
            if arrived < customerLimit {
                scheduler.schedule(.arrival, after: arrivals.exponential(mean: arrivalMean))
            }
        case .departure(let arrival):
            inSystem.add(-1, at: now)
            timeInSystem.record(now - arrival)
            if let next = station.finishService(at: now) {
                scheduler.schedule(.departure(arrival: next), after: services.exponential(mean: serviceMean))
            }
        }
    }

    /// Runs one replication to the departure of the last customer.
    public static func simulate(_ queue: ErlangC, customers: Int, seed: UInt64, replication: Int) -> Result {
        var model = ReferenceQueue(queue, customers: customers, seed: seed, replication: replication)
        var scheduler = Scheduler<Event>(reservingCapacity: queue.servers + 1)
        scheduler.schedule(.arrival, after: model.arrivals.exponential(mean: model.arrivalMean))
        _ = scheduler.run(&model)
        let end = scheduler.now
        let station = model.station
        return Result(
            customers: station.waits.count,
            meanWait: station.waits.mean,
            probabilityOfWaiting: 1 - Double(station.servedWithoutWait.value) / Double(station.waits.count),
            meanTimeInSystem: model.timeInSystem.mean,
            averageQueueLength: station.queueLength.average(until: end),
            averageNumberInSystem: model.inSystem.average(until: end),
            observedArrivalRate: Double(model.arrived) / model.lastArrival,
            events: scheduler.executedCount,
            endTime: end
        )
    }
}
