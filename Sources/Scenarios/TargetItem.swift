import PolicyKit
import PretrialModel

/// Reads one item of a targets file's `items` list into a ``Target``, reporting every mistake
/// in it (a missing key, a bad cell, a tolerance of 0, an interval upside down) to the log.
enum TargetItem {
    /// The keys an item may have.
    static let keys = [
        "name", "figure", "cell", "variant", "change", "observed", "uncertainty", "definition", "denominator",
        "source", "citation", "years", "tolerance", "role",
    ]
    /// The keys of `change`.
    static let changeKeys = ["from", "to", "kind"]
    /// The values of `change.kind`.
    static let changeKinds = ["relative", "difference"]
    /// The keys of `uncertainty`, of which one is given.
    static let uncertaintyKeys = ["standard_error", "interval", "counts"]
    /// The keys of `tolerance`, of which one is given.
    static let toleranceKeys = ["absolute", "relative"]

    /// The target `item` describes (`nil` after reporting why there is none) and its name with
    /// the name's reader, when it has one, so that names are checked for duplicates even in
    /// items with other mistakes.
    static func read(_ item: NodeReader) -> (target: Target?, name: (String, NodeReader)?) {
        guard let map = item.mapping(allowed: keys) else { return (nil, nil) }
        let nameReader = map.required("name")
        let name = nameReader?.name()
        let named = name.flatMap { name in nameReader.map { (name, $0) } }
        let figureReader = map.required("figure")
        let figure = figureReader?.name()
        var metric: MetricID?
        if let figure, let figureReader {
            metric = MetricID(rawValue: figure)
            if metric == nil {
                let ids = MetricID.allCases.map(\.rawValue)
                figureReader.warning(
                    "the catalog has no figure '\(QuotedText.short(figure))'"
                        + Suggestion.didYouMean(figure, among: ids)
                        + "; the target is kept and `pretrial check` shows it as 'no such figure'",
                    fix:
                        "use an id that `pretrial metrics` lists, or keep it for a figure the model does not produce yet"
                )
            }
        }
        let cell = readCell(map)
        let quantity = readQuantity(map)
        let observed = map.required("observed")?.number(.finite)
        let uncertainty =
            map.optional("uncertainty").flatMap(readUncertainty) ?? (map.has("uncertainty") ? nil : .unknown)
        let definition = map.text("definition", default: "")
        let denominator = map.text("denominator", default: "")
        let source = map.required("source")?.name()
        let citation = map.required("citation")?.name()
        let years = map.text("years", default: "")
        let tolerance = map.required("tolerance").flatMap(readTolerance)
        let role = map.required("role").flatMap(readRole)
        guard let name, let figure, let cell, let quantity, let observed, let uncertainty,
            let definition, let denominator, let source, let citation, let years, let tolerance, let role
        else { return (nil, named) }
        let target = Target(
            name: name, figure: figure, metric: metric, cell: cell, quantity: quantity, observed: observed,
            uncertainty: uncertainty, definition: definition, denominator: denominator, source: source,
            citation: citation, years: years, tolerance: tolerance, role: role)
        return (target, named)
    }

    private static func readCell(_ map: MappingReader) -> BreakdownCell? {
        guard let reader = map.optional("cell") else { return .overall }
        guard let key = reader.name() else { return nil }
        guard let cell = BreakdownCell(key: key) else {
            reader.error(
                "'\(QuotedText.short(key))' is not a breakdown cell",
                fix: "write overall, group:<name>, charge_class:<name>, income_quintile:<1–5> or "
                    + "status:<detained|released>, with the names the scenario uses")
            return nil
        }
        if case .incomeQuintile(let quintile) = cell, !(1...IncomeQuintiles.count).contains(quintile) {
            reader.error(
                "there is no income quintile \(quintile)", fix: "use income_quintile:1 to income_quintile:5")
            return nil
        }
        return cell
    }

