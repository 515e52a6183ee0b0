/// What a person's luck is drawn for. Each purpose has its own sub-stream of the person's
/// luck, so a person meets every policy variant with the same luck at the same decision
/// (common random numbers down to the person), whatever else the policy changes.
///
/// The raw values seed the sub-streams, so each is written out and pinned by a test
/// (`LuckPurposeTests`): renumbering a case would change every figure. A new purpose takes a
/// new number; a retired one keeps its number unused.
enum LuckPurpose: UInt64, CaseIterable {
    case arrestPolicy = 1
    case firstAppearanceDelay = 2
    case counselPolicy = 3
    case riskInstrument = 4
    case releasePolicy = 5
    case bailPosting = 6
    case bailReviewPolicy = 7
    case courtDate = 8
    case courtDateInterval = 9
    case pleaPolicy = 10
    case newArrest = 11
    case warrant = 12
    case trial = 13
    case rearrestCase = 14
    // Persons and holds: 20–29.
    /// Revocation of release on an open case at its person's new arrest.
    case revocation = 20
    /// Whether a hold is placed at booking.
    case hold = 21
    /// How long a hold lasts.
    case holdDuration = 22
    case bondsmanSurrender = 30
    /// Evidence strength of the case (``EvidenceModel``).
    case evidence = 40
    /// Whether diversion is offered and accepted at a court date.
    case diversion = 41
    /// Whether a plea is offered and accepted at first appearance.
    case arraignment = 42
    /// The sentencing rules' draws (time served, probation).
    case sentence = 43
    /// Whether the case is declined before first appearance.
    case declination = 44
    // Risk outcomes and policing (issue #13): 60–69.
    /// The person's latent risk factor (``PolicyKit/Defendant/riskFactor``), from the
    /// person's own luck (occurrence 0).
    case riskFactor = 60
    /// Recorded priors drawn from true priors under the group's policing intensity.
    case recordedPriors = 61
    /// The case's true predicted outcome and whether police record it (``RiskOutcomeModel``).
    case riskOutcome = 62
    // Policy timelines (issue #14): 70–74.
    /// Whether a case is under a policy that is phasing in (``PolicyChange``): one uniform draw
    /// per case, compared with the share under the new policy on each decision's date.
    case policyPhaseIn = 70
    // A census on day 0 (issue #14): 75–79.
    /// A census person's attributes and days (priors, age band, guilt, ability to pay, days
    /// held and since arrest), occurrence: the person's place in the census.
    case censusPerson = 75
    /// The seed of a census person's luck at every later decision (occurrence: their place).
    case censusCase = 76
    /// Whether and when a census person held on bail posts it later.
    case censusBailPosting = 77
    /// When a census case's next court date comes.
    case censusCourtDate = 78
    // Police custody and the station lawyer (issue #14): 85–89.
    /// Hours in police custody and whether the legal limit is extended.
    case policeCustodyHours = 85
    /// The luck handed to the station counsel policy (whether advice is requested or given).
    case stationCounselPolicy = 86
    /// The custody decision at the end of police custody, and the end of an investigation.
    case custodyDecision = 87
    /// Whether advice at the station turns a first-appearance hold into a release.
    case stationAdviceRelease = 88
    // Court tiers, sending up and custody-limit extensions (issue #14): 80–84.
    /// Whether a case is sent up to a higher tier at first appearance, and after what delay.
    case sendingUp = 80
    /// Whether an application to extend the custody time limit is granted (occurrence: the
    /// number of extensions already granted).
    case custodyLimitExtension = 81
}
