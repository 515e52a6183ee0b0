/// The version of the plugin interface. A plugin reports the version it was built against
/// through ``PluginSymbols/apiVersion``; the tool refuses a plugin whose version differs,
/// with an error instead of a crash. Raise it whenever a public type of PolicyKit changes
/// (2: registry defaults and required decision points, ``PolicyBuildError``; 3: unsecured bonds
/// in ``ReleaseDecision``, the ``DecisionContext`` and ``PolicyState`` of a replication, and
/// the bail fund decision point, ``BailFundPolicy``; 4: ``Defendant/riskFactor`` and
/// ``ReleasePolicy/riskThreshold``; 5: the station-counsel decision point,
/// ``StationCounselPolicy`` and ``StationAdviceEffects``, ``CustodyLimitPolicy/extensionTerms(_:)``
/// and ``CustodyLimitExtension``, and a ``BailReviewPolicy`` also asked about people held without
/// bail, with `bail` `.infinity`).
///
/// The number is compiled into each client (`@_alwaysEmitIntoClient`), not read from the
/// PolicyKit library at run time: a plugin loaded into the tool binds to the tool's copy of
/// libPolicyKit, so a stored constant would always report the tool's version, and a plugin
/// built against another version would pass the check in a debug build.
@_alwaysEmitIntoClient
public var policyKitAPIVersion: Int32 { 5 }

/// The C symbols a plugin library exports, and their signatures.
///
/// A plugin is a dynamic library that links the PolicyKit product and exports:
/// ```swift
/// @_cdecl("pretrial_policy_api_version")
/// public func apiVersion() -> Int32 { policyKitAPIVersion }
///
/// @_cdecl("pretrial_register_policies")
/// public func register(_ registrar: UnsafeMutableRawPointer) {
///     PluginRegistrar.from(registrar).register(MyPolicy.module)
/// }
/// ```
public enum PluginSymbols {
    /// `() -> Int32`: the PolicyKit API version the plugin was built with.
    public static let apiVersion = "pretrial_policy_api_version"
    /// `(UnsafeMutableRawPointer) -> Void`: registers the plugin's modules with the registrar.
    public static let register = "pretrial_register_policies"

    /// The signature of ``apiVersion``.
    public typealias APIVersionFunction = @convention(c) () -> Int32
    /// The signature of ``register``.
    public typealias RegisterFunction = @convention(c) (UnsafeMutableRawPointer) -> Void
}

/// Collects the modules a plugin registers. The tool passes one to the plugin's
/// `pretrial_register_policies` as an opaque pointer.
public final class PluginRegistrar {
    /// The modules registered so far, in order.
    public private(set) var modules: [PolicyModule] = []

    /// Creates an empty registrar.
    public init() {}

    /// Registers a module.
    public func register(_ module: PolicyModule) {
        modules.append(module)
    }

    /// The registrar behind an opaque pointer made by ``withOpaquePointer(_:)``.
    public static func from(_ pointer: UnsafeMutableRawPointer) -> PluginRegistrar {
        Unmanaged<PluginRegistrar>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Calls `body` with an opaque pointer to this registrar, valid during the call.
    public func withOpaquePointer<Result>(_ body: (UnsafeMutableRawPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) {
            try body(Unmanaged.passUnretained(self).toOpaque())
        }
    }
}
