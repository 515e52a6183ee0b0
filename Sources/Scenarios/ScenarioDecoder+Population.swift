import PolicyKit
import PretrialModel

/// What the `population` section decodes to: the profile when it is valid, and the names of
/// groups, classes and bands when they are known (policies and the reference group are
/// checked against them even when other parts of the section have errors).
struct PopulationSection {
    /// The population, when the whole section is valid.
    var profile: PopulationProfile?
    /// The names, when every group, class and band has a readable, distinct name.
    var info: PopulationInfo?
}

/// An item of a list of named things as read: its name (if readable), the reader to report
/// problems with the name at, and the profile when the whole item is valid.
private struct NamedItem<Profile> {
    var name: String?
    var nameReader: NodeReader
    var profile: Profile?
    /// For groups: the share and its reader, when readable.
    var share: (value: Double, reader: NodeReader)?
}

extension ScenarioDecoder {
    /// Shares and mixes must sum to 1 within this tolerance.
    static let sumTolerance = 1e-6

    /// Reads `population`.
    func population(_ node: NodeReader) -> PopulationSection? {
        guard let fields = node.mapping(allowed: ["charge_classes", "age_bands", "groups"]) else {
            return nil
        }
        let classes = fields.required("charge_classes").flatMap { nonEmptyList($0, of: "charge class") }
            .map { $0.map(chargeClass(_:)) }
        let classNames = classes.flatMap { uniqueNames($0, of: "charge class") }
        let bands = fields.required("age_bands").flatMap { nonEmptyList($0, of: "age band") }
            .map { $0.map { NamedItem<Never>(name: $0.name(), nameReader: $0) } }
        let bandNames = bands.flatMap { uniqueNames($0, of: "age band") }
        let groups = fields.required("groups").flatMap { nonEmptyList($0, of: "group") }
            .map { $0.map { group($0, classNames: classNames, bandNames: bandNames) } }
        let groupNames = groups.flatMap { uniqueNames($0, of: "group") }
        if let groups { checkShares(groups) }

        let info = zip3(groupNames, classNames, bandNames).map {
            PopulationInfo(groups: $0.0, chargeClasses: $0.1, ageBands: $0.2)
        }
        guard let info, let classProfiles = classes?.compactMap(\.profile),
            classProfiles.count == classes?.count,
            let groupProfiles = groups?.compactMap(\.profile), groupProfiles.count == groups?.count
        else { return PopulationSection(profile: nil, info: info) }
        let profile = PopulationProfile(
            groups: groupProfiles, chargeClasses: classProfiles, ageBands: info.ageBands)
        return PopulationSection(profile: profile, info: info)
    }

    /// One item of `charge_classes`.
    private func chargeClass(_ node: NodeReader) -> NamedItem<ChargeClassProfile> {
        let keys = [
            "name", "guilt_probability", "failure_to_appear", "new_arrest_per_day", "priors_effect",
            "sentence_days", "court_date_interval", "court_dates_before_trial", "diversion_offer",
            "first_appearance_plea_offer",
        ]
        guard let fields = node.mapping(allowed: keys) else { return NamedItem(name: nil, nameReader: node) }
        let nameReader = fields.required("name")
        var item = NamedItem<ChargeClassProfile>(name: nameReader?.name(), nameReader: nameReader ?? node)
        let guilt = fields.number("guilt_probability", .probability)
        let failure = fields.number("failure_to_appear", .probability)
        let newArrest = fields.number("new_arrest_per_day", .nonNegative)
        let priorsEffect = fields.number("priors_effect", .nonNegative, default: 0)
        let sentence = fields.distribution("sentence_days")
        let interval = fields.optional("court_date_interval").map { $0.distribution() }
        let courtDates = fields.optional("court_dates_before_trial").map { $0.integer(atLeast: 1, atMost: 1_000) }
        let diversion = optionalSection(fields, "diversion_offer", diversionOffer(_:))
        let arraignment = fields.number("first_appearance_plea_offer", .probability, default: 0)
        guard let name = item.name, let guilt, let failure, let newArrest, let priorsEffect, let sentence,
            !failed(interval), !failed(courtDates), !failed(diversion), let arraignment
        else {
            return item
        }
        let offers = diversion.flatMap { $0 }
        item.profile = ChargeClassProfile(
            name: name, guiltProbability: guilt, failureToAppear: failure,
            newArrestPerDay: newArrest, priorsEffect: priorsEffect,
            sentenceDays: sentence, courtDateInterval: interval.flatMap { $0 },
            courtDatesBeforeTrial: courtDates.flatMap { $0 }, diversionOfferReleased: offers?.released ?? 0,
            diversionOfferDetained: offers?.detained ?? 0, firstAppearancePleaOffer: arraignment)
        return item
    }

