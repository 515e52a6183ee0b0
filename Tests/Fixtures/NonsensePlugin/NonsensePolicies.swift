import PolicyKit

// A test plugin whose modules return each kind of nonsense a policy could return: the CLI
// tests load it (`--plugin .build/debug/libNonsensePlugin.so`) and check that every run stops
// with an error naming the plugin, the module, the person and the day.

/// A release policy that returns one fixed decision.
struct FixedRelease: ReleasePolicy {
    var decision: ReleaseDecision
    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision { decision }
}

/// A risk instrument that returns one fixed score.
struct FixedRisk: RiskInstrument {
    var value: Double
    func score(_ defendant: Defendant, random: any RandomSource) -> Double { value }
}

/// A custody limit of a fixed number of days.
struct FixedCustodyLimit: CustodyLimitPolicy {
    var days: Double
    func limitDays(_ defendant: Defendant) -> Double? { days }
}

/// A counsel policy that returns one fixed outcome.
struct FixedCounsel: CounselPolicy {
    var outcome: CounselOutcome
    func counsel(_ defendant: Defendant, random: any RandomSource) -> CounselOutcome { outcome }
}

/// A plea policy that offers one fixed share at every court date.
struct FixedPlea: PleaPolicy {
    var share: Double
    func offer(_ defendant: Defendant, courtDate: Int, random: any RandomSource) -> PleaOffer? {
        PleaOffer(sentenceShare: share)
    }
}

/// A module at `point` without parameters, made by `make`.
func nonsense(
    _ name: String, _ point: DecisionPoint, _ summary: String,
    _ make: @escaping @Sendable () -> PolicyInstance
) -> PolicyModule {
    PolicyModule(
        name: name, decisionPoint: point, summary: summary,
        description: "A test module that returns nonsense: \(summary)", parameters: [],
        make: { _, _ in make() })
}

/// Every module of the plugin.
let nonsenseModules: [PolicyModule] = [
    nonsense("nan-bail", .release, "money bail of NaN dollars") {
        .release(FixedRelease(decision: .moneyBail(amount: .nan)))
    },
    nonsense("infinite-bail", .release, "money bail of infinitely many dollars") {
        .release(FixedRelease(decision: .moneyBail(amount: .infinity)))
    },
    nonsense("zero-bail", .release, "money bail of 0 dollars") {
        .release(FixedRelease(decision: .moneyBail(amount: 0)))
    },
    nonsense("negative-bail", .release, "money bail of -500 dollars") {
        .release(FixedRelease(decision: .moneyBail(amount: -500)))
    },
    nonsense("nan-conditions", .release, "conditions with an FTA reduction of NaN") {
        .release(FixedRelease(decision: .conditions(ftaReduction: .nan)))
    },
    nonsense("huge-risk-score", .risk, "a risk score of 1e9") { .risk(FixedRisk(value: 1e9)) },
    nonsense("negative-custody-limit", .custodyLimit, "a custody limit of -3 days") {
        .custodyLimit(FixedCustodyLimit(days: -3))
    },
    nonsense("nan-counsel", .counsel, "counsel with a NaN probability of recognizance instead of bail") {
        .counsel(FixedCounsel(outcome: CounselOutcome(present: true, recognizanceInsteadOfBail: .nan)))
    },
    nonsense("nan-plea-share", .plea, "plea offers of a NaN share of the sentence") { .plea(FixedPlea(share: .nan)) },
]

/// Reports the PolicyKit version this plugin was built with.
@_cdecl("pretrial_policy_api_version")
public func pretrialPolicyAPIVersion() -> Int32 { policyKitAPIVersion }

/// Registers the plugin's modules.
@_cdecl("pretrial_register_policies")
public func pretrialRegisterPolicies(_ registrar: UnsafeMutableRawPointer) {
    let registrar = PluginRegistrar.from(registrar)
    for module in nonsenseModules { registrar.register(module) }
}
