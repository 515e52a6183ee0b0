import SimKernel
import Testing

/// The reference M/M/c model conserves customers and satisfies Little's law exactly on every
/// run, and agrees with Erlang C on average.
@Suite("Reference queue")
struct ReferenceQueueTests {
    static let queues = [
        ErlangC(arrivalRate: 50, meanService: 0.2, servers: 12),
        ErlangC(arrivalRate: 0.8, meanService: 1, servers: 1),
        ErlangC(arrivalRate: 3, meanService: 1, servers: 4),
    ]

    @Test("every customer arrives, is served and leaves", arguments: queues)
    func conservation(queue: ErlangC) {
        let result = ReferenceQueue.simulate(queue, customers: 5_000, seed: 3, replication: 0)
        #expect(result.customers == 5_000)
        #expect(result.events == 10_000)
        #expect(result.probabilityOfWaiting >= 0 && result.probabilityOfWaiting <= 1)
        #expect(result.meanTimeInSystem > result.meanWait)
        #expect(result.endTime > 0)
    }

    @Test("Little's law holds exactly over a run that starts and ends empty", arguments: queues)
    func littlesLaw(queue: ErlangC) {
        // Over [0, end], the area under the number in system is the sum of the customers'
        // times in system, so L = (N / end) · W up to rounding; likewise for the line.
        let result = ReferenceQueue.simulate(queue, customers: 5_000, seed: 4, replication: 2)
        let throughput = Double(result.customers) / result.endTime
        let littleL = throughput * result.meanTimeInSystem
        #expect(abs(result.averageNumberInSystem - littleL) <= 1e-9 * littleL)
        let littleLq = throughput * result.meanWait
        #expect(abs(result.averageQueueLength - littleLq) <= 1e-9 * max(littleLq, 1e-12))
    }

    @Test("the observed arrival rate is near λ")
    func arrivalRate() {
        let queue = ErlangC(arrivalRate: 50, meanService: 0.2, servers: 12)
        let result = ReferenceQueue.simulate(queue, customers: 40_000, seed: 8, replication: 0)
        // Poisson count over a fixed span: relative standard error 1/√40 000 = 0.5%.
        #expect(abs(result.observedArrivalRate - 50) < 5 * 0.005 * 50)
    }

    @Test("replications are reproducible and distinct")
    func replications() {
        let queue = ErlangC(arrivalRate: 0.8, meanService: 1, servers: 1)
        let a = ReferenceQueue.simulate(queue, customers: 1_000, seed: 1, replication: 0)
        #expect(ReferenceQueue.simulate(queue, customers: 1_000, seed: 1, replication: 0) == a)
        #expect(ReferenceQueue.simulate(queue, customers: 1_000, seed: 1, replication: 1) != a)
        #expect(ReferenceQueue.simulate(queue, customers: 1_000, seed: 2, replication: 0) != a)
    }

    @Test("the mean wait over replications agrees with Erlang C")
    func agreesWithErlangC() {
        let queue = ErlangC(arrivalRate: 3, meanService: 1, servers: 4)
        let results = (0..<10).map {
            ReferenceQueue.simulate(queue, customers: 10_000, seed: 6, replication: $0)
        }
        let waits = results.map(\.meanWait)
        let probabilities = results.map(\.probabilityOfWaiting)
        // 99.9% intervals; each replication starts empty, a bias far smaller than the noise
        // at this load.
        #expect(Estimate(samples: waits, level: 0.999).covers(queue.meanWait))
        #expect(Estimate(samples: probabilities, level: 0.999).covers(queue.probabilityOfWaiting))
    }
}
