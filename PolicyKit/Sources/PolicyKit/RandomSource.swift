/// The randomness a policy may use at a decision (judge discretion, a coin flip).
///
/// The model implements it with a GSL stream reseeded for each person and decision, so the
/// same person meets every policy variant with the same luck (common random numbers). A
/// policy must draw only from the source it is handed, never from a generator of its own.
public protocol RandomSource: AnyObject {
    /// A uniform variate on (0, 1).
    func uniform() -> Double
    /// True with probability `p`.
    func bernoulli(_ p: Double) -> Bool
    /// A normal variate.
    func normal(mean: Double, sd: Double) -> Double
    /// A lognormal variate, `exp(N(mu, sigma²))`.
    func lognormal(mu: Double, sigma: Double) -> Double
    /// An exponential variate with the given mean.
    func exponential(mean: Double) -> Double
}
