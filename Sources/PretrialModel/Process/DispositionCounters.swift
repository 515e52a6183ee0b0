/// The counters a case's disposition writes: every update goes both to the case's own
/// combination of group, charge class and income quintile and to the block of its pre-trial
/// status at disposition (``DetentionStatus``), so that every counter written when a case ends
/// is split by status without a line of its own (`by_detention_status`).
///
/// Only counters with ``ProcessCounter/isCountedAtDisposition`` may be added (checked in
/// debug builds): a counter also written at other moments would be split only in part. The
/// subscript reads the combination's value and cannot be assigned, so `count[.x] += 1`
/// does not compile: use ``add(_:_:)``.
struct DispositionCounters {
    /// The case's combination's counters.
    let combination: UnsafeMutablePointer<Double>
    /// The counters of the case's status at disposition (or a block no cell reads, for cases
    /// still open when the run stops).
    let status: UnsafeMutablePointer<Double>

    /// The combination's value of `counter`.
    @inline(__always)
    subscript(_ counter: ProcessCounter) -> Double { combination[counter] }

    /// Adds `amount` to `counter` in both blocks.
    @inline(__always)
    func add(_ counter: ProcessCounter, _ amount: Double = 1) {
        assert(counter.isCountedAtDisposition, "\(counter) is not a counter written at disposition")
        combination[counter] += amount
        status[counter] += amount
    }
}

/// The blocks of counters by status at disposition, after the combinations' blocks in
/// ``TotalsStorage``: one per ``DetentionStatus``, then one that no cell reads (where the
/// detention of cases still open at the end is recorded).
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
