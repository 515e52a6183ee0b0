import PolicyKit

/// The release rule of the R1 benchmark model: release on recognizance with a fixed
/// probability, otherwise money bail drawn from a lognormal distribution.
struct R1Release: ReleasePolicy {
    var recognizanceProbability: Double
    var bailMu: Double
    var bailSigma: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        // Draw both numbers every time so the luck a person uses does not depend on which
        // branch is taken (common random numbers across variants).
        let releaseDraw = random.uniform()
        let amount = random.lognormal(mu: bailMu, sigma: bailSigma)
        return releaseDraw < recognizanceProbability ? .recognizance : .moneyBail(amount: amount)
    }

    /// The module.
    static let module = PolicyModule(
        name: "r1-release",
        decisionPoint: .release,
        summary: "R1 benchmark: recognizance with a probability, else lognormal money bail.",
        description: """
            The release rule of the project's benchmark model R1 (docs/R1.md): \
            with probability ror_probability the person is released on recognizance; \
            otherwise bail is set at a lognormal amount with median bail_median and log-sd \
            bail_sigma, independent of charge and group. Used to compare engines, not to \
            describe a real court.
            """,
        parameters: [
            ParameterSpec(
                "ror_probability", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Probability of release on recognizance."),
            ParameterSpec(
                "bail_median", .number(0.01...1e9), default: .number(2000), unit: "dollars",
                help: "Median bail amount."),
            ParameterSpec(
                "bail_sigma", .number(0.001...10), default: .number(0.8), unit: "log-dollars",
                help: "Standard deviation of the logarithm of the bail amount."),
        ],
        make: { parameters, _ in
            .release(
                R1Release(
                    recognizanceProbability: parameters.number("ror_probability"),
                    bailMu: logarithm(parameters.number("bail_median")),
                    bailSigma: parameters.number("bail_sigma")))
        }
    )
}
