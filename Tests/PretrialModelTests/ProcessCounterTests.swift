@testable import PretrialModel
import Testing

/// The layout of the counters that the disposition blocks rely on (``DispositionCounters``).
@Suite("Process counters: those written at disposition come first")
struct ProcessCounterTests {
    @Test("every counter written at disposition is among the first dispositionCount, and no other is")
    func dispositionCountersFirst() {
        let written = ProcessCounter.allCases.map(\.isCountedAtDisposition)
        let count = ProcessCounter.dispositionCount
        #expect(!written.prefix(count).contains(false))
        #expect(!written.dropFirst(count).contains(true))
        #expect(ProcessCounter.dispositionCount == 20)
    }

    @Test("raw values are the positions in allCases, so that they index a block")
    func rawValuesArePositions() {
        for (position, counter) in ProcessCounter.allCases.enumerated() { #expect(counter.rawValue == position) }
    }
}
