/// Where a person stood when their case ended: the split of ``BreakdownCell/detentionStatus(_:)``.
///
/// **Detained** means in pre-trial custody at the moment the case was disposed (held from the
/// first appearance on, or held again after a failure to appear or a new arrest, and still
/// held when the case ended by plea, verdict or dismissal); **released** means at liberty when
/// the case ended (cited at arrest, released at first appearance, or released later on bail,
/// at a review or at a custody time limit, and not held again). The split is that of the
/// research on detention's effects, which compares cases by status at disposition. Cases still
/// open when the run stops are in neither.
public enum DetentionStatus: String, Sendable, CaseIterable, Codable {
    /// In pre-trial custody when the case ended.
    case detained
    /// At liberty when the case ended.
    case released
}
