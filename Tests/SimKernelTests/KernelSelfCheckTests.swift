import SimKernel
import Testing

/// The built-in self-check passes with modest sizes and reports what it claims to.
@Suite("Kernel self-check")
struct KernelSelfCheckTests {
    @Test("every row passes for the default seed")
    func passes() {
        let rows = KernelSelfCheck.run(replications: 5, customers: 5_000, seed: 1)
        #expect(rows.count == 8)
        for row in rows {
            #expect(
                row.passed,
                "\(row.queue) \(row.quantity): \(row.simulated.mean) ± \(row.simulated.halfWidth) vs \(row.expected)")
        }
    }

    @Test("rows carry Bonferroni intervals and the exact values")
    func rowContents() {
        let rows = KernelSelfCheck.run(replications: 3, customers: 2_000, seed: 9)
        #expect(rows.allSatisfy { $0.simulated.count == 3 })
        #expect(rows.allSatisfy { abs($0.simulated.level - (1 - 0.05 / 8)) < 1e-15 })
        #expect(rows.allSatisfy { $0.simulated.halfWidth > 0 })
        let benchmark = ErlangC(arrivalRate: 50, meanService: 0.2, servers: 12)
        let byQuantity = Dictionary(grouping: rows.prefix(4), by: \.quantity)
        #expect(byQuantity["P(wait)"]?.first?.expected == benchmark.probabilityOfWaiting)
        #expect(byQuantity["mean wait Wq"]?.first?.expected == benchmark.meanWait)
        #expect(byQuantity["mean number waiting Lq"]?.first?.expected == benchmark.meanQueueLength)
        #expect(rows[4...].allSatisfy { $0.queue.hasPrefix("M/M/1 ") })
        #expect(rows[4].expected == 0.8)
    }

    @Test("the same seed gives the same rows")
    func reproducible() {
        #expect(
            KernelSelfCheck.run(replications: 2, customers: 500, seed: 4)
                == KernelSelfCheck.run(replications: 2, customers: 500, seed: 4))
        #expect(
            KernelSelfCheck.run(replications: 2, customers: 500, seed: 4)
                != KernelSelfCheck.run(replications: 2, customers: 500, seed: 5))
    }

    @Test("a wrong expected value fails its row")
    func detectsAWrongValue() {
        // The check must be able to fail: compare the M/M/12 queue's simulated P(wait)
        // (about 0.45) with the M/M/1 queue's exact value (0.8).
        var row = KernelSelfCheck.run(replications: 5, customers: 5_000, seed: 1)[0]
        #expect(row.passed)
        row.expected = 0.8
        #expect(!row.passed)
    }
}
