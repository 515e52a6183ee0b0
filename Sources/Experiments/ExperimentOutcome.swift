import PretrialModel

/// An outcome whose change a causal experiment measures, per replication and breakdown cell,
/// as a share (or a mean) over the cases a detention-effect study counts.
///
/// The treatment itself is ``detentionShare(_:_:)``: the share of arrests held more than 3
/// days (Dobbie, Goldin & Yang 2018 define pre-trial release as release within 3 days of the
/// bail hearing). Case outcomes are over cases disposed; rearrest is over all arrests (a rate
/// over released people only would compare different people in the two arms).
public enum ExperimentOutcome: String, Sendable, CaseIterable {
    /// Cases ended by conviction (plea or trial) / cases disposed.
    case conviction
    /// Cases ended by a guilty plea / cases disposed.
    case guiltyPlea = "guilty_plea"
    /// The custodial-sentence share of cases disposed where the model has that figure
    /// (``custodialSentenceMetric``), else jail days to serve per case disposed.
    case custodialSentence = "custodial_sentence"
    /// New arrests while released / arrests.
    case rearrest

    /// The id of the catalog's custodial-sentence share (custodial sentences / cases
    /// disposed), used where the catalog has it; until then the outcome is jail days to serve
    /// per case disposed.
    public static let custodialSentenceMetric = "custodial_sentence_share"

    /// The catalog figure of the custodial-sentence share, if this build has it.
    static var custodialShare: MetricID? { MetricID(rawValue: custodialSentenceMetric) }

    /// What the outcome is, for tables.
    public var label: String {
        switch self {
        case .conviction: "Conviction (share of cases disposed)"
        case .guiltyPlea: "Guilty plea (share of cases disposed)"
        case .custodialSentence:
            Self.custodialShare != nil
                ? "Custodial sentence (share of cases disposed)"
                : "Jail days to serve per case disposed (after credit for time served)"
        case .rearrest: "Rearrest before disposition (new arrests per arrest)"
        }
    }

    /// The unit of the outcome's values.
    public var unit: MetricUnit {
        self == .custodialSentence && Self.custodialShare == nil ? .days : .share
    }

    /// The outcome in `cell` of one replication's figures (NaN where it has no value).
    public func value(_ metrics: ReplicationMetrics, _ cell: BreakdownCell = .overall) -> Double {
        switch self {
        case .conviction: return metrics.value(.convictionShare, cell)
        case .guiltyPlea: return metrics.value(.pleaShare, cell)
        case .custodialSentence:
            if let share = Self.custodialShare {
                // Custodial sentences over cases disposed, not over convictions: a study's "sentenced
                // to jail" counts every defendant (Heaton, Mayson & Stevenson 2017).
                let disposed = metrics.value(.casesDisposed, cell)
                return disposed > 0 ? metrics.numerator(share, cell) / disposed : .nan
            }
            // The pre-trial share of jail days is bed-days ÷ (bed-days + sentenced jail days).
            let sentenced =
                metrics.denominator(.pretrialShareOfJailDays, cell) - metrics.numerator(.pretrialShareOfJailDays, cell)
            let disposed = metrics.value(.casesDisposed, cell)
            return disposed > 0 ? sentenced / disposed : .nan
        case .rearrest:
            let arrests = metrics.value(.arrests, cell)
            return arrests > 0 ? metrics.numerator(.newArrestRate, cell) / arrests : .nan
        }
    }

    /// The treatment: the share of arrests held more than 3 days, in `cell`.
    public static func detentionShare(_ metrics: ReplicationMetrics, _ cell: BreakdownCell = .overall) -> Double {
        metrics.value(.detainedPast3DaysShare, cell)
    }
}
