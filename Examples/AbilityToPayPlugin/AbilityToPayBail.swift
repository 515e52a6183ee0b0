import PolicyKit

/// An example plugin policy: bail set with regard to ability to pay, as California's Supreme
/// Court requires since In re Humphrey (2021) 11 Cal.5th 135.
///
/// Built as the dynamic library `libAbilityToPayPlugin.so` and loaded with
/// `pretrial run FILE --plugin path/to/libAbilityToPayPlugin.so`; scenarios then use
/// `module: ability-to-pay-bail` like a built-in.
struct AbilityToPayBail: ReleasePolicy {
    var scheduledAmount: Double
    var affordableShare: Double
    var recognizanceProbability: Double
    var unsecuredProbability: Double

    func decide(_ defendant: Defendant, random: any RandomSource) -> ReleaseDecision {
        let draw = random.uniform()
        if draw < recognizanceProbability { return .recognizance }
        // An unsecured bond at the scheduled amount costs nothing to be released on: Humphrey
        // asks courts to consider such less restrictive alternatives first.
        if draw < recognizanceProbability + unsecuredProbability { return .unsecuredBond(amount: scheduledAmount) }
        // Never more than the share of the person's means the court finds affordable.
        return .moneyBail(amount: min(scheduledAmount, affordableShare * defendant.abilityToPay))
    }

    static let module = PolicyModule(
        name: "ability-to-pay-bail",
        decisionPoint: .release,
        summary: "Example plugin: bail capped at a share of the person's ability to pay (In re Humphrey).",
        description: """
            In re Humphrey (2021) 11 Cal.5th 135 held that conditioning release on money bail \
            a person cannot afford is, in effect, detention without the findings detention \
            requires. This policy releases on recognizance with recognizance_probability, on an \
            unsecured bond of the scheduled amount with unsecured_probability (nothing is paid \
            unless the person fails to appear), and otherwise sets bail at the scheduled amount or affordable_share of the person's \
            ability to pay, whichever is lower. Shipped as an example of a run-time plugin.
            """,
        parameters: [
            ParameterSpec(
                "scheduled_amount", .number(0...1e9), default: .number(5000), unit: "dollars",
                help: "Bail before the ability-to-pay cap."),
            ParameterSpec(
                "affordable_share", .number(0...10), default: .number(0.8), unit: "share",
                help: "Largest bail as a share of ability to pay."),
            ParameterSpec(
                "recognizance_probability", .number(0...1), default: .number(0.3), unit: "probability",
                help: "Probability of release on recognizance."),
            ParameterSpec(
                "unsecured_probability", .number(0...1), default: .number(0), unit: "probability",
                help: "Probability of release on an unsecured bond (recognizance_probability plus this at most 1)."),
        ],
        make: { parameters, _ in
            .release(
                AbilityToPayBail(
                    scheduledAmount: parameters.number("scheduled_amount"),
                    affordableShare: parameters.number("affordable_share"),
                    recognizanceProbability: parameters.number("recognizance_probability"),
                    unsecuredProbability: parameters.number("unsecured_probability")))
        }
    )
}

/// Reports the PolicyKit version this plugin was built with.
@_cdecl("pretrial_policy_api_version")
public func pretrialPolicyAPIVersion() -> Int32 { policyKitAPIVersion }

/// Registers this plugin's modules.
@_cdecl("pretrial_register_policies")
public func pretrialRegisterPolicies(_ registrar: UnsafeMutableRawPointer) {
    PluginRegistrar.from(registrar).register(AbilityToPayBail.module)
}
