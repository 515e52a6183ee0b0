import PolicyKit
import PretrialModel

/// The `policies` section: a module, with parameters, for each decision point.
///
/// Each entry is `{module: name, parameters: {...}}`, or just the module's name. What a
/// scenario must give at each point is the point's ``DecisionPoint/requirement`` (release and
/// plea are required); a point the scenario leaves out gets the registry's default module
/// (``PolicyRegistry/defaultModule(for:)``: `book-all`, `no-counsel` and `fifo` among the
/// built-ins) or, if it is optional, no policy; null turns an optional point off. A list of
/// such entries, each with a `from_day`, is a policy timeline (`ScenarioDecoder+Timelines.swift`).
extension ScenarioDecoder {
    /// The policies of a scenario: those in force on day 0, and the changes of its timelines.
    struct PolicySection {
        /// The day-0 policies.
        var set: PolicySet
        /// The changes after day 0 (empty without a timeline).
        var changes: [PolicyChange]
        /// Each change's `from_day` node, to check the days against the run's length.
        var changeDays: [NodeReader]
    }

    /// What became of one decision point.
    enum PolicyOutcome {
        /// No policy (an optional point left out or null).
        case none
        /// The module and parameters are valid, but the population is not, so the policy
        /// could not be built.
        case unbuilt
        /// A problem was reported.
        case failed
        /// The policy, and the name of its module.
        case built(PolicyInstance, module: String)
    }

    /// Reads `policies`; builds the policies once the population's names are known.
    func policies(_ node: NodeReader, population: PopulationInfo?) -> PolicySection? {
        guard let fields = node.mapping(allowed: DecisionPoint.allCases.map(\.rawValue)) else { return nil }
        var instances: [DecisionPoint: PolicyInstance] = [:]
        var moduleNames: [DecisionPoint: String] = [:]
        var changes: [PolicyChange] = []
        var changeDays: [NodeReader] = []
        var complete = true
        for point in DecisionPoint.allCases {
            if let entries = fields.optional(point.rawValue), entries.node.items != nil {
                guard let read = timeline(point, entries, population: population) else {
                    complete = false
                    continue
                }
                if let (instance, module) = read.first { (instances[point], moduleNames[point]) = (instance, module) }
                changes += read.changes
                changeDays += read.days
                continue
            }
            switch policy(point, in: fields, population: population) {
            case .none: break
            case .unbuilt, .failed: complete = false
            case .built(let instance, let module): (instances[point], moduleNames[point]) = (instance, module)
            }
        }
        guard complete else { return nil }
        do {
            return PolicySection(
                set: try PolicySet(instances, moduleNames: moduleNames), changes: changes, changeDays: changeDays)
        } catch {
            // Not reached: every point a run needs was given or defaulted, or reported above.
            node.error(
                "the policies do not make a complete set: \(error)",
                fix:
                    "give a module for each of: \(DecisionPoint.allCases.filter(\.alwaysHasPolicy).map(\.rawValue).joined(separator: ", "))"
            )
            return nil
        }
    }

    /// The policy at `point` under `fields` (`policies`, or a court tier's `scheduling`):
    /// given, defaulted or absent.
    func policy(_ point: DecisionPoint, in fields: MappingReader, population: PopulationInfo?)
        -> PolicyOutcome
    {
        let key = point.rawValue
        guard let node = fields.optional(key), !node.isNull else {
            switch point.requirement {
            case .required:
                guard !fields.misspelt.contains(key) else { return .failed }
                let available = Suggestion.list(registry.names(for: point))
                fields.reader.log.error(
                    "missing required key '\(key)': every scenario needs a \(key) policy",
                    fix: "add '\(key): {module: …}' under policies, with one of: \(available)",
                    at: (fields.optional(key) ?? fields.reader).node.location,
                    path: fields.path.appending(key))
                return .failed
            case .defaulted:
                return defaultPolicy(point, fields: fields, population: population)
            case .optional:
                return .none
            }
        }
        return entry(point, node, population: population)
    }

