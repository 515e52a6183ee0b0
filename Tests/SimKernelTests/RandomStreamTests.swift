import SimKernel
import Testing

/// A stream is GSL's generator, seeded exactly as asked: same seed, same numbers.
@Suite("Random streams")
struct RandomStreamTests {
    @Test("GSL's Mersenne Twister gives its documented first value")
    func documentedFirstValue() {
        // The GSL manual's example: mt19937 with seed 0 (its default, 4357) first gives
        // 4293858116. seedValue() puts the first output in the high word.
        let stream = RandomStream(seed: 0)
        #expect(stream.seedValue() >> 32 == 4_293_858_116)
    }

    @Test("the same seed gives the same sequence", arguments: [RandomStream.Algorithm.mt19937, .taus2, .splitMix64])
    func sameSeedSameSequence(algorithm: RandomStream.Algorithm) {
        let (a, b) = (
            RandomStream(seed: 12_345, algorithm: algorithm), RandomStream(seed: 12_345, algorithm: algorithm)
        )
        #expect((0..<1_000).map { _ in a.uniform() } == (0..<1_000).map { _ in b.uniform() })
    }

    @Test("different seeds and algorithms give different sequences")
    func differentSeedsDiffer() {
        let draws = { (stream: RandomStream) in (0..<100).map { _ in stream.uniform() } }
        #expect(draws(RandomStream(seed: 1)) != draws(RandomStream(seed: 2)))
        #expect(draws(RandomStream(seed: 1)) != draws(RandomStream(seed: 1, algorithm: .taus2)))
        #expect(draws(RandomStream(seed: 1)) != draws(RandomStream(seed: 1, algorithm: .splitMix64)))
        #expect(
            draws(RandomStream(seed: 1, algorithm: .splitMix64)) != draws(RandomStream(seed: 2, algorithm: .splitMix64))
        )
        #expect(
            draws(RandomStream(master: 1, replication: 0, purpose: "arrivals"))
                != draws(RandomStream(master: 1, replication: 1, purpose: "arrivals")))
        #expect(
            draws(RandomStream(master: 1, replication: 0, purpose: "arrivals"))
                != draws(RandomStream(master: 1, replication: 0, purpose: "service")))
    }

    @Test("a named stream is the stream of its derived seed")
    func namedStreamUsesDerivedSeed() {
        let named = RandomStream(master: 5, replication: 3, purpose: "bail")
        let explicit = RandomStream(seed: StreamSeed.derive(master: 5, replication: 3, purpose: "bail"))
        #expect((0..<50).map { _ in named.uniform() } == (0..<50).map { _ in explicit.uniform() })
    }

    @Test("reseeding restarts the sequence", arguments: [RandomStream.Algorithm.mt19937, .taus2, .splitMix64])
    func reseedRestarts(algorithm: RandomStream.Algorithm) {
        let stream = RandomStream(seed: 77, algorithm: algorithm)
        let first = (0..<20).map { _ in stream.uniform() }
        stream.reseed(77)
        #expect((0..<20).map { _ in stream.uniform() } == first)
    }

    @Test(
        "uniform lies in (0, 1) with mean ½ and variance 1/12",
        arguments: [RandomStream.Algorithm.mt19937, .taus2, .splitMix64])
    func uniformRange(algorithm: RandomStream.Algorithm) {
        let stream = RandomStream(seed: 31, algorithm: algorithm)
        let values = (0..<200_000).map { _ in stream.uniform() }
        #expect(values.allSatisfy { $0 > 0 && $0 < 1 })
        let moments = SampleMoments(values)
        #expect(abs(moments.mean - 0.5) <= 5 * moments.standardErrorOfMean(variance: 1.0 / 12))
        #expect(abs(moments.variance - 1.0 / 12) <= 5 * moments.standardErrorOfVariance)
    }

    @Test("integer(below:) covers 0..<bound evenly", arguments: [RandomStream.Algorithm.mt19937, .taus2, .splitMix64])
    func integerBelow(algorithm: RandomStream.Algorithm) {
        let stream = RandomStream(seed: 8, algorithm: algorithm)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[stream.integer(below: 7)] += 1 }
        // Pearson's χ² with 6 degrees of freedom; 22.46 is its 0.999 quantile.
        let chiSquare = counts.reduce(0.0) { $0 + Double(($1 - 10_000) * ($1 - 10_000)) / 10_000 }
        #expect(chiSquare < 22.46, "counts \(counts)")
    }

    @Test("the convenience samplers match their distributions")
    func convenienceSamplersMatchDistributions() throws {
        let pairs: [(Distribution, (RandomStream) -> Double)] = [
            (try .exponential(mean: 3), { $0.exponential(mean: 3) }),
            (try .gamma(shape: 2, scale: 0.5), { $0.gamma(shape: 2, scale: 0.5) }),
            (try .lognormal(mu: 0.2, sigma: 0.3), { $0.lognormal(mu: 0.2, sigma: 0.3) }),
            (try .normal(mean: 4, sd: 2), { $0.normal(mean: 4, sd: 2) }),
            (try .bernoulli(p: 0.25), { $0.bernoulli(0.25) ? 1 : 0 }),
        ]
        for (distribution, draw) in pairs {
            // Same seed, same GSL call: the same numbers.
            let (a, b) = (RandomStream(seed: 4), RandomStream(seed: 4))
            #expect((0..<200).map { _ in distribution.sample(a) } == (0..<200).map { _ in draw(b) })
        }
    }

    @Test("SplitMix64 outputs are the SplitMix64 sequence of the seed")
    func splitMixSequence() {
        // Output k of seed s is the SplitMix64 finaliser of s + k·γ, that is
        // StreamSeed.mix(s + (k − 1)·γ); uniforms take its top 53 bits, raw values its top 32.
        let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15
        for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF_CAFE_F00D] {
            let stream = RandomStream(seed: seed, algorithm: .splitMix64)
            for k: UInt64 in 0..<5 {
                let expected = Double(StreamSeed.mix(seed &+ k &* gamma) >> 11) * 0x1p-53
                #expect(stream.uniform() == expected)
            }
            stream.reseed(seed)
            let expectedRaw = (StreamSeed.mix(seed) >> 32) << 32 ^ (StreamSeed.mix(seed &+ gamma) >> 32)
            #expect(stream.seedValue() == expectedRaw)
        }
    }

    @Test("SplitMix64 streams of neighbouring seeds are uncorrelated")
    func splitMixNeighbouringSeeds() {
        // The model reseeds per person with consecutive seeds; the first draws of seed n and
        // seed n + 1 must not move together.
        let count = 20_000
        let first = (0..<count).map { RandomStream(seed: UInt64($0), algorithm: .splitMix64).uniform() }
        let next = (0..<count).map { RandomStream(seed: UInt64($0 + 1), algorithm: .splitMix64).uniform() }
        let correlation = zip(first, next).reduce(0.0) { $0 + ($1.0 - 0.5) * ($1.1 - 0.5) } / Double(count) * 12
        // Under independence the correlation has standard error 1/√20 000 ≈ 0.007.
        #expect(abs(correlation) < 5 * 0.007)
    }

    @Test("GSL samplers driven by SplitMix64 have the right moments", arguments: DistributionCase.all)
    func splitMixDrivesSamplers(_ distributionCase: DistributionCase) throws {
        let distribution = try distributionCase.build()
        let stream = RandomStream(seed: 6, algorithm: .splitMix64)
        let sample = SampleMoments((0..<50_000).map { _ in distribution.sample(stream) })
        guard distribution.variance > 0 else { return }
        #expect(abs(sample.mean - distribution.mean) <= 5 * sample.standardErrorOfMean(variance: distribution.variance))
        #expect(abs(sample.variance - distribution.variance) <= 5 * sample.standardErrorOfVariance)
    }
}
