/// What a person's luck is drawn for. Each purpose has its own sub-stream of the person's
/// luck, so a person meets every policy variant with the same luck at the same decision
/// (common random numbers down to the person), whatever else the policy changes.
enum LuckPurpose: UInt64 {
    case arrestPolicy = 1
    case firstAppearanceDelay
    case counselPolicy
    case riskInstrument
    case releasePolicy
    case bailPosting
    case bailReviewPolicy
    case courtDate
    case courtDateInterval
    case pleaPolicy
    case newArrest
    case warrant
    case trial
    case rearrestCase
}