    private static func readQuantity(_ map: MappingReader) -> Target.Quantity? {
        let variant = map.optional("variant")
        guard let changeReader = map.optional("change") else {
            guard let variant else { return .level(variant: "baseline") }
            return variant.name().map { .level(variant: $0) }
        }
        if let variant {
            variant.error(
                "a target is either a variant's figure (variant) or a change between variants (change), not both",
                fix: "remove 'variant', or remove 'change'")
            return nil
        }
        guard let change = changeReader.mapping(allowed: changeKeys) else { return nil }
        let from = change.text("from", default: "baseline").flatMap { $0.isEmpty ? nil : $0 }
        let to = change.required("to")?.name()
        let kind = change.required("kind").flatMap { reader -> String? in
            guard let kind = reader.name() else { return nil }
            guard changeKinds.contains(kind) else {
                reader.error(
                    "unknown kind of change '\(QuotedText.short(kind))'"
                        + Suggestion.didYouMean(kind, among: changeKinds),
                    fix: "write relative ((to − from) / from) or difference (to − from)")
                return nil
            }
            return kind
        }
        guard let from, let to, let kind else { return nil }
        if from == to {
            changeReader.error(
                "the change is from '\(from)' to itself", fix: "name two different variants in from and to")
            return nil
        }
        return kind == "relative" ? .relativeChange(from: from, to: to) : .difference(from: from, to: to)
    }

    private static func readUncertainty(_ reader: NodeReader) -> Target.Uncertainty? {
        guard let map = reader.mapping(allowed: uncertaintyKeys) else { return nil }
        let given = uncertaintyKeys.filter(map.has)
        guard given.count == 1, let key = given.first, let value = map.optional(key) else {
            reader.error(
                given.isEmpty
                    ? "the uncertainty is empty"
                    : "the uncertainty is given \(given.count) ways (\(given.joined(separator: ", ")))",
                fix: "give one of standard_error: x, interval: [lower, upper] or counts: [successes, trials]")
            return nil
        }
        switch key {
        case "standard_error":
            return value.number(.positive).map { .standardError($0) }
        case "interval":
            guard let bounds = pair(value, .finite, "[lower, upper]") else { return nil }
            guard bounds.0 <= bounds.1 else {
                value.error(
                    "the interval's lower end \(NumberText.format(bounds.0)) is above its upper end "
                        + NumberText.format(bounds.1),
                    fix:
                        "write the interval as [lower, upper]: [\(NumberText.format(bounds.1)), \(NumberText.format(bounds.0))]"
                )
                return nil
            }
            return .interval(lower: bounds.0, upper: bounds.1)
        default:
            guard let counts = pair(value, .nonNegative, "[successes, trials]") else { return nil }
            guard counts.1 > 0, counts.0 <= counts.1 else {
                value.error(
                    "counts must be [successes, trials] with 0 ≤ successes ≤ trials and trials > 0, found "
                        + "[\(NumberText.format(counts.0)), \(NumberText.format(counts.1))]",
                    fix: "write the number observed first, then the number of trials it is out of")
                return nil
            }
            return .counts(successes: counts.0, trials: counts.1)
        }
    }

    /// A list of exactly two numbers satisfying `rule`.
    private static func pair(_ reader: NodeReader, _ rule: NumberRule, _ form: String) -> (Double, Double)? {
        guard let numbers = reader.numbers(rule) else { return nil }
        guard numbers.count == 2 else {
            reader.error("expected two numbers, found \(numbers.count)", fix: "write \(form)")
            return nil
        }
        return (numbers[0], numbers[1])
    }

    private static func readTolerance(_ reader: NodeReader) -> Target.Tolerance? {
        guard let map = reader.mapping(allowed: toleranceKeys) else { return nil }
        let given = toleranceKeys.filter(map.has)
        guard given.count == 1, let key = given.first, let value = map.optional(key) else {
            reader.error(
                given.isEmpty ? "the tolerance is empty" : "the tolerance is given both ways (absolute and relative)",
                fix: "give one of absolute: x (in the figure's units) or relative: x (a fraction of observed)")
            return nil
        }
        let rule = NumberRule(
            requirement: "be greater than 0 (a tolerance of 0 or less can never be met)",
            fix: "state how far from observed the model may be, e.g. \(key): 0.1"
        ) { $0 > 0 && $0.isFinite }
        guard let amount = value.number(rule) else { return nil }
        return key == "absolute" ? .absolute(amount) : .relative(amount)
    }

    private static func readRole(_ reader: NodeReader) -> Target.Role? {
        guard let text = reader.name() else { return nil }
        guard let role = Target.Role(rawValue: text) else {
            let roles = Target.Role.allCases.map(\.rawValue)
            reader.error(
                "unknown role '\(QuotedText.short(text))'" + Suggestion.didYouMean(text, among: roles),
                fix: "write calibration (fitted to) or validation (only checked against)")
            return nil
        }
        return role
    }
}
