/// The metric catalog: every figure the tool reports, declared once.
///
/// To add a figure: add its id to ``MetricID`` (in the order tables should list it), its
/// counters to ``ProcessCounter`` if it needs new ones, the process update that counts them
/// (`Process/PretrialProcess+*.swift`), and its entry here. Everything else — tables, CSV,
/// JSON, the store, comparisons, disparities, charts, `--precision`, `pretrial metrics` and
/// the README table — follows from the entry.
extension MetricID {
    /// Every figure with its definition and whether its formula has a numerator and a
    /// denominator, built once: a definition is made afresh at each reading of
    /// ``definition`` (thousands of instructions), and every replication reads them all.
    static let formulas: [(MetricID, MetricDefinition, hasParts: Bool)] = allCases.map {
        let definition = $0.definition
        return ($0, definition, definition.formula.parts != nil)
    }

    /// The figure's definition.
    public var definition: MetricDefinition {
        switch self {
        case .arrests:
            MetricDefinition(
                label: "People arrested",
                meaning: "cases opened by arrests on or after the warm-up (new arrests while released included)",
                unit: .people, formula: .count(.arrests), roles: [.headline, .byBreakdown])
        case .bookedShare:
            MetricDefinition(
                label: "Share booked into jail", meaning: "booked at arrest / arrests",
                unit: .share, formula: .share(.booked, of: .arrests), denominatorNoun: "people arrested",
                roles: [.compared])
        case .citedShare:
            MetricDefinition(
                label: "Share cited and released", meaning: "cited and released at arrest / arrests",
                unit: .share, formula: .share(.cited, of: .arrests), denominatorNoun: "people arrested")
        case .detainedPastFirstAppearanceShare:
            MetricDefinition(
                label: "Share detained past first appearance",
                meaning: "still in custody right after the first-appearance decision / arrests",
                unit: .share, formula: .share(.detainedPastFirstAppearance, of: .arrests),
                denominatorNoun: "people arrested",
                roles: [.headline, .byBreakdown, .compared, .comparedByBreakdown, .disparity, .charted, .precision])
        case .detainedPast3DaysShare:
            MetricDefinition(
                label: "Share detained past 3 days",
                meaning: "more than 3 days in pre-trial custody on the case / arrests",
                unit: .share, formula: .share(.detainedPast3Days, of: .arrests), denominatorNoun: "people arrested",
                roles: [.headline, .byBreakdown, .compared, .comparedByBreakdown, .disparity])
        case .heldAtFirstAppearancePast3DaysShare:
            MetricDefinition(
                label: "Share held at first appearance and past 3 days",
                meaning: "held right after the first-appearance decision and more than 3 days in pre-trial custody on "
                    + "the case / arrests (the relative rate index's stage after \"detained at first appearance\"; "
                    + "people detained only later, after a failure to appear or a new arrest, are not in it)",
                unit: .share, formula: .share(.heldPast3DaysFromFirstAppearance, of: .arrests),
                denominatorNoun: "people arrested")
        case .moneyBailShare:
            MetricDefinition(
                label: "Share given money bail", meaning: "money bail set at first appearance / first appearances",
                unit: .share, formula: .share(.moneyBail, of: .firstAppearances), denominatorNoun: "first appearances",
                roles: [.headline, .byBreakdown, .disparity])
        case .bailUnaffordableShare:
            MetricDefinition(
                label: "Share of money bail not posted at once",
                meaning:
                    "money bail not posted at the hearing (neither in full nor through a bondsman) / money bail set",
                unit: .share, formula: .share(.bailUnaffordable, of: .moneyBail),
                denominatorNoun: "money bail decisions",
                roles: [.headline, .byBreakdown, .disparity])
        case .pretrialDetentionDays:
            MetricDefinition(
                label: "Mean days in pre-trial detention",
                meaning: "bed-days of the case (its person's days in jail while it was open, split equally among "
                    + "their open cases) from arrest to disposition, over all arrests (0 for people cited)",
                unit: .days, formula: .mean(.bedDays, over: .detentionCases), denominatorNoun: "people arrested",
                roles: [
                    .headline, .byBreakdown, .compared, .comparedByBreakdown, .disparity, .charted, .precision,
                    .byDetentionStatus,
                ])
        case .pretrialDetentionDaysMedian:
            MetricDefinition(
                label: "Median days in pre-trial detention",
                meaning:
                    "median of the days each case's person was in jail while it was open, from a histogram (within "
                    + "0.4% plus half a minute)",
                unit: .days, formula: .detentionQuantile(0.5), roles: [.headline])
        case .pretrialDetentionDaysP90:
            MetricDefinition(
                label: "90th percentile of days in pre-trial detention",
                meaning: "90th percentile of the same, from a histogram (within 0.4% plus half a minute)",
                unit: .days, formula: .detentionQuantile(0.9), roles: [.headline, .compared])
        case .bedDays:
            MetricDefinition(
                label: "Pre-trial bed-days",
                meaning: "person-days in jail before disposition, attributed to the arrests counted (a person's day "
                    + "split equally among their open cases)",
                unit: .days, formula: .count(.bedDays), roles: [.byBreakdown, .compared])
        case .jailPopulationAverage:
            MetricDefinition(
                label: "Average daily pre-trial jail population",
                meaning: "time-average number of persons held pre-trial between the warm-up and the end of the arrest "
                    + "window, each counted once (split equally among the cells of their open cases)",
                unit: .people, formula: .jailPopulationAverage, roles: [.headline, .compared, .precision])
        case .pretrialShareOfJailDays:
            MetricDefinition(
                label: "Pre-trial share of jail bed-days",
                meaning: "pre-trial bed-days / (pre-trial bed-days + jail days of sentences of a year or less, after "
                    + "credit for time served, times `courts.jail_sentence_served_share`)",
                unit: .share, formula: .shareOfSum(.bedDays, with: .sentencedJailDays), roles: [.headline])
        case .guiltyPleaShareDetained:
            MetricDefinition(
                label: "Plea acceptance when detained",
                meaning: "plea offers accepted / plea offers made while detained",
                unit: .share, formula: .share(.pleasDetained, of: .offersDetained),
                denominatorNoun: "plea offers to detained people",
                roles: [.headline, .byBreakdown, .compared, .comparedByBreakdown, .disparity])
        case .guiltyPleaShareReleased:
            MetricDefinition(
                label: "Plea acceptance when released",
                meaning: "plea offers accepted / plea offers made while released",
                unit: .share, formula: .share(.pleasReleased, of: .offersReleased),
                denominatorNoun: "plea offers to released people", roles: [.headline])
        case .pleaShare:
            MetricDefinition(
                label: "Share of cases ended by guilty plea", meaning: "cases ended by a guilty plea / cases disposed",
                unit: .share, formula: .share(.pleas, of: .disposed), denominatorNoun: "cases disposed",
                roles: [.byDetentionStatus])
        case .convictionShare:
            MetricDefinition(
                label: "Share of cases ending in conviction",
                meaning: "cases ended by conviction (plea or trial) / cases disposed",
                unit: .share, formula: .share(.convictions, of: .disposed), denominatorNoun: "cases disposed",
                roles: [.headline, .byBreakdown, .compared, .disparity, .byDetentionStatus])
        case .innocentConvictions:
            MetricDefinition(
                label: "Convictions of factually innocent people",
                meaning: "cases of factually innocent people ended by conviction (plea or trial)",
                unit: .people, formula: .count(.innocentConvictions), roles: [.headline, .compared])
        case .innocentPleas:
            MetricDefinition(
                label: "Guilty pleas by factually innocent people",
                meaning: "guilty pleas accepted by factually innocent people",
                unit: .people, formula: .count(.innocentPleas), roles: [.compared])
        case .innocentConvictionsAtTrial:
            MetricDefinition(
                label: "Factually innocent people convicted at trial",
                meaning: "cases of factually innocent people ended by conviction at trial",
                unit: .people, formula: .count(.innocentConvictionsAtTrial))
        case .casesDisposed:
            MetricDefinition(
                label: "Cases disposed", meaning: "cases ended by dismissal, diversion, acquittal or conviction",
                unit: .people, formula: .count(.disposed))
        case .failureToAppearRate:
            MetricDefinition(
                label: "Failure to appear per court date while released",
                meaning: "failures to appear / court dates held while released",
                unit: .share, formula: .share(.failuresToAppear, of: .courtDatesReleased),
                denominatorNoun: "court dates of released people", roles: [.headline, .byBreakdown, .compared])
        case .newArrestRate:
            MetricDefinition(
                label: "New arrests per person released",
                meaning: "new arrests while released / cases released before disposition",
                unit: .share, formula: .share(.newArrests, of: .releasedCases), denominatorNoun: "people released",
                roles: [.headline, .compared])
        case .timeToDispositionDays:
            MetricDefinition(
                label: "Mean days from arrest to disposition",
                meaning: "days from arrest to disposition, over disposed cases",
                unit: .days, formula: .mean(.timeToDispositionDays, over: .disposed), denominatorNoun: "cases disposed",
                roles: [.headline, .byDetentionStatus])
        case .casesTried:
            MetricDefinition(
                label: "Cases tried", meaning: "cases that went to trial", unit: .people, formula: .count(.tried),
                roles: [.headline])
        case .trialWaitDays:
            MetricDefinition(
                label: "Mean days waiting for trial",
                meaning: "days from joining the trial queue to the start of trial, over tried cases",
                unit: .days, formula: .mean(.trialWaitDays, over: .tried), denominatorNoun: "cases tried",
                roles: [.headline, .compared])
        case .trialBacklogAtWindowEnd:
            MetricDefinition(
                label: "Trial backlog at the end of the arrest window",
                meaning: "cases waiting for a courtroom when the arrest window closes (overall only)",
                unit: .people, scope: .overallOnly, formula: .replicationWide)
        case .countedDays:
            MetricDefinition(
                label: "Days of arrests counted",
                meaning: "the arrest window less the warm-up: the days whose arrests the figures count (totals cover "
                    + "these days, not a year) (overall only)",
                unit: .days, scope: .overallOnly, formula: .replicationWide)
        case .trialBacklogGrowthPerYear:
            MetricDefinition(
                label: "Growth of the trial backlog per year",
                meaning: "(trial backlog at the end of the arrest window − trial backlog at the end of the warm-up) "
                    + "÷ the days between × 365; near 0 in a steady state, and growing with the run's length when "
                    + "the courts cannot keep up (overall only)",
                unit: .people, scope: .overallOnly, formula: .replicationWide)
        case .custodyLimitReleases:
            MetricDefinition(
                label: "Releases at the custody time limit",
                meaning: "people released because the custody time limit expired",
                unit: .people, formula: .count(.custodyLimitReleases), roles: [.headline, .compared])
        case .detainedPast3DaysNotConvicted:
            MetricDefinition(
                label: "People held more than 3 days whose case ended without conviction",
                meaning: "cases ended by dismissal, diversion or acquittal after more than 3 days in pre-trial custody",
                unit: .people, formula: .count(.detainedPast3DaysNotConvicted), roles: [.headline, .compared])
        case .detainedLongerThanCustodialSentence:
            MetricDefinition(
                label: "People held pre-trial longer than their custodial sentence",
                meaning: "convicted cases with a custodial sentence (as pronounced, before good-behaviour credit) "
                    + "shorter than the days already held pre-trial",
                unit: .people, formula: .count(.detainedLongerThanCustodialSentence), roles: [.headline, .compared])
        case .costDollars:
            MetricDefinition(
                label: "Cost of pre-trial detention (dollars)", meaning: "bed-days × cost per bed-day",
                unit: .dollars, formula: .costOf(.bedDays), roles: [.headline, .compared])
        case .openCasesAtEnd:
            MetricDefinition(
                label: "Cases still open at the end", meaning: "counted cases not disposed when the run stopped",
                unit: .people, formula: .count(.openAtEnd))
        case .littlesLawRatio:
            MetricDefinition(
                label: "Little's law ratio (steady-state check)",
                meaning: "average daily pre-trial jail population ÷ (arrests per day × mean days in pre-trial "
                    + "detention); 1 in a steady state, away from 1 when the jail is still filling or emptying "
                    + "(overall only)",
                unit: .count, scope: .overallOnly, formula: .replicationWide)
        case .modelEvents:
            MetricDefinition(
                label: "Model events",
                meaning: "arrests, first appearances, court dates, trial ends and other process events executed "
                    + "(overall only)",
                unit: .events, scope: .overallOnly, formula: .replicationWide, roles: [.headline])
        case .holdShare:
            MetricDefinition(
                label: "Share of bookings with a hold",
                meaning: "bookings that brought a probation, parole or warrant hold (which keeps the person in jail "
                    + "whatever the release decision) / bookings",
                unit: .share, formula: .share(.holdsPlaced, of: .booked), denominatorNoun: "people booked",
                roles: [.byBreakdown])
        case .peopleInJailAverage:
            MetricDefinition(
                label: "Average number of people in jail pre-trial",
                meaning: "time-average number of persons in jail with an open case, each counted once whatever their "
                    + "number of cases, between the warm-up and the end of the arrest window (overall only)",
                unit: .people, scope: .overallOnly, formula: .replicationWide)
        case .recognizanceShare:
            MetricDefinition(
                label: "Share released on recognizance",
                meaning: "released on recognizance at first appearance / first appearances",
                unit: .share, formula: .share(.recognizanceReleases, of: .firstAppearances),
                denominatorNoun: "first appearances", roles: [.headline, .byBreakdown, .disparity])
        case .unsecuredBondShare:
            MetricDefinition(
                label: "Share given an unsecured bond",
                meaning: "released on an unsecured or nominal bond (owed only on failure to appear) at first "
                    + "appearance / first appearances",
                unit: .share, formula: .share(.unsecuredBonds, of: .firstAppearances),
                denominatorNoun: "first appearances", roles: [.headline, .byBreakdown, .disparity])
        case .conditionsShare:
            MetricDefinition(
                label: "Share released on non-monetary conditions",
                meaning: "released on non-monetary conditions or supervision at first appearance / first appearances",
                unit: .share, formula: .share(.conditionsReleases, of: .firstAppearances),
                denominatorNoun: "first appearances", roles: [.headline])
        case .detainedWithoutBailShare:
            MetricDefinition(
                label: "Share held without bail",
                meaning: "held without bail at first appearance / first appearances",
                unit: .share, formula: .share(.detainedWithoutBail, of: .firstAppearances),
                denominatorNoun: "first appearances", roles: [.headline, .byBreakdown])
        case .bailAmountMedian:
            MetricDefinition(
                label: "Median money bail (dollars)",
                meaning: "median of the money bail set at first appearance, from a histogram (within 0.4% plus "
                    + "half a dollar)",
                unit: .dollars, formula: .bailQuantile(0.5), roles: [.headline, .byBreakdown])
        case .bailPostedShare:
            MetricDefinition(
                label: "Share of money bail posted",
                meaning: "money bail set at first appearance and posted before disposition (by the person, family, "
                    + "a bondsman or a bail fund) / money bail set",
                unit: .share, formula: .share(.bailPosted, of: .moneyBail), denominatorNoun: "money bail decisions",
                roles: [.headline, .byBreakdown, .compared])
        case .bailPostedShareUnder5k:
            MetricDefinition(
                label: "Share of money bail posted, under $5,000",
                meaning: "first-appearance money bail of under $5,000 posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPostedUnder5k, of: .bailSetUnder5k),
                denominatorNoun: "money bail decisions in the band")
        case .bailPostedShare5kTo10k:
            MetricDefinition(
                label: "Share of money bail posted, $5,000 to under $10,000",
                meaning:
                    "first-appearance money bail of $5,000 to under $10,000 posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPosted5kTo10k, of: .bailSet5kTo10k),
                denominatorNoun: "money bail decisions in the band")
        case .bailPostedShare10kTo25k:
            MetricDefinition(
                label: "Share of money bail posted, $10,000 to under $25,000",
                meaning:
                    "first-appearance money bail of $10,000 to under $25,000 posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPosted10kTo25k, of: .bailSet10kTo25k),
                denominatorNoun: "money bail decisions in the band")
        case .bailPostedShare25kTo50k:
            MetricDefinition(
                label: "Share of money bail posted, $25,000 to under $50,000",
                meaning:
                    "first-appearance money bail of $25,000 to under $50,000 posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPosted25kTo50k, of: .bailSet25kTo50k),
                denominatorNoun: "money bail decisions in the band")
        case .bailPostedShare50kTo100k:
            MetricDefinition(
                label: "Share of money bail posted, $50,000 to under $100,000",
                meaning:
                    "first-appearance money bail of $50,000 to under $100,000 posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPosted50kTo100k, of: .bailSet50kTo100k),
                denominatorNoun: "money bail decisions in the band")
        case .bailPostedShare100kTo500k:
            MetricDefinition(
                label: "Share of money bail posted, $100,000 to under $500,000",
                meaning:
                    "first-appearance money bail of $100,000 to under $500,000 posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPosted100kTo500k, of: .bailSet100kTo500k),
                denominatorNoun: "money bail decisions in the band")
        case .bailPostedShare500kOrMore:
            MetricDefinition(
                label: "Share of money bail posted, $500,000 or more",
                meaning: "first-appearance money bail of $500,000 or more posted before disposition / money bail set "
                    + "in that band",
                unit: .share, formula: .share(.bailPosted500kOrMore, of: .bailSet500kOrMore),
                denominatorNoun: "money bail decisions in the band")
        case .bondsmanShare:
            MetricDefinition(
                label: "Share of posted bail paid through a bondsman",
                meaning: "first-appearance money bail posted through a bondsman's premium / money bail posted",
                unit: .share, formula: .share(.bailPostedThroughBondsman, of: .bailPosted),
                denominatorNoun: "money bail posted")
        case .bailFundReleases:
            MetricDefinition(
                label: "People released by a bail fund",
                meaning: "people whose first-appearance money bail a bail fund posted",
                unit: .people, formula: .count(.bailFundReleases), roles: [.headline, .compared])
        case .bailFundDollars:
            MetricDefinition(
                label: "Bail posted by a bail fund (dollars)",
                meaning: "dollars of bail a bail fund posted for the arrests counted",
                unit: .dollars, formula: .count(.bailFundDollars), roles: [.compared])
        case .dismissalShare:
            MetricDefinition(
                label: "Share of cases dismissed",
                meaning: "cases dismissed at a court date or declined before first appearance / cases disposed",
                unit: .share, formula: .share(.dismissed, of: .disposed), denominatorNoun: "cases disposed",
                roles: [.headline, .byBreakdown, .compared, .byDetentionStatus])
        case .diversionShare:
            MetricDefinition(
                label: "Share of cases diverted",
                meaning: "cases ended by diversion or deferred adjudication (no conviction) / cases disposed",
                unit: .share, formula: .share(.diverted, of: .disposed), denominatorNoun: "cases disposed",
                roles: [.headline, .byBreakdown, .compared, .byDetentionStatus])
        case .trialShare:
            MetricDefinition(
                label: "Share of cases ended by trial",
                meaning: "cases ended by a verdict (conviction or acquittal at trial) / cases disposed",
                unit: .share, formula: .share(.disposedAfterTrial, of: .disposed), denominatorNoun: "cases disposed",
                roles: [.headline, .compared, .byDetentionStatus])
        case .acquittalShare:
            MetricDefinition(
                label: "Share of cases acquitted",
                meaning: "cases acquitted at trial / cases disposed",
                unit: .share, formula: .share(.acquitted, of: .disposed), denominatorNoun: "cases disposed",
                roles: [.byDetentionStatus])
        case .custodialSentenceShare:
            MetricDefinition(
                label: "Share of convictions with a custodial sentence",
                meaning: "convictions sentenced to jail or prison (more than 0 days, time served included) / "
                    + "convictions",
                unit: .share, formula: .share(.custodialSentences, of: .convictions),
                denominatorNoun: "convictions",
                roles: [.headline, .byBreakdown, .compared, .disparity, .byDetentionStatus])
        case .custodialSentenceDays:
            MetricDefinition(
                label: "Mean custodial sentence (days)",
                meaning: "days of custodial sentences as pronounced (before good-behaviour credit), over "
                    + "convictions with a custodial sentence",
                unit: .days, formula: .mean(.custodialSentenceDays, over: .custodialSentences),
                denominatorNoun: "custodial sentences",
                roles: [.headline, .byBreakdown, .compared, .byDetentionStatus])
        case .timeToDispositionDaysMedian:
            MetricDefinition(
                label: "Median days from arrest to disposition",
                meaning: "median days from arrest to disposition over disposed cases, from a histogram (within 0.4% "
                    + "plus half a minute)",
                unit: .days, formula: .dispositionQuantile(0.5), roles: [.headline, .byBreakdown, .compared])
        case .trialCourtUtilisation:
            MetricDefinition(
                label: "Trial courtroom utilisation",
                meaning: "share of courtroom-days spent trying cases between the warm-up and the end of the arrest "
                    + "window; at 0.95 or more the trial queue has little or no steady state (overall only)",
                unit: .share, scope: .overallOnly, formula: .replicationWide)
        case .releasedBeforeDispositionShare:
            MetricDefinition(
                label: "Share released before disposition",
                meaning: "cases whose person was released (cited, on recognizance, on bond, on conditions or by "
                    + "posting bail) at some time before disposition / arrests",
                unit: .share, formula: .share(.releasedCases, of: .arrests), denominatorNoun: "arrests",
                roles: [.headline, .byBreakdown, .compared, .disparity])
        case .failuresToAppearPerReleased:
            MetricDefinition(
                label: "Failures to appear per person released",
                meaning: "failures to appear at court dates while released / cases released before disposition",
                unit: .share, formula: .share(.failuresToAppear, of: .releasedCases),
                denominatorNoun: "people released",
                roles: [.compared])
        case .riskFlaggedShare: RiskFigures.flaggedShare
        case .riskOutcomeRateObserved: RiskFigures.outcomeRate(observed: true)
        case .riskOutcomeRateTrue: RiskFigures.outcomeRate(observed: false)
        case .riskOutcomeRateGap: RiskFigures.gap(RiskFigures.outcomeRate)
        case .riskFalsePositiveRateObserved: RiskFigures.falsePositiveRate(observed: true)
        case .riskFalsePositiveRateTrue: RiskFigures.falsePositiveRate(observed: false)
        case .riskFalsePositiveRateGap: RiskFigures.gap(RiskFigures.falsePositiveRate)
        case .riskFalseNegativeRateObserved: RiskFigures.falseNegativeRate(observed: true)
        case .riskFalseNegativeRateTrue: RiskFigures.falseNegativeRate(observed: false)
        case .riskFalseNegativeRateGap: RiskFigures.gap(RiskFigures.falseNegativeRate)
        case .riskPositivePredictiveValueObserved: RiskFigures.positivePredictiveValue(observed: true)
        case .riskPositivePredictiveValueTrue: RiskFigures.positivePredictiveValue(observed: false)
        case .riskPositivePredictiveValueGap: RiskFigures.gap(RiskFigures.positivePredictiveValue)
        case .riskAUCObserved: RiskFigures.areaUnderCurve(observed: true)
        case .riskAUCTrue: RiskFigures.areaUnderCurve(observed: false)
        case .riskAUCGap: RiskFigures.gap(RiskFigures.areaUnderCurve)
        case .riskOutcomeRateDecile1Observed: RiskFigures.calibration(decile: 1, observed: true)
        case .riskOutcomeRateDecile1True: RiskFigures.calibration(decile: 1, observed: false)
        case .riskOutcomeRateDecile2Observed: RiskFigures.calibration(decile: 2, observed: true)
        case .riskOutcomeRateDecile2True: RiskFigures.calibration(decile: 2, observed: false)
        case .riskOutcomeRateDecile3Observed: RiskFigures.calibration(decile: 3, observed: true)
        case .riskOutcomeRateDecile3True: RiskFigures.calibration(decile: 3, observed: false)
        case .riskOutcomeRateDecile4Observed: RiskFigures.calibration(decile: 4, observed: true)
        case .riskOutcomeRateDecile4True: RiskFigures.calibration(decile: 4, observed: false)
        case .riskOutcomeRateDecile5Observed: RiskFigures.calibration(decile: 5, observed: true)
        case .riskOutcomeRateDecile5True: RiskFigures.calibration(decile: 5, observed: false)
        case .riskOutcomeRateDecile6Observed: RiskFigures.calibration(decile: 6, observed: true)
        case .riskOutcomeRateDecile6True: RiskFigures.calibration(decile: 6, observed: false)
        case .riskOutcomeRateDecile7Observed: RiskFigures.calibration(decile: 7, observed: true)
        case .riskOutcomeRateDecile7True: RiskFigures.calibration(decile: 7, observed: false)
        case .riskOutcomeRateDecile8Observed: RiskFigures.calibration(decile: 8, observed: true)
        case .riskOutcomeRateDecile8True: RiskFigures.calibration(decile: 8, observed: false)
        case .riskOutcomeRateDecile9Observed: RiskFigures.calibration(decile: 9, observed: true)
        case .riskOutcomeRateDecile9True: RiskFigures.calibration(decile: 9, observed: false)
        case .riskOutcomeRateDecile10Observed: RiskFigures.calibration(decile: 10, observed: true)
        case .riskOutcomeRateDecile10True: RiskFigures.calibration(decile: 10, observed: false)
        case .policeCustodyHoursMean: PoliceCustodyFigures.hoursMean
        case .policeCustodyPast24HoursShare: PoliceCustodyFigures.past24HoursShare
        case .releasedWithoutChargeShare: PoliceCustodyFigures.releasedWithoutChargeShare
        case .releasedUnderInvestigationShare: PoliceCustodyFigures.releasedUnderInvestigationShare
        case .investigationLapsedShare: PoliceCustodyFigures.investigationLapsedShare
        case .stationAdviceShare: PoliceCustodyFigures.stationAdviceShare
        case .casesSentUp: TierFigures.casesSentUp
        case .custodyLimitApplications: TierFigures.applications
        case .custodyLimitExtensions: TierFigures.extensions
        case .heldPastOriginalCustodyLimit: TierFigures.heldPastOriginal
        case .heldPastOriginalCustodyLimitShare: TierFigures.heldPastOriginalShare
        case .lowerCourtCasesTried: TierFigures.casesTried(lower: true)
        case .lowerCourtTrialWaitDays: TierFigures.trialWait(lower: true)
        case .lowerCourtTrialBacklogAtWindowEnd: TierFigures.backlog(lower: true)
        case .lowerCourtTrialBacklogGrowthPerYear: TierFigures.backlogGrowth(lower: true)
        case .higherCourtCasesTried: TierFigures.casesTried(lower: false)
        case .higherCourtTrialWaitDays: TierFigures.trialWait(lower: false)
        case .higherCourtTrialBacklogAtWindowEnd: TierFigures.backlog(lower: false)
        case .higherCourtTrialBacklogGrowthPerYear: TierFigures.backlogGrowth(lower: false)
        case .sentencedPopulation: JurisdictionFigures.sentencedPopulation
        case .pretrialShareOfPrisoners: JurisdictionFigures.pretrialShareOfPrisoners
        case .remandLengthUpTo1Month: JurisdictionFigures.remandLength(above: 0, atMost: 1)
        case .remandLength1To3Months: JurisdictionFigures.remandLength(above: 1, atMost: 3)
        case .remandLength3To6Months: JurisdictionFigures.remandLength(above: 3, atMost: 6)
        case .remandLength6To12Months: JurisdictionFigures.remandLength(above: 6, atMost: 12)
        case .remandLengthOver1Year: JurisdictionFigures.remandLength(above: 12, atMost: nil)
        case .openCasesSteadyState: JurisdictionFigures.openCases
        }
    }

    /// The plain-language label tables use (``MetricDefinition/label``).
    public var label: String { definition.label }

    /// What the figure measures (``MetricDefinition/meaning``).
    public var meaning: String { definition.meaning }

    /// The figures with `role`, in catalog order.
    public static func withRole(_ role: MetricRoles) -> [MetricID] {
        allCases.filter { $0.definition.roles.contains(role) }
    }
}
