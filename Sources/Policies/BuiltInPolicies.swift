import PolicyKit

/// The policy modules that ship with pretrial.
public enum BuiltInPolicies {
    /// Every built-in module.
    public static let modules: [PolicyModule] = [
        BookAll.module,
        CitationInLieuOfArrest.module,
        NoCounsel.module,
        CounselAtFirstAppearance.module,
        PriorsRiskScore.module,
        CompasFitted.module,
        R1Release.module,
        CashBailSchedule.module,
        NewYork2020.module,
        IllinoisPretrialFairness.module,
        RemandOnGrounds.module,
        RiskAssessmentRelease.module,
        BailReviewHearing.module,
        RemandReview.module,
        BailFund.module,
        StandardPlea.module,
        PleaSafeguards.module,
        FirstComeFirstServed.module,
        DetainedFirst.module,
        CustodyTimeLimits.englandAndWales,
        CustodyTimeLimits.speedyTrial,
        StationLawyer.module,
    ]

    /// The module used at each ``DecisionPoint/Requirement/defaulted`` decision point when a
    /// scenario names none: book everyone, no lawyer at first appearance, trials in order of
    /// arrival (the practice the reforms are measured against).
    public static let defaults: [PolicyModule] = [BookAll.module, NoCounsel.module, FirstComeFirstServed.module]

    /// A registry holding every built-in module, with ``defaults`` as the defaults.
    public static func registry() -> PolicyRegistry {
        var registry = PolicyRegistry()
        for module in modules {
            do {
                if defaults.contains(where: { $0.name == module.name }) {
                    try registry.registerDefault(module)
                } else {
                    try registry.register(module)
                }
            } catch {
                preconditionFailure("two built-in policy modules share the name \(module.name)")
            }
        }
        return registry
    }
}
