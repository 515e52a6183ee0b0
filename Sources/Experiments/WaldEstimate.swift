import SimKernel

/// The Wald (instrumental-variable) estimate of detention's effect on one outcome from two
/// arms run under common random numbers: Δoutcome ÷ Δdetention between the arm with more
/// detention and the arm with less, replication by replication.
///
/// With Δ*Y*ᵣ and Δ*D*ᵣ the paired differences of replication *r*, the estimate is
/// β = mean(Δ*Y*) ÷ mean(Δ*D*), and its 95% interval is the **delta method** over the
/// replications: the standard error is sd(Δ*Y*ᵣ − β Δ*D*ᵣ) ÷ (√*n* |mean(Δ*D*)|), with
/// Student's *t* on *n* − 1 degrees of freedom (as ``Estimate`` does). The interval covers
/// simulation error only.
public struct WaldEstimate: Sendable, Equatable {
    /// The outcome.
    public var outcome: ExperimentOutcome
    /// Δoutcome (more-detention arm − less-detention arm), paired by replication: the reduced
    /// form.
    public var reducedForm: Estimate
    /// Δdetention, paired by replication: the first stage.
    public var firstStage: Estimate
    /// β = Δoutcome ÷ Δdetention, with its delta-method interval.
    public var effect: Estimate

    /// The estimate from paired (more detention, less detention) values of the treatment and
    /// of the outcome, one pair per replication; pairs with a missing value are left out.
    public init(
        outcome: ExperimentOutcome, treatment: [(more: Double, less: Double)], values: [(more: Double, less: Double)]
    ) {
        self.outcome = outcome
        let pairs = zip(treatment, values).filter {
            $0.0.more.isFinite && $0.0.less.isFinite && $0.1.more.isFinite && $0.1.less.isFinite
        }
        let dD = pairs.map { $0.0.more - $0.0.less }
        let dY = pairs.map { $0.1.more - $0.1.less }
        firstStage = Estimate(samples: dD)
        reducedForm = Estimate(samples: dY)
        let beta = firstStage.mean != 0 ? reducedForm.mean / firstStage.mean : .nan
        let residuals = zip(dY, dD).map { $0 - beta * $1 }
        let spread = Estimate(samples: residuals)
        effect = Estimate(
            mean: beta, halfWidth: beta.isFinite ? spread.halfWidth / abs(firstStage.mean) : .nan, count: pairs.count)
    }
}
