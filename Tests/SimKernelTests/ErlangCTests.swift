import SimKernel
import Testing

/// Erlang's C formula against published values and the closed forms for one and two servers.
@Suite("Erlang C")
struct ErlangCTests {
    @Test("the M/M/12 engine benchmark: P(wait) = 0.4494, Wq = 0.044939")
    func engineBenchmark() {
        let queue = ErlangC(arrivalRate: 50, meanService: 0.2, servers: 12)
        #expect(queue.offeredLoad == 10)
        #expect(abs(queue.utilisation - 10.0 / 12) < 1e-15)
        #expect((queue.probabilityOfWaiting * 10_000).rounded() == 4_494)
        #expect((queue.meanWait * 1_000_000).rounded() == 44_939)
        // Wq = C / (cμ − λ) = C / 10.
        #expect(abs(queue.meanWait - queue.probabilityOfWaiting / 10) < 1e-15)
        #expect(abs(queue.meanQueueLength - 50 * queue.meanWait) < 1e-12)
        #expect(abs(queue.meanTimeInSystem - (queue.meanWait + 0.2)) < 1e-15)
        #expect(abs(queue.meanNumberInSystem - 50 * queue.meanTimeInSystem) < 1e-12)
    }

    @Test("M/M/1 closed forms", arguments: [0.1, 0.5, 0.8, 0.95])
    func singleServer(rho: Double) {
        // Service rate 2 so that λ and μ are not both 1.
        let mu = 2.0
        let queue = ErlangC(arrivalRate: rho * mu, meanService: 1 / mu, servers: 1)
        let tolerance = 1e-12
        #expect(abs(queue.utilisation - rho) < tolerance)
        #expect(abs(queue.probabilityOfWaiting - rho) < tolerance)
        #expect(abs(queue.meanWait - rho / (mu - rho * mu)) < tolerance * 100)
        #expect(abs(queue.meanQueueLength - rho * rho / (1 - rho)) < tolerance * 100)
        #expect(abs(queue.meanTimeInSystem - 1 / (mu - rho * mu)) < tolerance * 100)
        #expect(abs(queue.meanNumberInSystem - rho / (1 - rho)) < tolerance * 100)
    }

    @Test("M/M/2 closed form: P(wait) = 2ρ² / (1 + ρ)", arguments: [0.3, 0.75, 0.9])
    func twoServers(rho: Double) {
        let queue = ErlangC(arrivalRate: 2 * rho, meanService: 1, servers: 2)
        let c = 2 * rho * rho / (1 + rho)
        #expect(abs(queue.probabilityOfWaiting - c) < 1e-12)
        // Lq = C ρ / (1 − ρ).
        #expect(abs(queue.meanQueueLength - c * rho / (1 - rho)) < 1e-12)
    }

    @Test("many servers: the recursion stays finite and P(wait) lies in (0, 1)")
    func manyServers() {
        let queue = ErlangC(arrivalRate: 950, meanService: 1, servers: 1_000)
        #expect(queue.probabilityOfWaiting > 0 && queue.probabilityOfWaiting < 1)
        #expect(queue.meanWait.isFinite)
        // More servers at the same load per server wait less (economies of scale).
        let smaller = ErlangC(arrivalRate: 95, meanService: 1, servers: 100)
        #expect(queue.probabilityOfWaiting < smaller.probabilityOfWaiting)
    }
}
