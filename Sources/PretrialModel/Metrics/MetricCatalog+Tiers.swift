/// The catalog entries of court tiers, sending up and custody-limit extensions (`courts.tiers`
/// and the custody limit's `max_extensions`; docs/ARCHITECTURE.md, "Court tiers and sending
/// up"). The lower court is the first tier, the higher every tier after it. Counts are 0, and
/// the tier figures NaN, in a scenario without them.
enum TierFigures {
    /// `cases_sent_up`.
    static let casesSentUp = MetricDefinition(
        label: "Cases sent up to the higher court",
        meaning: "cases moved from the lower court tier to a higher one (committal, sending or indictment), "
            + "counted when the sending takes effect",
        unit: .people, formula: .count(.sentUp))

    /// `custody_limit_applications`.
    static let applications = MetricDefinition(
        label: "Applications to extend the custody time limit",
        meaning: "applications made when a held person reached the custody time limit with extensions allowed "
            + "(each application of a case counts)",
        unit: .count, formula: .count(.custodyLimitApplications))

    /// `custody_limit_extensions`.
    static let extensions = MetricDefinition(
        label: "Custody time limit extensions granted",
        meaning: "applications to extend the custody time limit that the court granted",
        unit: .count, formula: .count(.custodyLimitExtensions))

    /// `held_past_original_custody_limit`.
    static let heldPastOriginal = MetricDefinition(
        label: "People held past the original custody time limit",
        meaning: "cases whose person was still held, by an extension, after the custody time limit first set expired",
        unit: .people, formula: .count(.heldPastOriginalCustodyLimit))

    /// `held_past_original_custody_limit_share`.
    static let heldPastOriginalShare = MetricDefinition(
        label: "Share of the held kept past the original custody time limit",
        meaning: "cases held past the original custody time limit / cases in custody right after first appearance "
            + "(a share of cases; published figures are often a share of the remand population on a day, which "
            + "weighs long stays more)",
        unit: .share, formula: .share(.heldPastOriginalCustodyLimit, of: .detainedPastFirstAppearance),
        denominatorNoun: "cases held past first appearance")

    /// `lower_court_cases_tried` or `higher_court_cases_tried`.
    static func casesTried(lower: Bool) -> MetricDefinition {
        MetricDefinition(
            label: "Cases tried in the \(court(lower))",
            meaning: "trials started in the \(court(lower)) (\(which(lower)))",
            unit: .people, formula: .count(lower ? .triedLowerCourt : .triedHigherCourt))
    }

    /// `lower_court_trial_wait_days` or `higher_court_trial_wait_days`.
    static func trialWait(lower: Bool) -> MetricDefinition {
        MetricDefinition(
            label: "Mean days waiting for trial in the \(court(lower))",
            meaning: "days from joining the \(court(lower))'s trial queue to the start of trial, over the cases tried "
                + "there (\(which(lower)))",
            unit: .days,
            formula: lower
                ? .mean(.trialWaitDaysLowerCourt, over: .triedLowerCourt)
                : .mean(.trialWaitDaysHigherCourt, over: .triedHigherCourt),
            denominatorNoun: "cases tried in the \(court(lower))")
    }

    /// `lower_court_trial_backlog_at_window_end` or `higher_court_…`.
    static func backlog(lower: Bool) -> MetricDefinition {
        MetricDefinition(
            label: "Trial backlog of the \(court(lower)) at the end of the arrest window",
            meaning: "cases waiting for a courtroom of the \(court(lower)) when the arrest window closes "
                + "(\(which(lower)); overall only)",
            unit: .people, scope: .overallOnly, formula: .replicationWide)
    }

    /// `lower_court_trial_backlog_growth_per_year` or `higher_court_…`.
    static func backlogGrowth(lower: Bool) -> MetricDefinition {
        MetricDefinition(
            label: "Growth of the \(court(lower))'s trial backlog per year",
            meaning: "(the \(court(lower))'s trial backlog at the end of the arrest window − at the end of the "
                + "warm-up) ÷ the days between × 365; near 0 in a steady state (\(which(lower)); overall only)",
            unit: .people, scope: .overallOnly, formula: .replicationWide)
    }

    private static func court(_ lower: Bool) -> String { lower ? "lower court" : "higher court" }

    private static func which(_ lower: Bool) -> String {
        lower ? "the first of courts.tiers; NaN without tiers" : "every tier after the first; NaN without tiers"
    }
}
