/// What ``PretrialProcess/countOutcome(_:into:)`` counts of one disposed case.
struct OutcomeFacts {
    /// How the case ended.
    var outcome: Disposition
    /// Whether the person was factually guilty.
    var guilty: Bool
    /// Days held before trial on the case, in all.
    var detentionDays: Double
    /// Days from arrest to disposition.
    var elapsedDays: Double
    /// The sentence pronounced, in days (0: none, or non-custodial).
    var sentenceDays: Double
}
