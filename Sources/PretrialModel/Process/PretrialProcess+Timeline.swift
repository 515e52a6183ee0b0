import PolicyKit
import SimKernel

/// Policy timelines: the policies a case meets when some change during the run
/// (``ModelConfiguration/policyChanges``). Reached only behind ``PretrialProcess/hasPolicyTimeline``;
/// without a timeline every decision reads ``PretrialProcess/policies``.
extension PretrialProcess {
    /// The policies in force for the case at `now`, the date of the decision being made
    /// (docs/ARCHITECTURE.md, "Policy timelines").
    ///
    /// While a change phases in, whether the case is under it is the case's one uniform draw
    /// for ``LuckPurpose/policyPhaseIn`` against the share on that date: the same case falls on
    /// the same side at each of its decisions as the share rises, and on the same side under
    /// every variant (common random numbers).
    @inline(never)
    func policiesInForce(_ slot: Int, at now: Double) -> PolicySet {
        guard let regimes = policyRegimes, let stream = phaseInLuck else { return policies }
        let seed = cases[slot].luckSeed
        let index = regimes.index(on: now) {
            stream.reseed(StreamSeed.combine(seed, LuckPurpose.policyPhaseIn.rawValue, 0))
            return stream.uniform()
        }
        return regimes.sets[index]
    }
}
