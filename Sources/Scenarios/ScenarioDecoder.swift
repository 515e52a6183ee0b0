import PolicyKit
import PretrialModel
import SimKernel

/// Decodes one scenario document — the baseline, or a variant's copy of it — into run settings
/// and a model configuration, reporting every problem to the log.
///
/// Decoding never stops at a mistake: each section is read as far as it can be, so one pass
/// finds every error. A configuration is returned only when the log holds no error.
struct ScenarioDecoder {
    /// The policy modules the document may name.
    let registry: PolicyRegistry
    /// Whether sizes that look like mistakes are accepted.
    let force: Bool
    /// Where problems are reported.
    let log: IssueLog

    /// What a document decodes to.
    struct Decoded {
        /// `scenario.name`.
        var name: String?
        /// `scenario.description`, or "".
        var description: String
        /// The settings shared by all variants.
        var settings: RunSettings?
        /// The model, when the document has no error.
        var configuration: ModelConfiguration?
    }

    /// The keys allowed at the top level of a scenario file.
    static let topLevelKeys = [
        "scenario", "extends", "run", "population", "arrests", "process", "behaviour",
        "courts", "policies", "cost_per_bed_day", "variants", "holds", "risk_outcome",
        "census",
        "police_custody",
    ]

    /// Decodes `root`. The `extends` and `variants` keys are accepted and left to
    /// ``ScenarioLoader``.
    func decode(_ root: DocumentNode) -> Decoded {
        let rootReader = NodeReader(node: root, path: .root, log: log)
        guard let top = rootReader.mapping(allowed: Self.topLevelKeys) else {
            return Decoded(name: nil, description: "", settings: nil, configuration: nil)
        }
        let (name, description) = scenarioInfo(top)
        let run = top.required("run").flatMap(RunSection.init(reading:))
        let population = top.required("population").flatMap(self.population(_:))
        let arrests = top.required("arrests").flatMap(self.arrests(_:))
        let process = top.required("process").flatMap(self.process(_:))
        let behaviour = top.required("behaviour").flatMap(self.behaviour(_:))
        let courts = top.required("courts").flatMap { self.courts($0, population: population?.info) }
        let policies = top.required("policies").flatMap { self.policies($0, population: population?.info) }
        let cost = top.number("cost_per_bed_day", .between(0, 1_000_000, "dollars"), default: 0)
        let holds = self.holds(top.optional("holds"))
        let riskOutcome = self.riskOutcome(top.optional("risk_outcome"), population: population?.info)
        let census = self.census(top.optional("census"), info: population?.info)
        let policeCustody = self.policeCustody(top.optional("police_custody"))

        let settings = run.flatMap { checkedSettings($0, population: population) }
        if let policies, let maximumDays = run?.maximumDays { checkChangeDays(policies, maximumDays: maximumDays) }
        checkSizes(root: root)

        guard !log.hasErrors, let run, let window = run.arrestWindowDays, let maximumDays = run.maximumDays,
            let warmUp = run.warmUpDays, let population = population?.profile, let arrests, let process,
            let behaviour, let courts, let policies, let cost, let holds, let riskOutcome, let census, let policeCustody
        else {
            return Decoded(name: name, description: description ?? "", settings: settings, configuration: nil)
        }
        var configuration = ModelConfiguration(
            arrestWindowDays: window, warmUpDays: warmUp, maximumDays: maximumDays, population: population,
            arrests: arrests, process: process, behaviour: behaviour, courts: courts, policies: policies.set,
            costPerBedDay: cost, holds: holds, riskOutcome: riskOutcome)
        configuration.policyChanges = policies.changes
        configuration.census = census
        configuration.policeCustody = policeCustody
        configuration.keepsDailySeries = run.keepsSeries
        checkTrialWorkload(configuration, root: root)
        checkRunaways(configuration, root: root)
        return Decoded(
            name: name, description: description ?? "", settings: settings, configuration: configuration)
    }

    /// `scenario.name` and `scenario.description`.
    private func scenarioInfo(_ top: MappingReader) -> (name: String?, description: String?) {
        guard let info = top.required("scenario")?.mapping(allowed: ["name", "description"]) else {
            return (nil, nil)
        }
        return (info.required("name")?.name(), info.text("description", default: ""))
    }

    /// The run settings, once the reference group is known to name a group.
    private func checkedSettings(_ run: RunSection, population: PopulationSection?) -> RunSettings? {
        guard let replications = run.replications, let seed = run.seed else { return nil }
        if let reference = run.referenceGroup, let groups = population?.info?.groups,
            !groups.contains(reference),
            let node = run.referenceGroupReader
        {
            node.error(
                "reference group '\(QuotedText.short(reference))' is not one of the scenario's groups"
                    + Suggestion.didYouMean(reference, among: groups),
                fix: "use one of: \(Suggestion.list(groups))")
            return nil
        }
        return RunSettings(replications: replications, seed: seed, referenceGroup: run.referenceGroup)
    }
}