    /// One item of `groups`.
    private func group(_ node: NodeReader, classNames: [String]?, bandNames: [String]?) -> NamedItem<
        GroupProfile
    > {
        let keys = ["name", "share", "ability_to_pay", "charge_mix", "priors", "age_mix", "policing_intensity"]
        guard let fields = node.mapping(allowed: keys) else { return NamedItem(name: nil, nameReader: node) }
        let nameReader = fields.required("name")
        var item = NamedItem<GroupProfile>(name: nameReader?.name(), nameReader: nameReader ?? node)
        let shareReader = fields.required("share")
        let share = shareReader?.number(.nonNegative)
        if let share, let shareReader { item.share = (share, shareReader) }
        let abilityToPay = fields.distribution("ability_to_pay")
        let chargeMix = fields.required("charge_mix").flatMap {
            mix($0, names: classNames, of: "charge class", listedIn: "population.charge_classes")
        }
        let priors = fields.distribution("priors")
        let ageMix = fields.required("age_mix").flatMap {
            mix($0, names: bandNames, of: "age band", listedIn: "population.age_bands")
        }
        let intensity = fields.number("policing_intensity", .between(0, 100, "times the reference"), default: 1)
        guard let name = item.name, let share, let abilityToPay, let chargeMix, let priors, let ageMix, let intensity
        else {
            return item
        }
        item.profile = GroupProfile(
            name: name, share: share, abilityToPay: abilityToPay, chargeMix: chargeMix,
            priors: priors, ageMix: ageMix, policingIntensity: intensity)
        return item
    }

    /// A mix of shares by name (`charge_mix`, `age_mix`), in the order of `names`; names it
    /// omits get 0.
    private func mix(_ node: NodeReader, names: [String]?, of what: String, listedIn list: String)
        -> [Double]?
    {
        guard let entries = node.freeMapping() else { return nil }
        var shares: [String: Double] = [:]
        var valid = true
        for entry in entries {
            guard let share = entry.reader.number(.nonNegative) else { valid = false; continue }
            if let names, !names.contains(entry.key) {
                log.error(
                    "unknown \(what) '\(entry.key)'\(Suggestion.didYouMean(entry.key, among: names))",
                    fix: "use the names in \(list): \(Suggestion.list(names))", at: entry.keyLocation,
                    path: entry.reader.path)
                valid = false
            }
            shares[entry.key] = share
        }
        guard valid, let names else { return nil }
        let total = entries.compactMap { shares[$0.key] }.reduce(0, +)
        guard abs(total - 1) <= Self.sumTolerance else {
            let terms = entries.compactMap { shares[$0.key] }.map(NumberText.format).joined(separator: " + ")
            node.error(
                "shares sum to \(NumberText.format(total)), not 1",
                fix: "make the shares sum to 1 (now \(terms.isEmpty ? "0" : terms))")
            return nil
        }
        return names.map { shares[$0] ?? 0 }
    }

    /// Group shares must sum to 1; the error is reported at the last group's share.
    private func checkShares(_ groups: [NamedItem<GroupProfile>]) {
        let shares = groups.compactMap(\.share)
        guard shares.count == groups.count, let last = shares.last else { return }
        let total = shares.map(\.value).reduce(0, +)
        guard abs(total - 1) > Self.sumTolerance else { return }
        let terms = shares.map { NumberText.format($0.value) }.joined(separator: " + ")
        last.reader.error(
            "shares of groups sum to \(NumberText.format(total))",
            fix: "make the shares sum to 1 (now \(terms))")
    }

    /// The items of a list that must not be empty.
    private func nonEmptyList(_ node: NodeReader, of what: String) -> [NodeReader]? {
        guard let items = node.list() else { return nil }
        guard !items.isEmpty else {
            node.error("the list is empty", fix: "give at least one \(what)")
            return nil
        }
        return items
    }

    /// The names, when each was read and none repeats (a repeat is reported where it is).
    private func uniqueNames<Profile>(_ items: [NamedItem<Profile>], of what: String) -> [String]? {
        var seen: [String: DocumentPath] = [:]
        var unique = true
        for item in items {
            let reader = item.nameReader
            guard let name = item.name else { unique = false; continue }
            if let first = seen[name] {
                reader.error(
                    "duplicate \(what) name '\(name)' (already used at \(first))",
                    fix: "give each \(what) a different name")
                unique = false
            }
            seen[name] = seen[name] ?? reader.path
        }
        return unique ? items.compactMap(\.name) : nil
    }

    private func zip3<A, B, C>(_ a: A?, _ b: B?, _ c: C?) -> (A, B, C)? {
        guard let a, let b, let c else { return nil }
        return (a, b, c)
    }
}
