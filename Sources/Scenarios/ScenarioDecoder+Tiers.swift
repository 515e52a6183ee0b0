import PolicyKit
import PretrialModel
import SimKernel

/// `courts.tiers`: two court tiers (lower first), each with its charge classes, courtrooms,
/// trial lengths, scheduling, custody time limit and the classes it sends up
/// (scenarios/FORMAT.md, "Court tiers").
extension ScenarioDecoder {
    /// The keys of one tier.
    static let tierKeys = [
        "name", "classes", "courtrooms", "trial_duration", "scheduling", "custody_time_limit", "sent_up",
    ]

    /// Reads `courts.tiers`; `nil` after an error, or when the population's names are unknown
    /// (its own errors were reported).
    func courtTiers(_ node: NodeReader, population: PopulationInfo?) -> [CourtTier]? {
        guard let items = node.list() else { return nil }
        guard items.count == 2 else {
            node.error(
                "courts.tiers lists \(items.count) tier\(items.count == 1 ? "" : "s"); it takes exactly two, the lower "
                    + "court first",
                fix: "list two tiers (e.g. magistrates and crown_court), or remove courts.tiers for one court")
            return nil
        }
        let fields = items.map { $0.mapping(allowed: Self.tierKeys) }
        let names = fields.map { $0?.required("name")?.name() }
        var complete = !fields.contains { $0 == nil } && !names.contains { $0 == nil }
        if let first = names[0], let second = names[1], first == second {
            items[1].error("two tiers are called '\(first)'", fix: "give each tier its own name")
            complete = false
        }
        guard let population else { return nil }
        var tierOfClass: [Int?] = Array(repeating: nil, count: population.chargeClasses.count)
        var tiers: [CourtTier] = []
        for (index, tierFields) in fields.enumerated() {
            guard let tierFields,
                let tier = courtTier(
                    tierFields, index: index, tierNames: names.map { $0 ?? "" }, population: population,
                    tierOfClass: &tierOfClass)
            else {
                complete = false
                continue
            }
            tiers.append(tier)
        }
        for (chargeClass, tier) in tierOfClass.enumerated() where tier == nil && complete {
            node.error(
                "charge class '\(population.chargeClasses[chargeClass])' is tried in no tier",
                fix: "add '\(population.chargeClasses[chargeClass])' to the classes of one of courts.tiers")
            complete = false
        }
        return complete ? tiers : nil
    }

    /// One tier; records the tier of each class it lists in `tierOfClass`.
    private func courtTier(
        _ fields: MappingReader, index: Int, tierNames: [String], population: PopulationInfo,
        tierOfClass: inout [Int?]
    ) -> CourtTier? {
        let name = tierNames[index]
        var classes: [Int]? = []
        if let list = fields.required("classes")?.list() {
            for item in list {
                guard let className = item.name(), let chargeClass = chargeClass(className, at: item, population) else {
                    classes = nil
                    continue
                }
                if let other = tierOfClass[chargeClass] {
                    item.error(
                        "charge class '\(className)' is in two tiers, '\(tierNames[other])' and '\(name)'",
                        fix: "list '\(className)' in one tier only; send a share of it up with sent_up")
                    classes = nil
                    continue
                }
                tierOfClass[chargeClass] = index
                classes?.append(chargeClass)
            }
        } else {
            classes = nil
        }
        let courtrooms = fields.integer("courtrooms", atLeast: 1)
        let duration = fields.distribution("trial_duration")
        var scheduling: (any SchedulingPolicy)?? = .some(nil)
        if fields.has("scheduling") {
            switch policy(.scheduling, in: fields, population: population) {
            case .built(let instance, _):
                if case .scheduling(let policy) = instance { scheduling = .some(policy) }
            case .none: break
            case .unbuilt, .failed: scheduling = nil
            }
        }
        let limit = optionalSection(fields, "custody_time_limit", tierCustodyLimit(_:))
        let sentUp = fields.optional("sent_up").map {
            sendingUp($0, from: index, tierNames: tierNames, classes: classes, population: population)
        }
        let sendingFailed = sentUp.map { $0 == nil } ?? false
        guard let classes, let courtrooms, let duration, let scheduling, !failed(limit), !sendingFailed else {
            return nil
        }
        return CourtTier(
            name: name, chargeClasses: classes, courtrooms: courtrooms, trialDuration: duration, scheduling: scheduling,
            custodyLimit: limit.flatMap { $0 }, sentUp: sentUp.flatMap { $0 } ?? [])
    }

