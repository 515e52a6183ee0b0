import SimKernel
import Testing

/// The calendar pops events in order of time, then of scheduling, and keeps its heap valid.
@Suite("Event calendar")
struct EventCalendarTests {
    @Test("an empty calendar has nothing to give")
    func empty() {
        var calendar = EventCalendar<Int>()
        #expect(calendar.isEmpty)
        #expect(calendar.count == 0)
        #expect(calendar.nextTime == nil)
        #expect(calendar.removeNext() == nil)
        #expect(calendar.scheduledCount == 0)
    }

    @Test("events come out by time, then in the order they were scheduled")
    func orderByTimeThenSequence() {
        var calendar = EventCalendar<String>()
        calendar.schedule("c1", at: 3)
        calendar.schedule("a1", at: 1)
        calendar.schedule("c2", at: 3)
        calendar.schedule("b", at: 2)
        calendar.schedule("a2", at: 1)
        calendar.schedule("c3", at: 3)
        calendar.schedule("zero", at: 0)
        calendar.schedule("a3", at: 1)
        calendar._checkInvariants()
        #expect(calendar.count == 8)
        #expect(calendar.nextTime == 0)

        var popped: [String] = []
        var times: [Double] = []
        while let next = calendar.removeNext() {
            popped.append(next.event)
            times.append(next.time)
            calendar._checkInvariants()
        }
        #expect(popped == ["zero", "a1", "a2", "a3", "b", "c1", "c2", "c3"])
        #expect(times == [0, 1, 1, 1, 2, 3, 3, 3])
        #expect(calendar.scheduledCount == 8)
    }

    @Test("many events at one time keep their scheduling order")
    func manyTies() {
        var calendar = EventCalendar<Int>()
        for i in 0..<1_000 { calendar.schedule(i, at: 5) }
        calendar._checkInvariants()
        var popped: [Int] = []
        while let next = calendar.removeNext() { popped.append(next.event) }
        #expect(popped == Array(0..<1_000))
    }

    @Test("random schedules and removals pop in sorted order", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomOperationsMatchSortedReference(seed: UInt64) {
        // The reference keeps (time, sequence, event) and removes its minimum by linear search.
        let stream = RandomStream(seed: seed)
        var calendar = EventCalendar<Int>()
        var reference: [(time: Double, sequence: Int, event: Int)] = []
        var sequence = 0
        for step in 0..<4_000 {
            // Schedule more than remove early on so the heap grows deep; integer times make
            // ties frequent.
            let schedule = reference.isEmpty || stream.uniform() < (step < 2_000 ? 0.65 : 0.4)
            if schedule {
                let time = Double(stream.integer(below: 50))
                calendar.schedule(step, at: time)
                reference.append((time, sequence, step))
                sequence += 1
            } else {
                let index = reference.indices.min {
                    (reference[$0].time, reference[$0].sequence) < (reference[$1].time, reference[$1].sequence)
                }!
                let expected = reference.remove(at: index)
                let actual = calendar.removeNext()
                #expect(actual?.time == expected.time)
                #expect(actual?.event == expected.event)
            }
            #expect(calendar.count == reference.count)
            if step % 10 == 0 { #expect(calendar.nextTime == reference.map(\.time).min()) }
            if step % 50 == 0 { calendar._checkInvariants() }
        }
        calendar._checkInvariants()
        var previous = (time: -Double.infinity, event: -1)
        while let next = calendar.removeNext() {
            // Events are numbered by the step that scheduled them, so equal times pop in
            // increasing event number.
            #expect(next.time > previous.time || (next.time == previous.time && next.event > previous.event))
            previous = (next.time, next.event)
        }
        #expect(calendar.scheduledCount == UInt64(sequence))
    }

    @Test("removeAll empties the calendar but keeps counting schedules")
    func removeAll() {
        var calendar = EventCalendar<Int>(reservingCapacity: 16)
        for i in 0..<10 { calendar.schedule(i, at: Double(10 - i)) }
        calendar.removeAll()
        #expect(calendar.isEmpty)
        #expect(calendar.nextTime == nil)
        calendar.schedule(99, at: 1)
        calendar.schedule(98, at: 1)
        #expect(calendar.removeNext()?.event == 99)
        #expect(calendar.scheduledCount == 12)
    }
}
