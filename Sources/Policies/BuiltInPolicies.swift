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
        R1Release.module,
        CashBailSchedule.module,
        NewYork2020.module,
        IllinoisPretrialFairness.module,
        RiskAssessmentRelease.module,
        BailReviewHearing.module,
        StandardPlea.module,
        PleaSafeguards.module,
        FirstComeFirstServed.module,
        DetainedFirst.module,
        CustodyTimeLimits.englandAndWales,
        CustodyTimeLimits.speedyTrial,
    ]

    /// A registry holding every built-in module.
    public static func registry() -> PolicyRegistry {
        var registry = PolicyRegistry()
        for module in modules {
            do {
                try registry.register(module)
            } catch {
                preconditionFailure("two built-in policy modules share the name \(module.name)")
            }
        }
        return registry
    }
}
