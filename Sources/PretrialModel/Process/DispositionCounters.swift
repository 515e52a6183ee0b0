/// The counters a case's disposition writes: the block of the case's own combination of
/// group, charge class and income quintile *and* of its pre-trial status at disposition
/// (``DetentionStatus``). Each update is written once; ``PretrialProcess/metrics(endTime:events:)``
/// sums a combination's status blocks into the combination, and each status's blocks over the
/// combinations into the status cell, so that every counter written when a case ends is split
/// by status without a line of its own (`by_detention_status`).
///
/// Only counters with ``ProcessCounter/isCountedAtDisposition`` may be added (checked in
/// debug builds): a counter also written at other moments would be split only in part.
/// There is no subscript to read: a combination's value is the sum of its blocks, known only
/// at the end.
struct DispositionCounters {
    /// The counters of the case's combination and status at disposition: the first
    /// ``ProcessCounter/dispositionCount`` counters only, a few cache lines.
    let block: UnsafeMutablePointer<Double>

    /// Adds `amount` to `counter` (one of the first ``ProcessCounter/dispositionCount``
    /// counters, so its raw value indexes the block).
    @inline(__always)
    func add(_ counter: ProcessCounter, _ amount: Double = 1) {
        assert(counter.isCountedAtDisposition, "\(counter) is not a counter written at disposition")
        block[counter] += amount
    }
}

/// The blocks of counters by status at disposition that each combination has in
/// ``TotalsStorage``, after the combinations' own blocks: one per ``DetentionStatus``, then one
/// for cases still open when the run stops (which no status cell reads).
enum StatusBlock {
    /// The block of `status`.
    @inline(__always)
    static func index(_ status: DetentionStatus) -> Int {
        switch status {
        case .detained: 0
        case .released: 1
        }
    }

    /// The block no cell reads.
    static let openAtEnd = DetentionStatus.allCases.count

    /// Blocks in all.
    static let count = DetentionStatus.allCases.count + 1
}
