import CGSL
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One GSL random number generator, owned by one replication and used for one purpose.
///
/// Deliberately not `Sendable`: a stream is created, used and freed inside the task that
/// runs its replication, so results never depend on thread scheduling.
public final class RandomStream {
    /// The GSL generator algorithms a stream can use.
    public enum Algorithm: Sendable {
        /// Mersenne Twister MT19937 (Matsumoto & Nishimura 1998): the default.
        case mt19937
        /// Tausworthe taus2 (L'Ecuyer 1996): small state, but reseeding runs a warm-up.
        case taus2
        /// SplitMix64 over (seed, counter), plugged into GSL as a generator type: reseeding
        /// costs two stores, for streams reseeded per person and decision. Its outputs for
        /// nearby seeds are unrelated because every output is hashed.
        case splitMix64
    }

    @usableFromInline let generator: UnsafeMutablePointer<gsl_rng>
    /// The state of a SplitMix64 generator (`nil` for the other algorithms). Reseeding and
    /// uniform draws, the two operations per-person luck repeats at every decision, act on it
    /// directly, exactly as `cgsl_splitmix_set` and `gsl_rng_uniform_pos` over
    /// `cgsl_splitmix_get_double` would, without GSL's calls through the generator type's
    /// function pointers. Every other draw goes through GSL.
    @usableFromInline let splitMixState: UnsafeMutablePointer<cgsl_splitmix_state>?

    /// Creates a stream with `seed`.
    /// - Parameters:
    ///   - seed: the seed; see ``StreamSeed`` for how seeds are derived.
    ///   - algorithm: the GSL generator type.
    public init(seed: UInt64, algorithm: Algorithm = .mt19937) {
        _ = gslErrorHandlerDisabled
        let type =
            switch algorithm {
            case .mt19937: cgsl_rng_mt19937()
            case .taus2: cgsl_rng_taus2()
            case .splitMix64: cgsl_rng_splitmix64()
            }
        guard let generator = gsl_rng_alloc(type) else {
            fatalError("out of memory allocating a GSL random number generator")
        }
        self.generator = generator
        splitMixState =
            algorithm == .splitMix64
            ? generator.pointee.state.assumingMemoryBound(to: cgsl_splitmix_state.self) : nil
        gsl_rng_set(generator, UInt(truncatingIfNeeded: seed))
    }

    /// Creates the stream for `purpose` in `replication` under `master`.
    public convenience init(master: UInt64, replication: Int, purpose: String, algorithm: Algorithm = .mt19937) {
        self.init(
            seed: StreamSeed.derive(master: master, replication: replication, purpose: purpose),
            algorithm: algorithm)
    }

    deinit { gsl_rng_free(generator) }

    /// Restarts the stream from `seed`.
    @inlinable
    public func reseed(_ seed: UInt64) {
        if let state = splitMixState {
            state.pointee.seed = UInt(truncatingIfNeeded: seed)
            state.pointee.counter = 0
            return
        }
        gsl_rng_set(generator, UInt(truncatingIfNeeded: seed))
    }

    /// A uniform variate on the open interval (0, 1).
    @inlinable
    public func uniform() -> Double {
        if let state = splitMixState {
            // gsl_rng_uniform_pos: draw again while the variate is exactly 0.
            while true {
                let x = Double(cgsl_splitmix_next(state) &>> 11) * 0x1p-53
                if x != 0 { return x }
            }
        }
        return gsl_rng_uniform_pos(generator)
    }

    /// A uniform integer in `0..<bound`.
    @inlinable
    public func integer(below bound: Int) -> Int {
        Int(gsl_rng_uniform_int(generator, UInt(bound)))
    }

    /// A raw 64-bit value built from two generator outputs, for deriving further seeds.
    @inlinable
    public func seedValue() -> UInt64 {
        if let state = splitMixState {
            // gsl_rng_get of the SplitMix64 type: the top 32 bits of the next output.
            let high = UInt64(cgsl_splitmix_next(state) &>> 32)
            return (high << 32) ^ UInt64(cgsl_splitmix_next(state) &>> 32)
        }
        return (UInt64(gsl_rng_get(generator)) << 32) ^ UInt64(gsl_rng_get(generator))
    }

    /// True with probability `p`.
    @inlinable
    public func bernoulli(_ p: Double) -> Bool { gsl_ran_bernoulli(generator, p) == 1 }

    /// An exponential variate with the given mean.
    @inlinable
    public func exponential(mean: Double) -> Double {
        if let state = splitMixState { return Self.exponential(state, mean: mean) }
        return gsl_ran_exponential(generator, mean)
    }

    /// `gsl_ran_exponential` on a SplitMix64 state: the inverse CDF at u from
    /// `gsl_rng_uniform` (which may be 0), as −mean · log(1 − u) where GSL writes
    /// −mean · log1p(−u). The two agree to two ulps (tested): u is a multiple of 2⁻⁵³, so 1 − u
    /// is exact, and libm's `log` and `log1p` are each within an ulp of the true value; `log` costs half
    /// as many instructions (R1 draws three exponentials per arrest).
    @inlinable @inline(__always)
    static func exponential(_ state: UnsafeMutablePointer<cgsl_splitmix_state>, mean: Double) -> Double {
        let u = Double(cgsl_splitmix_next(state) &>> 11) * 0x1p-53
        return -mean * log(1 - u)
    }

    /// A gamma variate.
    @inlinable
    public func gamma(shape: Double, scale: Double) -> Double { gsl_ran_gamma(generator, shape, scale) }

    /// A lognormal variate: `exp(N(mu, sigma²))`, with the normal from GSL's ziggurat
    /// (`gsl_ran_gaussian_ziggurat`), as ``Distribution`` draws its lognormals.
    @inlinable
    public func lognormal(mu: Double, sigma: Double) -> Double {
        Distribution.lognormal(generator, mu: mu, sigma: sigma)
    }

    /// A normal variate.
    @inlinable
    public func normal(mean: Double, sd: Double) -> Double { mean + gsl_ran_gaussian_ziggurat(generator, sd) }

    /// A Poisson variate with the given mean (`gsl_ran_poisson`); 0 for a mean of 0.
    public func poisson(mean: Double) -> Int {
        mean > 0 ? Int(gsl_ran_poisson(generator, mean)) : 0
    }

    /// The number of successes in `trials` independent trials of probability `p`
    /// (`gsl_ran_binomial`, `trials` up to 2³² − 1).
    public func binomial(p: Double, trials: Int) -> Int {
        trials > 0 ? Int(gsl_ran_binomial(generator, p, UInt32(clamping: trials))) : 0
    }
}
