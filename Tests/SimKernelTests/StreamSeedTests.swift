import SimKernel
import Testing

/// Seeds are a pure, stable function of (master, replication, purpose): pinned values were
/// computed once with an independent Python implementation of FNV-1a and SplitMix64, so a
/// change to the derivation, which would silently change every published result, fails here.
@Suite("Stream seeds")
struct StreamSeedTests {
    @Test("FNV-1a matches the published offset basis and test vectors")
    func fnv1aVectors() {
        #expect(StreamSeed.fnv1a("") == 0xCBF2_9CE4_8422_2325)
        #expect(StreamSeed.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(StreamSeed.fnv1a("arrivals") == 0xB10B_C22C_A203_CC53)
    }

    @Test("mix is the SplitMix64 finaliser")
    func splitMixVectors() {
        // The first two outputs of SplitMix64 seeded with 0 (Steele, Lea & Flood 2014).
        #expect(StreamSeed.mix(0) == 0xE220_A839_7B1D_CDAF)
        #expect(StreamSeed.mix(0x9E37_79B9_7F4A_7C15) == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test(
        "derived seeds are pinned",
        arguments: [
            (UInt64(1), 0, "arrivals", UInt64(0x7327_3736_D75D_A62E)),
            (UInt64(1), 0, "service", UInt64(0xF80F_EA7B_1835_B5B0)),
            (UInt64(42), 7, "arrest", UInt64(0x1DC2_DE50_C173_D10A)),
            (UInt64(0), -1, "", UInt64(0x9EB7_49B2_C0EC_13F2)),
        ])
    func derivedSeedIsPinned(master: UInt64, replication: Int, purpose: String, expected: UInt64) {
        #expect(StreamSeed.derive(master: master, replication: replication, purpose: purpose) == expected)
    }

    @Test("combine is pinned")
    func combineIsPinned() {
        #expect(StreamSeed.combine(123, 4, 5) == 0x78DC_AFFF_D666_8A40)
        #expect(StreamSeed.combine(123, 4) != StreamSeed.combine(123, 4, 1))
        #expect(StreamSeed.combine(123, 4, 5) != StreamSeed.combine(123, 5, 4))
    }

    @Test("seeds differ by replication, purpose and master, in the low 32 bits too")
    func seedsDiffer() {
        let purposes = ["arrivals", "service", "arrest", "bail", "plea", "trial", "", "arrivals2"]
        var seeds: Set<UInt64> = []
        var lowWords: Set<UInt32> = []
        for master: UInt64 in [0, 1, 2, .max] {
            for replication in 0..<50 {
                for purpose in purposes {
                    let seed = StreamSeed.derive(master: master, replication: replication, purpose: purpose)
                    seeds.insert(seed)
                    // GSL's Mersenne Twister keeps only the low 32 bits of the seed.
                    lowWords.insert(UInt32(truncatingIfNeeded: seed))
                }
            }
        }
        let combinations = 4 * 50 * purposes.count
        #expect(seeds.count == combinations)
        // 1 600 values among 2³² collide with probability about 3 in 10 000.
        #expect(lowWords.count == combinations)
    }

    @Test("derivation is stable across calls")
    func derivationIsStable() {
        let first = (0..<100).map { StreamSeed.derive(master: 9, replication: $0, purpose: "service") }
        let second = (0..<100).map { StreamSeed.derive(master: 9, replication: $0, purpose: "service") }
        #expect(first == second)
    }

    @Test("neighbouring replications give uncorrelated seeds")
    func avalanche() {
        // Each output bit flips with probability ½ when the replication changes by one.
        var flipped = 0
        let trials = 2_000
        for replication in 0..<trials {
            let a = StreamSeed.derive(master: 1, replication: replication, purpose: "arrivals")
            let b = StreamSeed.derive(master: 1, replication: replication + 1, purpose: "arrivals")
            flipped += (a ^ b).nonzeroBitCount
        }
        let mean = Double(flipped) / Double(trials)
        // Binomial(64, ½) per pair: mean 32, standard error of the average 4/√2000 ≈ 0.09.
        #expect(abs(mean - 32) < 0.5)
    }
}
