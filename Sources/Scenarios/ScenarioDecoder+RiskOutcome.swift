import PolicyKit
import PretrialModel

/// The `risk_outcome` section: the outcome risk instruments predict, for the fairness figures
/// (``RiskOutcomeModel``; scenarios/FORMAT.md, "risk_outcome").
extension ScenarioDecoder {
    /// The keys of `risk_outcome`.
    static let riskOutcomeKeys = [
        "horizon_days", "threshold", "intercept", "priors", "age_bands", "charge_classes", "groups",
        "risk_factor_loading",
    ]

    /// Log-odds beyond this are a mistake (a probability within 10⁻²¹ of 0 or 1).
    static let logOddsRule = NumberRule.between(-50, 50, "log-odds")

    /// Reads `risk_outcome` (absent: `.some(nil)`, no outcome); `nil` after an error. The log-odds
    /// of age bands, charge classes and groups are mappings by name, each name omitted being 0;
    /// names are checked against `population` when it is known.
    func riskOutcome(_ node: NodeReader?, population: PopulationInfo?) -> RiskOutcomeModel?? {
        guard let node, !node.isNull else { return .some(nil) }
        guard let fields = node.mapping(allowed: Self.riskOutcomeKeys) else { return nil }
        let horizon = fields.number("horizon_days", .between(1, 36_500, "days"), default: 730)
        let threshold = fields.optional("threshold").map { $0.number(.probability) }
        let intercept = fields.number("intercept", Self.logOddsRule)
        let priors = fields.number("priors", Self.logOddsRule, default: 0)
        let loading = fields.number("risk_factor_loading", Self.logOddsRule, default: 0)
        let ages = logOdds(
            fields.optional("age_bands"), names: population?.ageBands, of: "age band",
            listedIn: "population.age_bands")
        let classes = logOdds(
            fields.optional("charge_classes"), names: population?.chargeClasses,
            of: "charge class", listedIn: "population.charge_classes")
        let groups = logOdds(
            fields.optional("groups"), names: population?.groups, of: "group",
            listedIn: "population.groups")
        guard let horizon, !failed(threshold), let intercept, let priors, let loading, let ages, let classes,
            let groups
        else { return nil }
        return .some(
            RiskOutcomeModel(
                horizonDays: horizon, threshold: threshold.flatMap { $0 }, intercept: intercept, priors: priors,
                ageBands: ages, chargeClasses: classes, groups: groups, riskFactorLoading: loading))
    }

    /// Log-odds by name, in the order of `names` (0 for a name omitted, and for all of them
    /// when `node` is absent); `nil` after an error, or when `names` is unknown.
    private func logOdds(_ node: NodeReader?, names: [String]?, of what: String, listedIn list: String)
        -> [Double]?
    {
        guard let names else {
            _ = node?.freeMapping()
            return nil
        }
        guard let node, !node.isNull else { return names.map { _ in 0 } }
        guard let entries = node.freeMapping() else { return nil }
        var values: [String: Double] = [:]
        var valid = true
        for entry in entries {
            guard let value = entry.reader.number(Self.logOddsRule) else { valid = false; continue }
            guard names.contains(entry.key) else {
                log.error(
                    "unknown \(what) '\(QuotedText.short(entry.key))'\(Suggestion.didYouMean(entry.key, among: names))",
                    fix: "use the names in \(list): \(Suggestion.list(names))", at: entry.keyLocation,
                    path: entry.reader.path)
                valid = false
                continue
            }
            values[entry.key] = value
        }
        return valid ? names.map { values[$0] ?? 0 } : nil
    }
}
