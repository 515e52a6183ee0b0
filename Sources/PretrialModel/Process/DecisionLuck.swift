import PolicyKit
import SimKernel

/// The randomness handed to a policy at one decision: a GSL stream that is reseeded from
/// (person, purpose, occurrence) only when the policy first draws from it, so policies that
/// draw nothing cost nothing.
final class DecisionLuck: RandomSource {
    private let stream: RandomStream
    private var pendingSeed: UInt64?

    init() {
        stream = RandomStream(seed: 1, algorithm: .splitMix64)
    }

    /// Prepares the luck for one decision.
    func prepare(seed: UInt64) { pendingSeed = seed }

    @inline(__always)
    private func ready() -> RandomStream {
        if let seed = pendingSeed {
            stream.reseed(seed)
            pendingSeed = nil
        }
        return stream
    }

    func uniform() -> Double { ready().uniform() }
    func bernoulli(_ p: Double) -> Bool { ready().bernoulli(p) }
    func normal(mean: Double, sd: Double) -> Double { ready().normal(mean: mean, sd: sd) }
    func lognormal(mu: Double, sigma: Double) -> Double { ready().lognormal(mu: mu, sigma: sigma) }
    func exponential(mean: Double) -> Double { ready().exponential(mean: mean) }
}
