/// Exact steady-state results for the M/M/c queue (Poisson arrivals, exponential service,
/// `c` servers, first come first served), used to check the kernel.
public struct ErlangC: Sendable, Equatable {
    /// Arrivals per unit time (λ).
    public var arrivalRate: Double
    /// Mean service time (1/μ).
    public var meanService: Double
    /// Number of servers (c).
    public var servers: Int

    /// Creates the queue's parameters.
    public init(arrivalRate: Double, meanService: Double, servers: Int) {
        self.arrivalRate = arrivalRate
        self.meanService = meanService
        self.servers = servers
    }

    /// The offered load *a* = λ/μ, in servers.
    public var offeredLoad: Double { arrivalRate * meanService }

    /// The utilisation ρ = *a*/*c*; the queue is stable only when it is below 1.
    public var utilisation: Double { offeredLoad / Double(servers) }

    /// The probability that an arrival waits (Erlang's C formula), computed through the
    /// numerically stable Erlang B recursion *B*(k) = *a B*(k−1) / (k + *a B*(k−1)).
    public var probabilityOfWaiting: Double {
        let a = offeredLoad
        var blocking = 1.0
        for k in 1...servers { blocking = a * blocking / (Double(k) + a * blocking) }
        return blocking / (1 - utilisation * (1 - blocking))
    }

    /// The mean wait in line, *W*q = *C* / (cμ − λ).
    public var meanWait: Double {
        probabilityOfWaiting / (Double(servers) / meanService - arrivalRate)
    }

    /// The mean number waiting, *L*q = λ *W*q (Little's law).
    public var meanQueueLength: Double { arrivalRate * meanWait }

    /// The mean time in the system, *W* = *W*q + 1/μ.
    public var meanTimeInSystem: Double { meanWait + meanService }

    /// The mean number in the system, *L* = λ *W*.
    public var meanNumberInSystem: Double { arrivalRate * meanTimeInSystem }
}
