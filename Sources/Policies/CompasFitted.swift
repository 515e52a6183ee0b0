import PolicyKit

/// A risk instrument fitted to the COMPAS decile scores of the Broward County records: the
/// decile is drawn from a cumulative-logit (ordinal) model on recorded priors, age band and
/// charge class plus the person's latent risk factor, and the score is `decile / 10`.
///
/// P(decile ≤ k) = logistic(cut_k − η) for k = 1 … 9, with η = priors_weight × priors +
/// log_priors_weight × log(1 + priors) + young_weight (first age band) + old_weight (last age
/// band) + felony_weight (felony classes) + group_shifts[group] + information × riskFactor. The
/// defaults are the group-free fit of `data/propublica.py` (``BrowardFit``).
struct CompasFitted: RiskInstrument {
    /// cut_1 … cut_9, increasing.
    var cutPoints: [Double]
    var priorsWeight: Double
    var logPriorsWeight: Double
    var youngWeight: Double
    var oldWeight: Double
    /// The weight added for each charge class (felony_weight for felony classes, else 0).
    var classWeights: [Double]
    /// The index of the last age band, which old_weight applies to (none when it is band 0).
    var oldBand: Int
    /// The loading of the person's riskFactor.
    var information: Double
    /// The shift of η for each group (0 in the group-free default).
    var groupShifts: [Double]

    /// η without the risk factor: what the recorded inputs say.
    func recordedPredictor(_ defendant: Defendant) -> Double {
        let priors = Double(max(0, defendant.priors))
        var eta =
            priorsWeight * priors + logPriorsWeight * logarithm(1 + priors) + classWeights[defendant.chargeClass]
            + groupShifts[defendant.group]
        if defendant.ageBand == 0 { eta += youngWeight }
        if oldBand > 0, defendant.ageBand == oldBand { eta += oldWeight }
        return eta
    }

    /// P(decile ≤ k) for k = 1 … 9 at the linear predictor `eta` (risk factor included).
    func cumulative(_ eta: Double) -> [Double] {
        cutPoints.map { 1 / (1 + exponential(eta - $0)) }
    }

    /// The decile (1 … 10) for `defendant` given a uniform draw `u` in [0, 1).
    func decile(_ defendant: Defendant, u: Double) -> Int {
        let eta = recordedPredictor(defendant) + information * defendant.riskFactor
        for (index, cut) in cutPoints.enumerated() where u < 1 / (1 + exponential(eta - cut)) {
            return index + 1
        }
        return 10
    }

    func score(_ defendant: Defendant, random: any RandomSource) -> Double {
        Double(decile(defendant, u: random.uniform())) / 10
    }

    /// The module.
    static let module = PolicyModule(
        name: "compas-fitted",
        decisionPoint: .risk,
        summary: "COMPAS-like decile score (decile / 10), fitted to the Broward County records.",
        description: """
            The score is decile / 10, the decile (1–10) drawn from a cumulative-logit model: \
            P(decile ≤ k) = logistic(cut_k − η), η = priors_weight × priors + \
            log_priors_weight × log(1 + priors) + young_weight (first age band) + old_weight \
            (last age band) + felony_weight (felony classes) + information × the person's \
            latent risk factor (what COMPAS's 137-item questionnaire sees beyond priors, age \
            and charge). The specification is group-free (one set of cut points, no race \
            term): COMPAS does not take race, so differences between groups come from the \
            inputs; group_shifts (default 0) adds a shift by group, for what COMPAS's other \
            items carry that correlates with group (ProPublica: Black defendants 45% more \
            likely to score higher with priors, age, sex and recidivism held equal). \
            \(BrowardFit.summary)
            """,
        parameters: [
            ParameterSpec(
                "cut_points", .table(-30...30), default: .table(BrowardFit.cutPointTable), unit: "log-odds",
                help: "cut_k for k = 1 … 9 (keys \"1\" … \"9\"), increasing."),
            ParameterSpec(
                "priors_weight", .number(-5...5), default: .number(BrowardFit.priorsWeight),
                unit: "log-odds per prior", help: "Weight of each recorded prior arrest."),
            ParameterSpec(
                "log_priors_weight", .number(-10...10), default: .number(BrowardFit.logPriorsWeight),
                unit: "log-odds", help: "Weight of log(1 + priors)."),
            ParameterSpec(
                "young_weight", .number(-10...10), default: .number(BrowardFit.youngWeight), unit: "log-odds",
                help: "Added for the first age band (youngest)."),
            ParameterSpec(
                "old_weight", .number(-10...10), default: .number(BrowardFit.oldWeight), unit: "log-odds",
                help: "Added for the last age band (oldest), when there are two bands or more."),
            ParameterSpec(
                "felony_weight", .number(-10...10), default: .number(BrowardFit.felonyWeight), unit: "log-odds",
                help: "Added for the felony classes."),
            ParameterSpec(
                "felony_classes", .names, default: .names([]),
                help: "The charge classes felony_weight applies to (default: every class whose name contains 'felony')."
            ),
            ParameterSpec(
                "information", .number(0...10), default: .number(BrowardFit.information),
                unit: "log-odds per sd", help: "Loading of the person's latent risk factor."),
            ParameterSpec(
                "group_shifts", .table(-10...10), default: .table([:]), unit: "log-odds",
                help: "Added to η for named groups (default 0: group-free)."),
        ],
        make: { parameters, population throws(PolicyParameterError) in
            let named = parameters.names("felony_classes")
            let felony =
                named.isEmpty
                ? population.chargeClasses.map { $0.lowercased().contains("felony") }
                : try population.chargeClassFlags(named, parameter: "felony_classes")
            let weight = parameters.number("felony_weight")
            return .risk(
                CompasFitted(
                    cutPoints: try cutPoints(parameters.table("cut_points")),
                    priorsWeight: parameters.number("priors_weight"),
                    logPriorsWeight: parameters.number("log_priors_weight"),
                    youngWeight: parameters.number("young_weight"), oldWeight: parameters.number("old_weight"),
                    classWeights: felony.map { $0 ? weight : 0 }, oldBand: population.ageBands.count - 1,
                    information: parameters.number("information"),
                    groupShifts: try byName(
                        parameters.table("group_shifts"), names: population.groups, parameter: "group_shifts",
                        default: 0, kind: "group")))
        }
    )

    /// The nine cut points of a `cut_points` table, in order.
    /// - Throws: ``PolicyKit/PolicyParameterError`` unless the keys are exactly "1" … "9" and
    ///   the values increase.
    static func cutPoints(_ table: [String: Double]) throws(PolicyParameterError) -> [Double] {
        let keys = (1...9).map(String.init)
        guard Set(table.keys) == Set(keys) else {
            let extra = table.keys.filter { !keys.contains($0) }.sorted()
            let missing = keys.filter { table[$0] == nil }
            throw PolicyParameterError(
                parameter: "cut_points",
                message: "give exactly the keys 1 … 9"
                    + (missing.isEmpty ? "" : "; missing: \(missing.joined(separator: ", "))")
                    + (extra.isEmpty ? "" : "; not a cut point: \(extra.joined(separator: ", "))"))
        }
        let values = keys.map { table[$0]! }
        for k in 1..<values.count where !(values[k] > values[k - 1]) {
            throw PolicyParameterError(
                parameter: "cut_points",
                message: "cut points must increase, but \(k + 1) (\(values[k])) is not above \(k) (\(values[k - 1]))")
        }
        return values
    }
}
