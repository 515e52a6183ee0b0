import PolicyKit

/// The policy modules that ship with pretrial.
public enum BuiltInPolicies {
    /// Every built-in module.
    public static let modules: [PolicyModule] = [
        BookAll.module,
        NoCounsel.module,
        R1Release.module,
        CashBailSchedule.module,
        StandardPlea.module,
        FirstComeFirstServed.module,
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
