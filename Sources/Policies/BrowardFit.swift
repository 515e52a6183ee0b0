/// The group-free fit of ``CompasFitted`` to the Broward County records, made by
/// `data/propublica.py` (written to `data/broward/propublica-figures.json`, `group_free`), and
/// its goodness of fit. `CompasFittedTests` recomputes the goodness of fit from the module and
/// the records and fails if these figures are no longer what the module gives.
enum BrowardFit {
    /// cut_1 … cut_9.
    static let cutPoints = [-0.5186, 0.6707, 1.4455, 2.1895, 2.8563, 3.5225, 4.2548, 5.0557, 6.3231]
    static let priorsWeight = 0.12
    static let logPriorsWeight = 1.0569
    static let youngWeight = 2.0554
    static let oldWeight = -2.1078
    static let felonyWeight = 0.4253
    static let information = 1.01

    /// ``cutPoints`` as the module's `cut_points` table.
    static var cutPointTable: [String: Double] {
        Dictionary(uniqueKeysWithValues: cutPoints.enumerated().map { ("\($0.offset + 1)", $0.element) })
    }

    /// Decile distribution, model against data, in percentage points: the largest absolute
    /// difference at one decile and the total-variation distance, overall and by group.
    static let goodness: [String: (maximum: Double, totalVariation: Double)] = [
        "all": (0.76, 1.38), "African-American": (3.58, 6.07), "Caucasian": (1.27, 3.71), "Other": (8.71, 11.18),
    ]

    /// The fit's method and goodness of fit, for the module's description.
    static let summary = """
        Fitted by data/propublica.py to ProPublica's 6,172 filtered Broward records (2013–14): \
        maximum likelihood on the COMPAS deciles, marginal over the standard-normal risk factor; \
        information (1.01) chosen jointly with the true outcome's risk_factor_loading so that \
        recidivism by decile × race implied on the records matches the data \
        (scenarios/broward.yaml). Decile distribution, model against data: total-variation \
        distance 1.4 pp overall, 6.1 pp for African-American, 3.7 pp for Caucasian and 11.2 pp \
        for other defendants (largest difference at one decile 0.8, 3.6, 1.3 and 8.7 pp): the \
        inputs leave Black defendants' deciles too low, which is what group_shifts can add \
        (fitted: African-American +0.52, Other −0.57 against Caucasian, total variation then \
        2.1, 2.9 and 2.5 pp).
        """
}
