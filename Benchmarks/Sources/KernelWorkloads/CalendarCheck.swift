import SimKernel

/// A differential check of `EventCalendar` against a plain sorted reference: random mixes of
/// scheduling and removal (hold models of several sizes and spreads, bursts of equal
/// times, infinite times, growth and drain, `removeAll`), every removal compared with the
/// reference's, and the calendar's invariants checked along the way; calendars of up to
/// about 20,000 pending events. Returns the number of mismatches.
public enum CalendarCheck {
    struct Reference {
        // Sorted descending by (time, sequence): the next event is the last.
        var items: [(time: Double, sequence: UInt64, id: Int)] = []
        mutating func insert(_ time: Double, _ sequence: UInt64, _ id: Int) {
            var low = 0, high = items.count
            while low < high {
                let middle = (low + high) / 2
                let item = items[middle]
                if item.time > time || (item.time == time && item.sequence > sequence) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            items.insert((time, sequence, id), at: low)
        }
    }

    /// Runs the check; returns the number of mismatches (printed when `verbose`).
    public static func run(verbose: Bool = true) -> Int {
        var mismatches = 0
        var checked = 0
        var random = SplitMix64(seed: 42)
        func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }
        // (pending, mean delay, share of bursts at the current time, share of infinite times, operations)
        let plans: [(Int, Double, Double, Double, Int)] = [
            (10, 1, 0, 0, 20_000), (1_000, 1_000, 0, 0, 50_000), (3_000, 30, 0.05, 0, 60_000),
            (5_000, 1, 0.3, 0.001, 60_000), (20_000, 20_000, 0, 0, 100_000), (2_500, 0.001, 0.5, 0, 40_000),
            (9_000, 5, 0, 0.01, 80_000),
        ]
        for (planIndex, plan) in plans.enumerated() {
            let (pending, mean, burst, infinite, operations) = plan
            var calendar = EventCalendar<Int>()
            var reference = Reference()
            var now = 0.0
            var id = 0
            func add() {
                let u = uniform()
                let time: Double
                if u < infinite {
                    time = .infinity
                } else if u < infinite + burst {
                    time = now
                } else {
                    time = now + random.exponential(mean: mean) * (uniform() < 0.1 ? 50 : 1)
                }
                reference.insert(time, calendar.scheduledCount, id)
                calendar.schedule(id, at: time)
                id += 1
            }
            func remove() {
                let expected = reference.items.popLast()
                let got = calendar.removeNext()
                checked += 1
                if expected?.id != got?.event || expected?.time != got?.time {
                    mismatches += 1
                    if verbose && mismatches <= 10 {
                        print(
                            "calendar mismatch: plan \(planIndex) step \(checked): expected \(String(describing: expected)) got \(String(describing: got))"
                        )
                    }
                }
                if let time = got?.time, time.isFinite { now = time }
            }
            for _ in 0..<pending { add() }
            for step in 0..<operations {
                // Drift the size: grow in the first third, shrink in the last.
                let phase = step * 3 / operations
                let p = phase == 0 ? 0.6 : (phase == 1 ? 0.5 : 0.4)
                if uniform() < p { add() } else { remove() }
                if calendar.count != reference.items.count {
                    mismatches += 1
                    if verbose {
                        print("calendar count \(calendar.count) vs \(reference.items.count) at plan \(planIndex)")
                    }
                    break
                }
                if step % 9_973 == 0 { calendar._checkInvariants() }
            }
            calendar._checkInvariants()
            while !reference.items.isEmpty { remove() }
            if calendar.removeNext() != nil { mismatches += 1 }
            // Reuse after removeAll.
            for _ in 0..<3_000 { add() }
            calendar.removeAll()
            reference.items.removeAll()
            for _ in 0..<100 { add() }
            while !reference.items.isEmpty { remove() }
        }
        if verbose {
            print("calendarcheck: \(checked) removals compared with a sorted reference, \(mismatches) differ")
        }
        return mismatches
    }
}
