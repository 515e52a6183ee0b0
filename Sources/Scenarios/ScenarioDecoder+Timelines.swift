import PolicyKit
import PretrialModel

/// Policy timelines: a decision point's policy given as a list of entries, each in force from
/// a day of the run, `[{from_day: 0, module: …}, {from_day: 365, module: …, phase_in_days: 90}]`
/// (scenarios/FORMAT.md, "Policy timelines").
///
/// The first entry is the day-0 policy (the one ``PolicySet`` holds); each later entry is a
/// ``PolicyChange``. Every mistake in the list is reported at its entry with the fix: a first
/// entry not from day 0, days out of order or repeated, a phase-in longer than the gap to the
/// next entry (the two would overlap), an unknown module, and (``checkChangeDays(_:maximumDays:)``)
/// a day at or beyond the end of the run.
extension ScenarioDecoder {
    /// A decoded timeline.
    struct Timeline {
        /// The day-0 policy and its module (nil: none at an optional point).
        var first: (PolicyInstance, String)?
        /// The later entries.
        var changes: [PolicyChange]
        /// The `from_day` node of each change.
        var days: [NodeReader]
    }

    /// The keys of a timeline entry besides `module` and `parameters`.
    static let timelineKeys = ["from_day", "phase_in_days"]

    /// Decision points whose policy cannot change during a run: the bail fund's budget is one
    /// state for the whole run.
    static let fixedPoints: Set<DecisionPoint> = [.bailFund]

    /// Reads the timeline at `point`; nil after reporting its mistakes (or when the population
    /// is not valid, so the policies could not be built).
    func timeline(_ point: DecisionPoint, _ node: NodeReader, population: PopulationInfo?) -> Timeline? {
        let key = point.rawValue
        guard !Self.fixedPoints.contains(point) else {
            node.error(
                "the \(key) policy cannot change during a run (its state lasts the whole run)",
                fix: "give one \(key) policy, '\(key): {module: …}', instead of a list")
            return nil
        }
        guard let items = node.list(), !items.isEmpty else {
            node.error(
                "a policy timeline needs at least one entry",
                fix: "write '\(key): [{from_day: 0, module: …}]', or give one policy without a list")
            return nil
        }
        var complete = true
        var entries: [(day: Double, phaseIn: Double, outcome: PolicyOutcome, dayReader: NodeReader, item: NodeReader)] =
            []
        for item in items {
            guard let pairs = item.node.entries else {
                item.typeError(
                    expected: "a mapping", fix: "write each entry as {from_day: …, module: …, parameters: {...}}")
                complete = false
                continue
            }
            // Unknown keys are reported once, by `entry`, which reads the same mapping.
            let fields = MappingReader(
                reader: item, entries: pairs.filter { Self.timelineKeys.contains($0.key) || $0.key == "module" },
                misspelt: [])
            let dayReader = fields.required("from_day")
            let day = dayReader?.number(.between(0, 1_000_000, "days"))
            let phaseIn = fields.number("phase_in_days", .between(0, 1_000_000, "days"), default: 0)
            let outcome: PolicyOutcome
            if let module = fields.optional("module"), module.isNull {
                outcome = offEntry(point, at: module)
            } else {
                outcome = entry(point, item, extraKeys: Self.timelineKeys, population: population)
            }
            guard let day, let phaseIn, let dayReader else {
                complete = false
                continue
            }
            entries.append((day, phaseIn, outcome, dayReader, item))
        }
        guard complete, checkOrder(of: entries.map { ($0.day, $0.phaseIn, $0.dayReader, $0.item) }, key: key) else {
            return nil
        }
        var first: (PolicyInstance, String)?
        var changes: [PolicyChange] = []
        for (index, entry) in entries.enumerated() {
            let instance: PolicyInstance?
            let module: String?
            switch entry.outcome {
            case .failed, .unbuilt: return nil
            case .none: (instance, module) = (nil, nil)
            case .built(let built, let name): (instance, module) = (built, name)
            }
            if index == 0 {
                first = instance.map { ($0, module ?? "") }
            } else {
                changes.append(
                    PolicyChange(
                        fromDay: entry.day, phaseInDays: entry.phaseIn, point: point, instance: instance,
                        module: module))
            }
        }
        guard first != nil || !point.alwaysHasPolicy else {
            // Not reached: `offEntry` refuses null at a point every run needs.
            return nil
        }
        return Timeline(first: first, changes: changes, days: entries.dropFirst().map(\.dayReader))
    }

    /// A timeline entry with `module: null`: no policy from that day, at an optional point.
    private func offEntry(_ point: DecisionPoint, at node: NodeReader) -> PolicyOutcome {
        guard point.requirement == .optional else {
            node.error(
                "the \(point.rawValue) policy cannot be turned off: every run needs one",
                fix: "name one of the \(point.rawValue) modules: \(Suggestion.list(registry.names(for: point)))")
            return .failed
        }
        return .none
    }

    /// Checks the days of a timeline's entries: the first from day 0 with no phase-in, the rest
    /// in increasing order, and each phase-in over before the next entry's day.
    private func checkOrder(of entries: [(Double, Double, NodeReader, NodeReader)], key: String) -> Bool {
        var valid = true
        for (index, (day, phaseIn, dayReader, item)) in entries.enumerated() {
            if index == 0 {
                if day != 0 {
                    dayReader.error(
                        "the first entry of the \(key) timeline must be from day 0 (the policy the run starts with), "
                            + "found from_day \(NumberText.format(day))",
                        fix: "add an entry with from_day: 0 before it, or set this entry's from_day to 0")
                    valid = false
                }
                if phaseIn > 0 {
                    item.error(
                        "the first entry of the \(key) timeline has no policy before it to phase in from",
                        fix: "remove phase_in_days from the entry from day 0")
                    valid = false
                }
                continue
            }
            let previous = entries[index - 1].0
            if day == previous {
                dayReader.error(
                    "two entries of the \(key) timeline are from day \(NumberText.format(day))",
                    fix: "give each entry its own from_day, or remove one of them")
                valid = false
            } else if day < previous {
                dayReader.error(
                    "the entries of the \(key) timeline are not in order: from_day \(NumberText.format(day)) "
                        + "comes after from_day \(NumberText.format(previous))",
                    fix: "list the entries in increasing order of from_day")
                valid = false
            }
            if index + 1 < entries.count {
                let gap = entries[index + 1].0 - day
                if gap > 0, phaseIn > gap {
                    item.error(
                        "phase_in_days \(NumberText.format(phaseIn)) of the \(key) entry from day "
                            + "\(NumberText.format(day)) overlaps the next entry, \(NumberText.format(gap)) days later",
                        fix: "shorten phase_in_days to at most \(NumberText.format(gap)), or move the next entry "
                            + "to day \(NumberText.format(day + phaseIn)) or later")
                    valid = false
                }
            }
        }
        return valid
    }

    /// Checks that every change comes before the end of the run (`run.max_days`).
    func checkChangeDays(_ policies: PolicySection, maximumDays: Double) {
        for (change, reader) in zip(policies.changes, policies.changeDays) where change.fromDay >= maximumDays {
            reader.error(
                "from_day \(NumberText.format(change.fromDay)) is not within the run, which ends on day "
                    + NumberText.format(maximumDays) + " (run.max_days)",
                fix: "use a from_day below \(NumberText.format(maximumDays)), or raise run.max_days")
        }
    }
}
