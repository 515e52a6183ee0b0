/// How random streams are seeded: one independent stream per (master seed, replication,
/// purpose).
///
/// The purpose name is hashed with 64-bit FNV-1a (stable across runs and platforms, unlike
/// Swift's `Hasher`), combined with the master seed and replication number, and mixed with
/// the SplitMix64 finaliser. Changing any of the three gives an unrelated seed, so:
/// - a replication's streams do not depend on which thread runs it or on other replications;
/// - variants of a scenario that use the same master seed see the same draws for the same
///   purpose (common random numbers);
/// - adding a new purpose does not disturb the draws of existing ones.
///
/// GSL's Mersenne Twister uses the low 32 bits of the seed.
public enum StreamSeed {
    /// The seed of the stream for `purpose` in replication `replication` under `master`.
    public static func derive(master: UInt64, replication: Int, purpose: String) -> UInt64 {
        var state = mix(master ^ 0x5851_F42D_4C95_7F2D)
        state = mix(state ^ UInt64(truncatingIfNeeded: replication) &* 0x9E37_79B9_7F4A_7C15)
        return mix(state ^ fnv1a(purpose))
    }

    /// Combines a seed with further integers (a person, a decision, an occurrence) into a
    /// new, unrelated seed.
    @inlinable @inline(__always)
    public static func combine(_ seed: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        mix(mix(seed ^ (a &* 0xBF58_476D_1CE4_E5B9)) ^ (b &* 0x94D0_49BB_1331_11EB))
    }

    /// The SplitMix64 finaliser (Steele, Lea & Flood 2014): a bijection on 64-bit integers
    /// whose outputs for neighbouring inputs are uncorrelated.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
