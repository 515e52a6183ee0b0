import PolicyKit

/// The text of `pretrial policies`: a listing by decision point, and a module's description.
enum PolicyCatalog {
    /// Every module with its one-line summary, grouped by decision point.
    static func list(_ registry: PolicyRegistry) -> String {
        var text = ""
        for point in DecisionPoint.allCases {
            let modules = registry.all.filter { $0.decisionPoint == point }
            guard !modules.isEmpty else { continue }
            text += "\(point.rawValue):\n"
            let width = modules.map(\.name.count).max() ?? 0
            for module in modules {
                text +=
                    "  \(module.name)\(String(repeating: " ", count: width - module.name.count))  \(module.summary)\n"
            }
        }
        return text + "\nRun `pretrial policies NAME` for a module's parameters and an example."
    }

    /// A module's description, parameters and a YAML snippet that validates.
    static func describe(_ module: PolicyModule) -> String {
        var text =
            "\(module.name) (\(module.decisionPoint.rawValue))\n\n\(module.summary)\n\n\(wrap(module.description))\n"
        if module.parameters.isEmpty {
            text += "\nParameters: none.\n"
        } else {
            text += "\nParameters:\n"
            for spec in module.parameters {
                let unit = spec.unit.isEmpty ? "" : ", \(spec.unit)"
                text +=
                    "  \(spec.name): \(spec.kind.summary)\(unit); default \(spec.defaultValue.yaml)\n      \(spec.help)\n"
            }
        }
        text += "\nExample (in a scenario file):\n\n" + example(module)
        return text
    }

    /// The YAML for using `module` with its default parameters.
    static func example(_ module: PolicyModule) -> String {
        var text = "policies:\n  \(module.decisionPoint.rawValue):\n    module: \(module.name)\n"
        let shown = module.parameters.filter {
            if case .table(let map) = $0.defaultValue { return !map.isEmpty }
            return true
        }
        if !shown.isEmpty {
            text += "    parameters:\n"
            for spec in shown { text += "      \(spec.name): \(spec.defaultValue.yaml)\n" }
        }
        return text
    }

    /// `text` folded at about 90 columns.
    static func wrap(_ text: String, width: Int = 90) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width && !line.isEmpty {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
