/// A release policy that decides by comparing the defendant's risk score with one threshold,
/// and can be remade with another threshold and otherwise the same parameters.
///
/// `pretrial experiment thresholds` sweeps the threshold of a policy that adopts this protocol
/// (the built-in `risk-assessment-release` does); a release policy that does not adopt it is run
/// unchanged at every threshold of the sweep, so only the threshold the fairness figures read
/// moves. Adopting it is optional and source-compatible: existing plugins need no change.
public protocol RiskThresholdAdjustable: ReleasePolicy {
    /// The same policy with `threshold` (a score in [0, 1]) in place of its own threshold;
    /// every other parameter (bands, amounts, what happens above the threshold) kept.
    func replacingRiskThreshold(_ threshold: Double) -> any ReleasePolicy
}
