import SimKernel

/// The engine micro-benchmark of benchmark report R1: M/M/c with arrival rate 50 per day,
/// 12 servers and exponential service of mean 0.2 days (utilisation 0.833), 1,000,000
/// customers, on the kernel's `ReferenceQueue`. Erlang C gives Wq = 0.044939 days.
public enum EngineBenchmark {
    /// The queue of R1.
    public static let queue = ErlangC(arrivalRate: 50, meanService: 0.2, servers: 12)
    /// The customers of one run.
    public static let customers = 1_000_000

    /// One run of the benchmark.
    public static func run(seed: UInt64 = 1, replication: Int = 0, customers: Int = customers) -> ReferenceQueue.Result
    {
        ReferenceQueue.simulate(queue, customers: customers, seed: seed, replication: replication)
    }
}
