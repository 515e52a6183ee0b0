import SimKernel
import Testing

/// The time average of a step function worked out by hand.
@Suite("Time-weighted average")
struct TimeWeightedAverageTests {
    /// Level 0 on [0, 1), 2 on [1, 4), 5 on [4, 6), 1 from 6 on.
    private func steps() -> TimeWeightedAverage {
        var average = TimeWeightedAverage()
        average.update(to: 2, at: 1)
        average.add(3, at: 4)
        average.update(to: 1, at: 6)
        return average
    }

    @Test("integral, average and maximum of a step function")
    func stepFunction() {
        let average = steps()
        #expect(average.level == 1)
        #expect(average.maximum == 5)
        #expect(average.start == 0)
        #expect(average.integral(until: 6) == 16)
        // 0·1 + 2·3 + 5·2 + 1·4 = 20 over 10.
        #expect(average.integral(until: 10) == 20)
        #expect(average.average(until: 10) == 2)
        #expect(average.average(until: 8) == 18.0 / 8)
    }

    @Test("restart forgets the past but keeps the level")
    func restart() {
        var average = steps()
        average.restart(at: 6)
        #expect(average.start == 6)
        #expect(average.level == 1)
        #expect(average.maximum == 1)
        #expect(average.average(until: 10) == 1)
        average.update(to: 3, at: 8)
        // 1·2 + 3·2 over 4.
        #expect(average.integral(until: 10) == 8)
        #expect(average.average(until: 10) == 2)
        #expect(average.maximum == 3)
    }

    @Test("restart long after the last change counts the level since the restart")
    func restartAfterQuietSpell() {
        var average = steps()
        average.restart(at: 20)
        average.update(to: 4, at: 22)
        // Level 1 on [20, 22), 4 on [22, 25): 14 over 5.
        #expect(average.integral(until: 25) == 14)
        #expect(average.average(until: 25) == 14.0 / 5)
        #expect(average.maximum == 4)
    }

    @Test("an empty interval has no average")
    func emptyInterval() {
        let average = TimeWeightedAverage(level: 3, at: 2)
        #expect(average.average(until: 2).isNaN)
        #expect(average.integral(until: 2) == 0)
        #expect(average.average(until: 7) == 3)
        #expect(average.integral(until: 7) == 15)
    }

    @Test("several changes at one instant count only the last level")
    func simultaneousChanges() {
        var average = TimeWeightedAverage()
        average.add(1, at: 2)
        average.add(1, at: 2)
        average.add(-1, at: 2)
        #expect(average.level == 1)
        #expect(average.maximum == 2)
        #expect(average.integral(until: 5) == 3)
    }
}
