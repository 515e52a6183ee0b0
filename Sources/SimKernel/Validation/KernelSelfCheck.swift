import CGSL

/// The kernel's check against queueing theory: reference queues simulated by
/// ``ReferenceQueue``, each compared with its exact steady-state value.
///
/// Every row's interval is a Bonferroni-adjusted Student-*t* interval, so that all rows hold
/// together with 95% confidence: a correct kernel fails the check for about one seed in
/// twenty, not for one in three as eight separate 95% intervals would.
public enum KernelSelfCheck {
    /// One compared quantity.
    public struct Row: Sendable, Equatable {
        /// The queue, e.g. "M/M/12 (λ=50, 1/μ=0.2)".
        public var queue: String
        /// The quantity, e.g. "P(wait)".
        public var quantity: String
        /// The simulated mean and its interval.
        public var simulated: Estimate
        /// The exact value (or, for Little's law, λ times the simulated *W*).
        public var expected: Double
        /// Where the expected value comes from.
        public var source: String
        /// Whether the expected value lies in the interval.
        public var passed: Bool { simulated.covers(expected) }
    }

    /// The reference queues: R1's engine micro-benchmark (Erlang C: P(wait) = 0.4494,
    /// *W*q = 0.044939 days) and an M/M/1 queue at utilisation 0.8.
    public static let referenceQueues: [(name: String, queue: ErlangC)] = [
        ("M/M/12 (λ=50/day, mean service 0.2 day)", ErlangC(arrivalRate: 50, meanService: 0.2, servers: 12)),
        ("M/M/1 (λ=0.8, mean service 1)", ErlangC(arrivalRate: 0.8, meanService: 1, servers: 1)),
    ]

    /// The number of rows per queue.
    static let rowsPerQueue = 4

    /// Runs the check.
    /// - Parameters:
    ///   - replications: independent replications per queue (at least 2).
    ///   - customers: customers per replication.
    ///   - seed: the master seed.
    /// - Returns: one row per compared quantity.
    public static func run(replications: Int, customers: Int, seed: UInt64) -> [Row] {
        precondition(replications >= 2, "a confidence interval needs at least two replications")
        let rowCount = referenceQueues.count * rowsPerQueue
        let level = 1 - 0.05 / Double(rowCount)
        var rows: [Row] = []
        for (queueIndex, reference) in referenceQueues.enumerated() {
            let results = (0..<replications).map {
                ReferenceQueue.simulate(
                    reference.queue, customers: customers, seed: seed,
                    replication: queueIndex * 1_000_000 + $0)
            }
            let q = reference.queue
            let littleL = results.map(\.averageNumberInSystem)
            let meanW = Estimate(samples: results.map(\.meanTimeInSystem)).mean
            func row(_ quantity: String, _ samples: [Double], _ expected: Double, _ source: String) -> Row {
                Row(
                    queue: reference.name, quantity: quantity,
                    simulated: Estimate(samples: samples, level: level), expected: expected, source: source)
            }
            rows.append(row("P(wait)", results.map(\.probabilityOfWaiting), q.probabilityOfWaiting, "Erlang C"))
            rows.append(row("mean wait Wq", results.map(\.meanWait), q.meanWait, "Erlang C"))
            rows.append(
                row(
                    "mean number waiting Lq", results.map(\.averageQueueLength), q.meanQueueLength,
                    "Erlang C, Lq = λWq"))
            rows.append(row("Little's law: L vs λW", littleL, q.arrivalRate * meanW, "λ × simulated W"))
        }
        return rows
    }
}
