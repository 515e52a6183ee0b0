import PolicyKit

/// A logistic risk score from recorded priors, age and charge, with an option to inflate the
/// recorded priors of chosen groups (biased inputs).
struct PriorsRiskScore: RiskInstrument {
    var intercept: Double
    var priorsWeight: Double
    var youngWeight: Double
    var classWeights: [Double]
    var priorsInflation: [Double]

    func score(_ defendant: Defendant, random: any RandomSource) -> Double {
        let priors = Double(defendant.priors) * priorsInflation[defendant.group]
        var z = intercept + priorsWeight * priors + classWeights[defendant.chargeClass]
        if defendant.ageBand == 0 { z += youngWeight }
        return 1 / (1 + exponential(-z))
    }

    /// The module.
    static let module = PolicyModule(
        name: "priors-risk-score",
        decisionPoint: .risk,
        summary: "Logistic risk score from recorded priors, age and charge; optional biased inputs.",
        description: """
            A score in [0, 1] = logistic(intercept + priors_weight × priors + charge weight + \
            young_weight if in the first age band), the structure of common pretrial tools \
            such as the Public Safety Assessment (Arnold Ventures), which weigh prior \
            convictions and failures to appear most. Recorded priors carry the bias of \
            policing: priors_inflation multiplies them for named groups to model heavier \
            policing (Broward: mean recorded priors 4.44 for Black and 2.59 for white \
            defendants; docs/DATA.md). Scores are deterministic given the inputs.
            """,
        parameters: [
            ParameterSpec("intercept", .number(-20...20), default: .number(-1.0), help: "Log-odds at zero inputs."),
            ParameterSpec(
                "priors_weight", .number(0...5), default: .number(0.25), unit: "log-odds per prior",
                help: "Weight of each recorded prior arrest."),
            ParameterSpec(
                "young_weight", .number(-5...5), default: .number(0.5), unit: "log-odds",
                help: "Added for the first age band (youngest)."),
            ParameterSpec(
                "class_weights", .table(-10...10), default: .table([:]), unit: "log-odds",
                help: "Added per charge class (default 0)."),
            ParameterSpec(
                "priors_inflation", .table(0...10), default: .table([:]), unit: "multiplier",
                help: "Multiplier of recorded priors for named groups (biased inputs; default 1)."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            .risk(
                PriorsRiskScore(
                    intercept: parameters.number("intercept"), priorsWeight: parameters.number("priors_weight"),
                    youngWeight: parameters.number("young_weight"),
                    classWeights: try byName(
                        parameters.table("class_weights"), names: population.chargeClasses,
                        parameter: "class_weights", default: 0, kind: "charge class"),
                    priorsInflation: try byName(
                        parameters.table("priors_inflation"), names: population.groups,
                        parameter: "priors_inflation", default: 1, kind: "group")))
        }
    )
}
