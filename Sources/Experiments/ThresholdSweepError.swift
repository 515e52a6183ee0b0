/// Why a scenario's variant cannot be swept over risk thresholds.
public enum ThresholdSweepError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The variant scores nobody: there is no score to hold against a threshold.
    case noRiskInstrument(variant: String)
    /// A `--group-threshold` names a group the scenario does not have.
    case unknownGroup(String, groups: [String])
    /// A `--group-threshold` names the same group twice.
    case repeatedGroup(String)

    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case .noRiskInstrument(let variant):
            "variant \"\(variant)\" has no risk instrument (policies.risk), so there is no score to hold against a "
                + "threshold; sweep a variant that has one (--variant), or add one to the scenario, e.g. "
                + "policies.risk: {module: priors-risk-score}"
        case .unknownGroup(let name, let groups):
            "--group-threshold \(name): the scenario has no such group; its groups are "
                + groups.joined(separator: ", ")
        case .repeatedGroup(let name):
            "--group-threshold \(name) is given twice; give each group once"
        }
    }
}
