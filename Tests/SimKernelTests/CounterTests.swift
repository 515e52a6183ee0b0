import SimKernel
import Testing

@Suite("Counter")
struct CounterTests {
    @Test("increment, add and reset")
    func counting() {
        var counter = Counter()
        #expect(counter.value == 0)
        for _ in 0..<5 { counter.increment() }
        counter.add(10)
        #expect(counter.value == 15)
        counter.add(-3)
        #expect(counter.value == 12)
        counter.reset()
        #expect(counter == Counter())
    }
}
