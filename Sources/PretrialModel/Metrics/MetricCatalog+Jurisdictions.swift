/// The catalog entries of the figures by which jurisdictions publish their remand statistics:
/// the sentenced population beside the pre-trial one (the "share of prisoners not finally
/// sentenced" of the Council of Europe's SPACE I statistics) and the length of remand in
/// the bands of Germany's Strafverfolgungsstatistik.
enum JurisdictionFigures {
    /// Days in a month, for the remand-length bands (365.25 / 12).
    static let daysPerMonth = 30.4375
    /// Days a person must be held for the case to count as remanded in the length bands: more
    /// than the time to a first hearing, so that a night in police custody is not a remand.
    static let remandedAfterDays = 2.0

    /// `sentenced_population`.
    static let sentencedPopulation = MetricDefinition(
        label: "Sentenced population (steady state)",
        meaning: "days still to serve of the custodial sentences of the cases counted (sentence × "
            + "courts.prison_sentence_served_share, less the days held pre-trial) ÷ the days of arrests counted: "
            + "by Little's law, the average number serving those sentences if arrests and sentencing had been "
            + "as they are for years; NaN without courts.prison_sentence_served_share",
        unit: .people, formula: .perCountedDay(.sentencedCustodyDays), roles: [.byBreakdown])

    /// `pretrial_share_of_prisoners`.
    static let pretrialShareOfPrisoners = MetricDefinition(
        label: "Pre-trial share of prisoners",
        meaning: "average pre-trial jail population ÷ (itself + the sentenced population): the share of "
            + "people in custody not yet tried (SPACE I counts the convicted awaiting sentence or appeal too); "
            + "NaN without courts.prison_sentence_served_share",
        unit: .share, formula: .pretrialShareWith(.sentencedCustodyDays), roles: [.byBreakdown])

    /// `open_cases_steady_state`.
    static let openCases = MetricDefinition(
        label: "Open cases (steady state)",
        meaning: "days from arrest to disposition of the cases counted and disposed ÷ the days of arrests "
            + "counted: by Little's law, the cases open at any time (a court's caseload or backlog as court "
            + "statistics count it) if arrests had been as they are for years",
        unit: .people, formula: .perCountedDay(.timeToDispositionDays), roles: [.byBreakdown])

    /// A length-of-remand band: more than `above` and at most `atMost` months (`nil`: no upper end).
    static func remandLength(above: Double, atMost: Double?) -> MetricDefinition {
        let band =
            atMost.map { above == 0 ? "up to \(months($0))" : "\(months(above)) to \(months($0))" }
            ?? "over \(months(above))"
        return MetricDefinition(
            label: "Remand lasting \(band)",
            meaning: "cases held more than \(Int(remandedAfterDays)) days pre-trial whose days in pre-trial "
                + "detention are \(band) (a month is \(daysPerMonth) days) / cases held more than "
                + "\(Int(remandedAfterDays)) days, from a histogram (within 1%)",
            unit: .share,
            formula: .detentionLengthShare(
                above: above == 0 ? remandedAfterDays : above * daysPerMonth,
                atMost: (atMost ?? 1_200) * daysPerMonth, among: remandedAfterDays),
            roles: [.byBreakdown])
    }

    /// "1 month", "3 months", "1 year".
    private static func months(_ count: Double) -> String {
        count == 12 ? "1 year" : count == 1 ? "1 month" : "\(Int(count)) months"
    }
}
