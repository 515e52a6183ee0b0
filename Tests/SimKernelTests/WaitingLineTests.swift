import SimKernel
import Testing

/// The waiting line serves first come first served, or by priority with FIFO among equals.
@Suite("Waiting line")
struct WaitingLineTests {
    @Test("FIFO serves in arrival order and ignores priorities")
    func fifo() {
        var line = WaitingLine<String>(discipline: .fifo)
        #expect(line.isEmpty)
        #expect(line.dequeue() == nil)
        line.enqueue("a", priority: 5, arrival: 1)
        line.enqueue("b", priority: 1, arrival: 2)
        line.enqueue("c", priority: 3, arrival: 2.5)
        #expect(line.count == 3)
        #expect(line.dequeue()! == ("a", 1))
        line.enqueue("d", priority: 0, arrival: 4)
        #expect(line.dequeue()! == ("b", 2))
        #expect(line.dequeue()! == ("c", 2.5))
        #expect(line.dequeue()! == ("d", 4))
        #expect(line.isEmpty)
        #expect(line.dequeue() == nil)
    }

    @Test("priority serves the lowest value first, FIFO among equals")
    func priority() {
        var line = WaitingLine<String>(discipline: .priority)
        line.enqueue("low-1", priority: 2, arrival: 0)
        line.enqueue("high-1", priority: 1, arrival: 1)
        line.enqueue("low-2", priority: 2, arrival: 2)
        line.enqueue("urgent", priority: -1, arrival: 3)
        line.enqueue("high-2", priority: 1, arrival: 4)
        line.enqueue("low-3", priority: 2, arrival: 5)
        #expect(line.count == 6)
        var served: [String] = []
        var arrivals: [Double] = []
        while let next = line.dequeue() {
            served.append(next.customer)
            arrivals.append(next.arrival)
        }
        #expect(served == ["urgent", "high-1", "high-2", "low-1", "low-2", "low-3"])
        #expect(arrivals == [3, 1, 4, 0, 2, 5])
    }

    @Test("random priority traffic matches a stable sort", arguments: [1, 2, 3] as [UInt64])
    func priorityMatchesStableSort(seed: UInt64) {
        let stream = RandomStream(seed: seed)
        var line = WaitingLine<Int>(discipline: .priority)
        var reference: [(priority: Double, customer: Int)] = []
        for customer in 0..<3_000 {
            if reference.isEmpty || stream.uniform() < 0.6 {
                let priority = Double(stream.integer(below: 5))
                line.enqueue(customer, priority: priority, arrival: Double(customer))
                reference.append((priority, customer))
            } else {
                // The first customer of the lowest priority: the earliest among equals.
                let index = reference.indices.min { reference[$0].priority < reference[$1].priority }!
                let expected = reference.remove(at: index)
                let served = line.dequeue()
                #expect(served?.customer == expected.customer)
                #expect(served?.arrival == Double(expected.customer))
            }
            #expect(line.count == reference.count)
        }
        let rest = reference.enumerated().sorted {
            ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset)
        }.map(\.element.customer)
        var drained: [Int] = []
        while let next = line.dequeue() { drained.append(next.customer) }
        #expect(drained == rest)
    }

    @Test("a long FIFO line keeps its order through wrap-around")
    func fifoWrapAround() {
        var line = WaitingLine<Int>(discipline: .fifo)
        var expected = 0
        for customer in 0..<10_000 {
            line.enqueue(customer, arrival: Double(customer))
            if customer % 3 != 0 {
                #expect(line.dequeue()?.customer == expected)
                expected += 1
            }
        }
        while let next = line.dequeue() {
            #expect(next.customer == expected)
            expected += 1
        }
        #expect(expected == 10_000)
    }
}
