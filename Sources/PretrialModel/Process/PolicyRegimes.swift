import PolicyKit

/// Every combination of the policies a timeline puts in force, built once per replication,
/// and which one a case meets on a day (``ModelConfiguration/policyChanges``).
///
/// Each decision point with a timeline is a *track*: its day-0 policy, then its changes in
/// order of day. A combination is one entry of each track; the sets of all combinations are
/// made in `init`, so that a decision on the timeline path looks up a set instead of building
/// one. The entry of a track on a day is the last whose day has come; while that entry phases
/// in, a case is under it only if its draw is below the share on that day, and otherwise under
/// the entry before (which has finished phasing in: a phase-in never outlasts the gap to the
/// next change, as the scenario decoder checks).
struct PolicyRegimes {
    /// One decision point's timeline.
    struct Track {
        /// The days each entry comes into force: 0, then each change's.
        let days: [Double]
        /// Each entry's change (nil for the day-0 entry).
        let changes: [PolicyChange?]
        /// The combination index's step for this track (mixed radix over the tracks).
        let stride: Int
    }

    let tracks: [Track]
    /// The policy set of each combination, at ``index(on:draw:)``.
    let sets: [PolicySet]

    /// The combinations of `base` (the day-0 policies) and `changes`.
    init(base: PolicySet, changes: [PolicyChange]) {
        let points = DecisionPoint.allCases.filter { point in changes.contains { $0.decisionPoint == point } }
        var tracks: [(point: DecisionPoint, track: Track)] = []
        var stride = 1
        for point in points {
            let ordered = changes.filter { $0.decisionPoint == point }.sorted { $0.fromDay < $1.fromDay }
            tracks.append(
                (point, Track(days: [0] + ordered.map(\.fromDay), changes: [nil] + ordered, stride: stride)))
            stride *= ordered.count + 1
        }
        var sets: [PolicySet] = []
        sets.reserveCapacity(stride)
        for combination in 0..<stride {
            var set = base
            for (_, track) in tracks {
                let entry = combination / track.stride % track.days.count
                if let change = track.changes[entry] {
                    set =
                        change.instance.map { set.replacing(with: $0, module: change.module) }
                        ?? set.removing(change.decisionPoint)
                }
            }
            sets.append(set)
        }
        self.tracks = tracks.map(\.track)
        self.sets = sets
    }

    /// Whether any policy set may use a risk instrument, bail review, custody time limit or
    /// queue priority: the process's flags for those stages must be on if any is.
    func any(_ property: (PolicySet) -> Bool) -> Bool { sets.contains(where: property) }

    /// The combination a case meets on `day`; `draw` gives the case's uniform draw for the
    /// phase-in, called at most once and only while some change is phasing in.
    func index(on day: Double, draw: () -> Double) -> Int {
        var index = 0
        var uniform = Double.nan
        for track in tracks {
            var entry = 0
            while entry + 1 < track.days.count, track.days[entry + 1] <= day { entry += 1 }
            if let change = track.changes[entry], change.share(on: day) < 1 {
                if uniform.isNaN { uniform = draw() }
                if uniform >= change.share(on: day) { entry -= 1 }
            }
            index += entry * track.stride
        }
        return index
    }
}
