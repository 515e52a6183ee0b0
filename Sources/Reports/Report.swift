import Experiments

/// What a report is made from: a run's evidence, where it comes from, and the scenario's
/// settings in words.
public struct Report: Sendable {
    /// The run's figures.
    public var evidence: Evidence
    /// Where they come from (every format ends with it).
    public var provenance: Provenance
    /// The scenario's settings in words, for formats that list them (HTML); may be empty.
    public var assumptions: [String]

    /// Creates a report.
    public init(evidence: Evidence, provenance: Provenance, assumptions: [String] = []) {
        self.evidence = evidence
        self.provenance = provenance
        self.assumptions = assumptions
    }
}
