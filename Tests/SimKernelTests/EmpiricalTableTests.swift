import SimKernel
import Testing

/// The alias table draws each value with probability weight / total.
@Suite("Empirical tables")
struct EmpiricalTableTests {
    @Test("frequencies match the weights")
    func frequenciesMatchWeights() throws {
        let values: [Double] = [10, 20, 30, 40, 50]
        let weights: [Double] = [5, 0, 1, 3, 1]
        let table = try EmpiricalTable(values: values, weights: weights)
        let stream = RandomStream(seed: 2024)
        let draws = 100_000
        var counts: [Double: Int] = [:]
        for _ in 0..<draws { counts[table.sample(stream), default: 0] += 1 }

        #expect(counts[20] == nil, "a value of weight 0 is never drawn")
        // Pearson's χ² over the four values of positive weight: 3 degrees of freedom, and
        // 16.27 is the 0.999 quantile.
        var chiSquare = 0.0
        for (value, weight) in zip(values, weights) where weight > 0 {
            let expected = Double(draws) * weight / 10
            let observed = Double(counts[value, default: 0])
            chiSquare += (observed - expected) * (observed - expected) / expected
        }
        #expect(chiSquare < 16.27, "counts \(counts)")
    }

    @Test("repeated values add their weights")
    func repeatedValues() throws {
        let distribution = try Distribution.empirical(values: [1, 2, 1], weights: [1, 2, 1])
        #expect(distribution.mean == 1.5)
        #expect(distribution.variance == 0.25)
    }

    @Test("tables are equal when values and weights are")
    func equality() throws {
        let a = try EmpiricalTable(values: [1, 2], weights: [3, 4])
        let b = try EmpiricalTable(values: [1, 2], weights: [3, 4])
        let c = try EmpiricalTable(values: [1, 2], weights: [4, 3])
        #expect(a == b)
        #expect(a != c)
        #expect(
            try Distribution.empirical(values: [1, 2], weights: [3, 4])
                == Distribution.empirical(values: [1, 2], weights: [3, 4]))
    }

    @Test("one table may be shared by streams on several threads")
    func sharedAcrossTasks() async throws {
        let table = try EmpiricalTable(values: [1, 2, 3], weights: [1, 1, 1])
        let sequential = (0..<4).map { task in
            let stream = RandomStream(seed: UInt64(task))
            return (0..<10_000).map { _ in table.sample(stream) }
        }
        let concurrent = await withTaskGroup(of: (Int, [Double]).self) { group in
            for task in 0..<4 {
                group.addTask {
                    let stream = RandomStream(seed: UInt64(task))
                    return (task, (0..<10_000).map { _ in table.sample(stream) })
                }
            }
            var results = [[Double]](repeating: [], count: 4)
            for await (task, values) in group { results[task] = values }
            return results
        }
        #expect(concurrent == sequential)
    }
}
