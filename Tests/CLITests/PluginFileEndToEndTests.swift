import Foundation
import Testing

/// `--plugin` loads exactly the file it names (a name without a slash is a file in the current
/// directory, never one on the library search path), and refuses a library others can write or
/// another user owns unless `--allow-unsafe-plugin`.
@Suite("Which plugin file is loaded, and whether it is safe")
struct PluginFileEndToEndTests {
    static var buildFolder: URL? { PretrialExecutable.url?.deletingLastPathComponent() }

    /// A copy of the example plugin in a new folder, under `name`, with permissions `mode`.
    static func copyOfExamplePlugin(named name: String, mode: Int) throws -> (folder: URL, file: URL) {
        let folder = try makeTemporaryFolder("pretrial-plugin-file")
        let file = folder.appendingPathComponent(name)
        let example = try #require(buildFolder).appendingPathComponent("libAbilityToPayPlugin.so")
        try FileManager.default.copyItem(at: example, to: file)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        return (folder, file)
    }

    @Test("a name without a slash is the file in the current directory, not the library path's")
    func nameWithoutSlashIsLocal() throws {
        // The tool finds libraries next to itself, where the build put libNonsensePlugin.so;
        // a file of that name in the current directory holds the example plugin instead.
        let (folder, _) = try Self.copyOfExamplePlugin(named: "libNonsensePlugin.so", mode: 0o644)
        defer { removeTemporaryFolder(folder) }
        let tool = try #require(PretrialExecutable.url)
        let listed = try PretrialExecutable.run(
            executable: tool, ["policies", "--plugin", "libNonsensePlugin.so"], in: folder)
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(listed.standardOutput.contains("ability-to-pay-bail"))
        #expect(!listed.standardOutput.contains("nan-bail"))
        let missing = try PretrialExecutable.run(
            executable: tool, ["policies", "--plugin", "libPolicyKit.so"], in: folder)
        #expect(missing.status == 1)
        // Not the libPolicyKit.so next to the tool, which dlopen would have found.
        #expect(
            missing.standardError.contains("no such file: \(folder.path)/libPolicyKit.so"), "\(missing.standardError)")
    }

    @Test(
        "a library writable by its group or every user is refused, with the fix, unless --allow-unsafe-plugin",
        arguments: [0o666, 0o664])
    func writableByOthersIsRefused(mode: Int) throws {
        let (folder, file) = try Self.copyOfExamplePlugin(named: "libShared.so", mode: mode)
        defer { removeTemporaryFolder(folder) }
        if geteuid() == 0 {
            // A group other than root's own private group (root can give a file to any group;
            // others test with their primary group, which is private on Debian, so 664 is
            // refused for them only where the group is shared).
            try FileManager.default.setAttributes([.groupOwnerAccountID: 1], ofItemAtPath: file.path)
        }
        let refused = try PretrialExecutable.run(["policies", "--plugin", file.path])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("refused"), "\(refused.standardError)")
        #expect(refused.standardError.contains("chmod go-w"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--allow-unsafe-plugin"))
        let allowed = try PretrialExecutable.run(["policies", "--plugin", file.path, "--allow-unsafe-plugin"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
        #expect(allowed.standardOutput.contains("ability-to-pay-bail"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let fixed = try PretrialExecutable.run(["policies", "--plugin", file.path])
        #expect(fixed.status == 0, "\(fixed.standardError)")
    }

    @Test(
        "a library writable only by the owner's private group (umask 002 on Debian) is loaded",
        .enabled(if: geteuid() == 0, "root can give the file root's own group"))
    func privateGroupWritableIsLoaded() throws {
        let (folder, file) = try Self.copyOfExamplePlugin(named: "libMine.so", mode: 0o664)
        defer { removeTemporaryFolder(folder) }
        try FileManager.default.setAttributes([.groupOwnerAccountID: 0], ofItemAtPath: file.path)
        let loaded = try PretrialExecutable.run(["policies", "--plugin", file.path])
        #expect(loaded.status == 0, "\(loaded.standardError)")
        #expect(loaded.standardOutput.contains("ability-to-pay-bail"))
    }

    @Test(
        "a library another user owns is refused unless --allow-unsafe-plugin (only root can make one to test)",
        .enabled(if: geteuid() == 0, "giving a file to another user needs root"))
    func otherOwnerIsRefused() throws {
        let (folder, file) = try Self.copyOfExamplePlugin(named: "libTheirs.so", mode: 0o644)
        defer { removeTemporaryFolder(folder) }
        // 65534 is `nobody`: neither root nor the user running the tests.
        #expect(chown(file.path, 65534, 65534) == 0)
        let refused = try PretrialExecutable.run(["policies", "--plugin", file.path])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("belongs to user 65534"), "\(refused.standardError)")
        let allowed = try PretrialExecutable.run(["policies", "--plugin", file.path, "--allow-unsafe-plugin"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }

    @Test("a folder is not a plugin")
    func folderIsRefused() throws {
        let folder = try makeTemporaryFolder("pretrial-plugin-folder")
        defer { removeTemporaryFolder(folder) }
        let outcome = try PretrialExecutable.run(["policies", "--plugin", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("is not a regular file"), "\(outcome.standardError)")
    }
}
