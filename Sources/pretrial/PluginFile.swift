#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// The library file a `--plugin` argument names, resolved before anything is loaded from it.
///
/// `dlopen` searches its library path for a name without a slash, so the file checked and the
/// file loaded could differ; here a name without a slash means `./NAME`, every path is made
/// absolute (relative to the current directory) with symbolic links resolved, and the loader
/// passes that absolute path to `dlopen`. The file must be a regular file that only its owner
/// can write, owned by the user running pretrial or by root: anyone else who can write it could
/// make pretrial run their code. ``resolve(_:allowUnsafe:)`` refuses it otherwise, unless the
/// user passed `--allow-unsafe-plugin`.
struct PluginFile: Equatable {
    /// The absolute path of the file, symbolic links resolved: what `dlopen` is given.
    var path: String

    /// Resolves `given` to the file it names and checks that it is safe to load.
    /// - Parameter allowUnsafe: skip the checks of permissions and owner (`--allow-unsafe-plugin`).
    /// - Throws: ``PluginError`` naming the problem and its fix.
    static func resolve(_ given: String, allowUnsafe: Bool) throws(PluginError) -> PluginFile {
        // Relative to the current directory, a name without a slash (`./NAME`) included.
        let absolute = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        guard let resolved = realpath(absolute, nil) else {
            let reason = errno == ENOENT ? "" : " (\(String(cString: strerror(errno))))"
            throw PluginError(
                path: given,
                message:
                    "no such file: \(absolute)\(reason). Build the plugin first (e.g. `swift build`) and pass the path of its .so file."
            )
        }
        let path = String(cString: resolved)
        free(resolved)
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw PluginError(path: given, message: "cannot be examined (\(String(cString: strerror(errno)))).")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PluginError(
                path: given, message: "\(path) is not a regular file; pass the path of the plugin's .so file.")
        }
        guard !allowUnsafe else { return PluginFile(path: path) }
        // Group-writable is safe when the group is the user's own private group (the default
        // on Debian and Ubuntu, where the umask 002 makes every build product group-writable).
        let groupIsPrivate = info.st_uid == geteuid() && Self.isPrivateGroup(info.st_gid)
        let writableByOthers = info.st_mode & (groupIsPrivate ? S_IWOTH : (S_IWGRP | S_IWOTH))
        if writableByOthers != 0 {
            let who = info.st_mode & S_IWOTH != 0 ? "every user" : "its group"
            throw PluginError(
                path: given,
                message: "refused: \(path) can be written by \(who) (mode \(String(info.st_mode & 0o777, radix: 8))), "
                    + "so someone else could change the code pretrial would run. Remove that permission with `chmod go-w \(path)`, "
                    + "or pass --allow-unsafe-plugin if you trust everyone who can write it.")
        }
        let me = geteuid()
        if info.st_uid != me && info.st_uid != 0 {
            throw PluginError(
                path: given,
                message: "refused: \(path) belongs to user \(info.st_uid), not to you (user \(me)) or root, "
                    + "so its owner could change the code pretrial would run. Copy it to a file of your own (`cp \(path) .`) "
                    + "and load the copy, or pass --allow-unsafe-plugin if you trust its owner.")
        }
        return PluginFile(path: path)
    }

    /// Whether `gid` is the running user's private group: named after the user, with no other
    /// members listed.
    static func isPrivateGroup(_ gid: gid_t) -> Bool {
        guard let user = getpwuid(geteuid()), let group = getgrgid(gid) else { return false }
        guard String(cString: user.pointee.pw_name) == String(cString: group.pointee.gr_name) else { return false }
        return group.pointee.gr_mem == nil || group.pointee.gr_mem.pointee == nil
    }
}
