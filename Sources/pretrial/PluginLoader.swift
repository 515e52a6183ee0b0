#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import PolicyKit

/// A plugin library could not be loaded.
struct PluginError: Error, CustomStringConvertible {
    /// The library's path as given.
    var path: String
    /// What went wrong and how to fix it.
    var message: String

    var description: String { "plugin \(path): \(message)" }
}

/// Loads policy plugins (dynamic libraries linking PolicyKit) and registers their modules.
///
/// A library stays loaded for the life of the process: its modules' code and type metadata
/// must outlive every policy made from them.
enum PluginLoader {
    /// Loads the plugin at `path` (resolved by ``PluginFile/resolve(_:allowUnsafe:)``: exactly
    /// that file is loaded) and adds its modules to `registry`.
    /// - Parameter allowUnsafe: load a library others can write, or another user owns.
    /// - Returns: the absolute path loaded and the names of the modules it registered.
    static func load(
        _ path: String, allowUnsafe: Bool = false,
        into registry: inout PolicyRegistry
    ) throws(PluginError) -> (file: String, modules: [String]) {
        let file = try PluginFile.resolve(path, allowUnsafe: allowUnsafe).path
        guard let handle = dlopen(file, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw PluginError(path: path, message: "cannot be loaded as a dynamic library (\(reason)).")
        }
        guard let versionSymbol = dlsym(handle, PluginSymbols.apiVersion) else {
            throw PluginError(
                path: path,
                message:
                    "is not a pretrial policy plugin: it does not export `\(PluginSymbols.apiVersion)`. Export it with @_cdecl (see Examples/AbilityToPayPlugin)."
            )
        }
        let version = unsafeBitCast(versionSymbol, to: PluginSymbols.APIVersionFunction.self)()
        guard version == policyKitAPIVersion else {
            throw PluginError(
                path: path,
                message:
                    "was built against PolicyKit API version \(version), but this pretrial uses version \(policyKitAPIVersion). Rebuild the plugin against this version of PolicyKit."
            )
        }
        guard let registerSymbol = dlsym(handle, PluginSymbols.register) else {
            throw PluginError(
                path: path,
                message:
                    "does not export `\(PluginSymbols.register)`. Export it with @_cdecl (see Examples/AbilityToPayPlugin)."
            )
        }
        let register = unsafeBitCast(registerSymbol, to: PluginSymbols.RegisterFunction.self)
        let registrar = PluginRegistrar()
        registrar.withOpaquePointer { register($0) }
        guard !registrar.modules.isEmpty else {
            throw PluginError(path: path, message: "registered no policy modules.")
        }
        for module in registrar.modules {
            do {
                try registry.register(module)
            } catch {
                throw PluginError(
                    path: path,
                    message: "\(error.description) (the plugin's module clashes with a built-in or another plugin).")
            }
        }
        return (file, registrar.modules.map(\.name))
    }
}
