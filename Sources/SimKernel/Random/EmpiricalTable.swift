import CGSL

/// The values and weights of an empirical distribution, with GSL's lookup table
/// (Walker's alias method) for O(1) sampling.
///
/// Immutable after creation; GSL only reads the table when sampling, so one table may be
/// shared by replications on different threads.
public final class EmpiricalTable: @unchecked Sendable, Equatable {
    /// The possible values.
    public let values: [Double]
    /// Their weights, in the same order; they need not sum to 1.
    public let weights: [Double]
    let table: OpaquePointer

    /// Creates a table.
    /// - Throws: ``DistributionError`` when the lists are empty or differ in length, a weight
    ///   is negative or not finite, or the weights do not sum to a positive number.
    public init(values: [Double], weights: [Double]) throws(DistributionError) {
        func fail(_ parameter: String, _ value: String, _ requirement: String) -> DistributionError {
            DistributionError(distribution: "empirical", parameter: parameter, value: value, requirement: requirement)
        }
        guard !values.isEmpty else { throw fail("values", "an empty list", "hold at least one value") }
        guard values.count == weights.count else {
            throw fail("weights", "\(weights.count) numbers", "give one weight for each of the \(values.count) values")
        }
        if let bad = values.first(where: { !$0.isFinite }) {
            throw fail("values", "\(bad)", "be finite numbers")
        }
        if let bad = weights.first(where: { !($0 >= 0) || !$0.isFinite }) {
            throw fail("weights", "\(bad)", "be finite numbers of at least 0")
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { throw fail("weights", "summing to \(total)", "sum to a positive number") }
        _ = gslErrorHandlerDisabled
        guard let table = weights.withUnsafeBufferPointer({ gsl_ran_discrete_preproc($0.count, $0.baseAddress) }) else {
            throw fail("weights", "rejected by GSL", "be valid probabilities")
        }
        self.values = values
        self.weights = weights
        self.table = OpaquePointer(table)
    }

    deinit { gsl_ran_discrete_free(UnsafeMutablePointer(table)) }

    /// Draws one value.
    @inlinable
    public func sample(_ stream: RandomStream) -> Double {
        values[draw(stream)]
    }

    @usableFromInline
    func draw(_ stream: RandomStream) -> Int {
        Int(gsl_ran_discrete(stream.generator, UnsafePointer(UnsafeMutablePointer<gsl_ran_discrete_t>(table))))
    }

    /// Tables are equal when their values and weights are.
    public static func == (lhs: EmpiricalTable, rhs: EmpiricalTable) -> Bool {
        lhs.values == rhs.values && lhs.weights == rhs.weights
    }
}
