/// A service station: `servers` identical servers and one waiting line.
///
/// The station is passive: the model tells it when a customer arrives and when a service
/// ends, and schedules the end of each service it starts. The station keeps the waits, the
/// number busy and the queue length.
public struct Station<Customer> {
    /// The number of servers.
    public let servers: Int
    /// The number of servers busy now.
    public private(set) var busyServers: Int = 0
    /// The customers waiting.
    public private(set) var line: WaitingLine<Customer>
    /// Waits from arrival to start of service, including zero waits.
    public let waits: Tally
    /// The number of busy servers over time.
    public private(set) var busy: TimeWeightedAverage
    /// The number waiting over time.
    public private(set) var queueLength: TimeWeightedAverage
    /// Customers who found a free server on arrival.
    public private(set) var servedWithoutWait = Counter()

    /// Creates an idle station.
    /// - Parameters:
    ///   - servers: the number of servers; at least 1.
    ///   - discipline: the order of the waiting line.
    ///   - waitQuantiles: quantiles of the wait to track.
    ///   - time: when observation starts.
    public init(servers: Int, discipline: QueueDiscipline = .fifo, waitQuantiles: [Double] = [], at time: Double = 0) {
        precondition(servers >= 1, "a station needs at least one server")
        self.servers = servers
        self.line = WaitingLine(discipline: discipline)
        self.waits = Tally(quantiles: waitQuantiles)
        self.busy = TimeWeightedAverage(level: 0, at: time)
        self.queueLength = TimeWeightedAverage(level: 0, at: time)
    }

    /// A customer arrives at `now`.
    /// - Parameters:
    ///   - customer: who arrives.
    ///   - priority: the priority key, used under the priority discipline (lower first).
    ///   - now: the current time.
    /// - Returns: the customer, if a server was free and its service starts now (the caller
    ///   schedules its end); `nil` if it waits.
    public mutating func arrive(_ customer: Customer, priority: Double = 0, at now: Double) -> Customer? {
        if busyServers < servers {
            busyServers += 1
            busy.update(to: Double(busyServers), at: now)
            waits.record(0)
            servedWithoutWait.increment()
            return customer
        }
        line.enqueue(customer, priority: priority, arrival: now)
        queueLength.update(to: Double(line.count), at: now)
        return nil
    }

    /// A service ends at `now` and frees its server.
    /// - Returns: the next customer, whose service starts now (the caller schedules its end),
    ///   or `nil` when nobody waits.
    public mutating func finishService(at now: Double) -> Customer? {
        precondition(busyServers > 0, "a service ended at a station with no busy server")
        guard let next = line.dequeue() else {
            busyServers -= 1
            busy.update(to: Double(busyServers), at: now)
            return nil
        }
        queueLength.update(to: Double(line.count), at: now)
        waits.record(now - next.arrival)
        return next.customer
    }

    /// The average share of servers busy from the start of observation to `time`.
    public func utilisation(until time: Double) -> Double {
        busy.average(until: time) / Double(servers)
    }
}