    /// One policy entry, `{module: name, parameters: {...}}` or just the module's name; a
    /// mapping may also hold `extraKeys` (a timeline entry's days), which the caller reads.
    func entry(_ point: DecisionPoint, _ node: NodeReader, extraKeys: [String] = [], population: PopulationInfo?)
        -> PolicyOutcome
    {
        let moduleReader: NodeReader
        var parametersReader: NodeReader?
        if case .scalar = node.node.value {
            moduleReader = node
        } else {
            guard let entry = node.mapping(allowed: ["module", "parameters"] + extraKeys),
                let name = entry.required("module")
            else {
                return .failed
            }
            moduleReader = name
            parametersReader = entry.optional("parameters")
        }
        guard let name = moduleReader.name(), let module = module(named: name, for: point, at: moduleReader)
        else {
            return .failed
        }
        var given: [String: (value: ParameterValue, reader: NodeReader)] = [:]
        var failed: Set<String> = []
        if let parametersReader, !parametersReader.isNull {
            guard let read = PolicyParameterReader(module: module).read(parametersReader) else {
                return .failed
            }
            (given, failed) = (read.values, read.failed)
        }
        guard let population else { return failed.isEmpty ? .unbuilt : .failed }
        return build(module, given: given, population: population, at: parametersReader ?? node, alreadyFailed: failed)
    }

    /// The registry's default module for `point`, or an error if it has none.
    private func defaultPolicy(_ point: DecisionPoint, fields: MappingReader, population: PopulationInfo?)
        -> PolicyOutcome
    {
        guard let module = registry.defaultModule(for: point) else {
            let key = point.rawValue
            fields.reader.log.error(
                "no \(key) policy given, and no default \(key) module is registered",
                fix:
                    "add '\(key): {module: …}' under policies, with one of: \(Suggestion.list(registry.names(for: point)))",
                at: fields.reader.node.location, path: fields.path.appending(key))
            return .failed
        }
        guard let population else { return .unbuilt }
        return build(module, given: [:], population: population, at: fields.reader)
    }

    /// The registered module called `name`, if it serves `point`; otherwise reports why not.
    func module(named name: String, for point: DecisionPoint, at reader: NodeReader) -> PolicyModule? {
        let available = registry.names(for: point)
        guard let module = registry.module(named: name) else {
            reader.error(
                "unknown \(point.rawValue) policy module '\(name)'"
                    + Suggestion.didYouMean(name, among: available),
                fix: "use one of the \(point.rawValue) modules: \(Suggestion.list(available)), "
                    + "or load the plugin that provides '\(name)' with --plugin")
            return nil
        }
        guard module.decisionPoint == point else {
            let other = module.decisionPoint.rawValue
            reader.error(
                "module '\(name)' is a \(other) policy, not a \(point.rawValue) policy",
                fix: "put it under policies.\(other), or use one of the \(point.rawValue) modules: "
                    + Suggestion.list(available))
            return nil
        }
        return module
    }

    /// Builds the policy; reports a parameter error at the parameter's node when it was given,
    /// otherwise at `fallback`.
    ///
    /// A module stops at its first error, so to report every unknown name at once (a
    /// misspelt charge class in each of several tables), the build is tried again without
    /// a parameter whose names were unknown, until it succeeds or fails otherwise. Parameters
    /// in `alreadyFailed` (reported while reading) are left out, and errors about them, which
    /// their defaults may cause, are not reported twice; the policy then counts as failed.
    private func build(
        _ module: PolicyModule, given: [String: (value: ParameterValue, reader: NodeReader)],
        population: PopulationInfo, at fallback: NodeReader, alreadyFailed: Set<String> = []
    ) -> PolicyOutcome {
        var remaining = given
        var reported = alreadyFailed
        for _ in 0...given.count {
            do {
                let instance = try module.instantiate(remaining.mapValues(\.value), population: population)
                return reported.isEmpty ? .built(instance, module: module.name) : .failed
            } catch {
                guard case .parameter(let error) = error else {
                    fallback.error(
                        error.description,
                        fix: "use another \(module.decisionPoint.rawValue) module until '\(module.name)' is mended")
                    return .failed
                }
                if reported.insert(error.parameter).inserted {
                    if let reader = given[error.parameter]?.reader {
                        reader.error(
                            error.message,
                            fix: "see the parameters of '\(module.name)' with `pretrial policies \(module.name)`")
                    } else {
                        fallback.error(
                            "module '\(module.name)', parameter '\(error.parameter)': \(error.message)",
                            fix: "give '\(error.parameter)' under parameters (see `pretrial policies \(module.name)`)")
                    }
                }
                // Only an unknown name is independent of the other parameters: after any
                // other error, a retry could report one that is not there.
                guard error.message.hasPrefix("unknown "), remaining.removeValue(forKey: error.parameter) != nil else {
                    return .failed
                }
            }
        }
        return .failed
    }
}