    /// The index of the charge class called `name`, or a reported error.
    private func chargeClass(_ name: String, at reader: NodeReader, _ population: PopulationInfo) -> Int? {
        if let index = population.chargeClasses.firstIndex(of: name) { return index }
        reader.error(
            "unknown charge class '\(QuotedText.short(name))'"
                + Suggestion.didYouMean(name, among: population.chargeClasses),
            fix: "use one of the population's charge classes: \(Suggestion.list(population.chargeClasses))")
        return nil
    }

    /// A tier's `custody_time_limit`: `days`, and extensions on application (`max_extensions`,
    /// default 0; `extension_probability`, default 0.9, assumed; `extension_days`, default 28,
    /// assumed).
    private func tierCustodyLimit(_ node: NodeReader) -> TierCustodyLimit? {
        guard
            let fields = node.mapping(allowed: ["days", "max_extensions", "extension_probability", "extension_days"])
        else { return nil }
        let days = fields.number("days", .positive)
        let maximum = fields.integer("max_extensions", atLeast: 0, atMost: 100, default: 0)
        let probability = fields.number("extension_probability", .probability, default: 0.9)
        let extensionDays = fields.number("extension_days", .positive, default: 28)
        guard let days, let maximum, let probability, let extensionDays else { return nil }
        let terms =
            maximum > 0
            ? CustodyLimitExtension(grantProbability: probability, days: extensionDays, maximumExtensions: maximum)
            : nil
        return TierCustodyLimit(days: days, extensionTerms: terms)
    }

    /// A tier's `sent_up`: for each of its charge classes sent up, `share` (default 1),
    /// `delay` and `to` (default the next tier up). `classes` are the tier's own (nil when they
    /// could not be read).
    private func sendingUp(
        _ node: NodeReader, from tier: Int, tierNames: [String], classes: [Int]?, population: PopulationInfo
    ) -> [SendingUp]? {
        guard let entries = node.freeMapping() else { return nil }
        var rules: [SendingUp]? = []
        for entry in entries {
            guard let chargeClass = chargeClass(entry.key, at: entry.reader, population) else {
                rules = nil
                continue
            }
            // With the tier's classes in error (reported), whether it tries this one is unknown.
            guard classes?.contains(chargeClass) ?? true else {
                entry.reader.error(
                    "charge class '\(entry.key)' is sent up from tier '\(tierNames[tier])', which does not try it",
                    fix: "add '\(entry.key)' to this tier's classes, or move its sent_up to the tier that lists it")
                rules = nil
                continue
            }
            guard let fields = entry.reader.mapping(allowed: ["share", "delay", "to"]) else {
                rules = nil
                continue
            }
            let share = fields.number("share", .probability, default: 1)
            let delay = fields.distribution("delay")
            var target: Int? = tier + 1 < tierNames.count ? tier + 1 : nil
            if let to = fields.optional("to") {
                target = nil
                if let name = to.name() {
                    if let index = tierNames.firstIndex(of: name), index > tier {
                        target = index
                    } else {
                        let higher = Array(tierNames.dropFirst(tier + 1))
                        to.error(
                            tierNames.contains(name)
                                ? "'\(name)' is not a tier above '\(tierNames[tier])': cases are sent up only"
                                : "unknown tier '\(QuotedText.short(name))'"
                                    + Suggestion.didYouMean(name, among: tierNames),
                            fix: higher.isEmpty
                                ? "remove sent_up from the highest tier"
                                : "send to one of the higher tiers: \(Suggestion.list(higher))")
                    }
                }
            } else if target == nil {
                entry.reader.error(
                    "tier '\(tierNames[tier])' is the highest: there is no tier to send '\(entry.key)' up to",
                    fix: "remove sent_up from the highest tier")
            }
            guard let share, let delay, let target else {
                rules = nil
                continue
            }
            rules?.append(SendingUp(chargeClass: chargeClass, toTier: target, share: share, delay: delay))
        }
        return rules
    }
}
