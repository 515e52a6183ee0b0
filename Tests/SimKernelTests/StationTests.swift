import SimKernel
import Testing

/// A station driven by hand through a scenario whose waits, utilisation and queue lengths are
/// worked out on paper.
@Suite("Station")
struct StationTests {
    /// Two servers; A, B, C, D arrive at 0, 1, 2, 3; services end at 4 (A), 5 (B),
    /// 6 (D, started at 5) and 7 (C, started at 4).
    ///
    /// Busy servers: 1 on [0, 1), 2 on [1, 6), 1 on [6, 7), 0 on [7, 8]: 12 server-units.
    /// Waiting: 1 on [2, 3), 2 on [3, 4), 1 on [4, 5): 4 customer-units.
    /// Waits: A 0, B 0, C 2, D 2.
    @Test("a hand-made two-server scenario")
    func handMadeScenario() {
        var station = Station<String>(servers: 2)
        #expect(station.arrive("A", at: 0) == "A")
        #expect(station.busyServers == 1)
        #expect(station.arrive("B", at: 1) == "B")
        #expect(station.busyServers == 2)
        #expect(station.arrive("C", at: 2) == nil)
        #expect(station.arrive("D", at: 3) == nil)
        #expect(station.line.count == 2)

        #expect(station.finishService(at: 4) == "C")
        #expect(station.busyServers == 2)
        #expect(station.finishService(at: 5) == "D")
        #expect(station.line.isEmpty)
        #expect(station.finishService(at: 6) == nil)
        #expect(station.busyServers == 1)
        #expect(station.finishService(at: 7) == nil)
        #expect(station.busyServers == 0)

        #expect(station.waits.count == 4)
        #expect(station.waits.mean == 1)
        #expect(station.waits.min == 0)
        #expect(station.waits.max == 2)
        #expect(abs(station.waits.variance - 4.0 / 3) < 1e-12)
        #expect(station.servedWithoutWait.value == 2)

        #expect(station.busy.integral(until: 8) == 12)
        #expect(station.busy.average(until: 8) == 1.5)
        #expect(station.utilisation(until: 8) == 0.75)
        #expect(station.busy.maximum == 2)
        #expect(station.queueLength.integral(until: 8) == 4)
        #expect(station.queueLength.average(until: 8) == 0.5)
        #expect(station.queueLength.maximum == 2)
    }

    @Test("the sum of waits equals the area under the queue length")
    func waitsEqualQueueArea() {
        // Little's law on a finite stretch that starts and ends with an empty line holds
        // exactly: each waiting customer adds its wait to the area.
        var model = Driver(station: Station(servers: 3), stream: RandomStream(seed: 5), customers: 5_000)
        var scheduler = Scheduler<Int>()
        scheduler.schedule(-1, at: 0)
        _ = scheduler.run(&model)
        let station = model.station
        let end = scheduler.now
        #expect(station.waits.count == 5_000)
        #expect(station.busyServers == 0)
        #expect(station.line.isEmpty)
        let totalWait = station.waits.mean * Double(station.waits.count)
        #expect(abs(station.queueLength.integral(until: end) - totalWait) <= 1e-9 * totalWait)
        #expect(station.utilisation(until: end) > 0 && station.utilisation(until: end) < 1)
    }

    @Test("a priority station serves urgent customers first")
    func priorityStation() {
        var station = Station<String>(servers: 1, discipline: .priority)
        #expect(station.arrive("first", priority: 9, at: 0) == "first")
        #expect(station.arrive("routine-1", priority: 5, at: 1) == nil)
        #expect(station.arrive("urgent", priority: 1, at: 2) == nil)
        #expect(station.arrive("routine-2", priority: 5, at: 3) == nil)
        #expect(station.finishService(at: 4) == "urgent")
        #expect(station.finishService(at: 5) == "routine-1")
        #expect(station.finishService(at: 6) == "routine-2")
        #expect(station.finishService(at: 7) == nil)
        // Waits: 0, 2 (urgent), 4 (routine-1), 3 (routine-2).
        #expect(station.waits.mean == 9.0 / 4)
        #expect(station.waits.max == 4)
    }

    @Test("observation may start later than time 0")
    func lateStart() {
        var station = Station<Int>(servers: 2, at: 10)
        _ = station.arrive(1, at: 12)
        _ = station.finishService(at: 16)
        // One server busy for 4 of the 10 time units from 10 to 20, out of two servers.
        #expect(station.utilisation(until: 20) == 0.2)
    }

    @Test("quantiles of the wait are tracked when asked for")
    func waitQuantiles() {
        var station = Station<Int>(servers: 1, waitQuantiles: [0.5])
        _ = station.arrive(0, at: 0)
        for customer in 1...4 { _ = station.arrive(customer, at: 0) }
        for time in 1...5 { _ = station.finishService(at: Double(time)) }
        // Waits 0, 1, 2, 3, 4: with five observations P² is exact.
        #expect(station.waits.quantile(0.5) == 2)
    }
}

/// Drives a station with exponential arrivals and services; event −1 is an arrival, any other
/// event is the end of that customer's service.
private struct Driver: DiscreteEventModel {
    var station: Station<Int>
    let stream: RandomStream
    let customers: Int
    var arrived = 0

    mutating func handle(_ event: Int, scheduler: inout Scheduler<Int>) {
        let now = scheduler.now
        if event == -1 {
            if let started = station.arrive(arrived, at: now) {
                scheduler.schedule(started, after: stream.exponential(mean: 2.5))
            }
            arrived += 1
            if arrived < customers { scheduler.schedule(-1, after: stream.exponential(mean: 1)) }
        } else if let next = station.finishService(at: now) {
            scheduler.schedule(next, after: stream.exponential(mean: 2.5))
        }
    }
}
