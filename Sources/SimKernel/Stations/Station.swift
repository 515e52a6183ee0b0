/// A service station: `servers` identical servers and one waiting line.
///
/// The station is passive: the model tells it when a customer arrives and when a service
/// ends, and schedules the end of each service it starts. The station keeps the waits, the
/// number busy and the queue length.
///
/// A value, except for ``waits``: the wait tally is a reference (GSL-backed, updated in
/// place), so copies of a station share it. Keep one station per queue and mutate it in
/// place, as the models do; a copy taken to look at the line or levels is fine, but waits
/// recorded through either copy land in the one tally.
public struct Station<Customer> {
    /// The number of servers.
    public let servers: Int
    @usableFromInline var busyCount: Int = 0
    @usableFromInline var waiting: WaitingLine<Customer>
    @usableFromInline var busyLevel: TimeWeightedAverage
    @usableFromInline var lineLevel: TimeWeightedAverage
    @usableFromInline var immediateStarts = Counter()
    /// Waits from arrival to start of service, including zero waits.
    public let waits: Tally

    /// Creates an idle station.
    /// - Parameters:
    ///   - servers: the number of servers; at least 1.
    ///   - discipline: the order of the waiting line.
    ///   - waitQuantiles: quantiles of the wait to track.
    ///   - time: when observation starts.
    public init(servers: Int, discipline: QueueDiscipline = .fifo, waitQuantiles: [Double] = [], at time: Double = 0) {
        precondition(servers >= 1, "a station needs at least one server")
        self.servers = servers
        self.waiting = WaitingLine(discipline: discipline)
        self.waits = Tally(quantiles: waitQuantiles)
        self.busyLevel = TimeWeightedAverage(level: 0, at: time)
        self.lineLevel = TimeWeightedAverage(level: 0, at: time)
    }

    /// The number of servers busy now.
    @inlinable public var busyServers: Int { busyCount }
    /// The customers waiting.
    @inlinable public var line: WaitingLine<Customer> { waiting }
    /// The number of busy servers over time.
    @inlinable public var busy: TimeWeightedAverage { busyLevel }
    /// The number waiting over time.
    @inlinable public var queueLength: TimeWeightedAverage { lineLevel }
    /// Customers who found a free server on arrival.
    @inlinable public var servedWithoutWait: Counter { immediateStarts }

    /// A customer arrives at `now`.
    /// - Parameters:
    ///   - customer: who arrives.
    ///   - priority: the priority key, used under the priority discipline (lower first).
    ///   - now: the current time.
    /// - Returns: the customer, if a server was free and its service starts now (the caller
    ///   schedules its end); `nil` if it waits.
    /// - Complexity: O(1) under FIFO, O(log *n*) under priority.
    @inlinable
    public mutating func arrive(_ customer: Customer, priority: Double = 0, at now: Double) -> Customer? {
        if busyCount < servers {
            busyCount += 1
            busyLevel.update(to: Double(busyCount), at: now)
            waits.record(0)
            immediateStarts.increment()
            return customer
        }
        waiting.enqueue(customer, priority: priority, arrival: now)
        lineLevel.update(to: Double(waiting.count), at: now)
        return nil
    }

    /// A service ends at `now` and frees its server.
    /// - Returns: the next customer, whose service starts now (the caller schedules its end),
    ///   or `nil` when nobody waits.
    /// - Complexity: O(1) under FIFO, O(log *n*) under priority.
    @inlinable
    public mutating func finishService(at now: Double) -> Customer? {
        precondition(busyCount > 0, "a service ended at a station with no busy server")
        guard let next = waiting.dequeue() else {
            busyCount -= 1
            busyLevel.update(to: Double(busyCount), at: now)
            return nil
        }
        lineLevel.update(to: Double(waiting.count), at: now)
        waits.record(now - next.arrival)
        return next.customer
    }

    /// The average share of servers busy from the start of observation to `time`.
    public func utilisation(until time: Double) -> Double {
        busyLevel.average(until: time) / Double(servers)
    }
}
