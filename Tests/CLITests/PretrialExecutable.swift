import Foundation

/// The built `pretrial` tool and a way to run it, for end-to-end tests.
///
/// SwiftPM puts the tool next to the test bundle in the build products directory, whatever
/// the scratch path (`.build`, `--scratch-path .build-tests`, ...). On Linux the test runner is
/// the test bundle itself, so its path is `CommandLine.arguments[0]`; on macOS the bundle is
/// loaded by a helper and is found among `Bundle.allBundles`.
enum PretrialExecutable {
    /// What one run of the tool did.
    struct Outcome: Sendable {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The executable, or `nil` when it cannot be found.
    static let url: URL? = locate()

    /// Where the tool was looked for, for the failure message.
    static var searchedDirectories: [URL] { candidateDirectories() }

    private static func candidateDirectories() -> [URL] {
        var directories: [URL] = []
        if let runner = CommandLine.arguments.first {
            directories.append(URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        // Last resort: the default scratch path of the package this file belongs to.
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        return directories
    }

    private static func locate() -> URL? {
        if let override = ProcessInfo.processInfo.environment["PRETRIAL_EXECUTABLE"] {
            return URL(fileURLWithPath: override)
        }
        for directory in candidateDirectories() {
            let candidate = directory.appendingPathComponent("pretrial")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    /// Runs the tool with `arguments` and waits for it to exit.
    ///
    /// Output goes to temporary files rather than pipes, so a chatty run cannot fill a pipe
    /// buffer and block before it exits.
    /// - Parameter environment: variables to add to this process's environment.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        guard let url else { throw NotFound(searched: searchedDirectories) }
        return try run(executable: url, arguments, environment: environment)
    }

    /// Runs `executable` (the tool, or another program such as `swift`) with `arguments` in
    /// `workingDirectory` (default: a fresh temporary folder) and waits for it to exit.
    static func run(
        executable url: URL, _ arguments: [String], environment: [String: String] = [:],
        in workingDirectory: URL? = nil
    ) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("pretrial-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputURL = directory.appendingPathComponent("stdout")
        let errorURL = directory.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outputURL.path, contents: nil),
            FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        else {
            throw CocoaError(.fileWriteUnknown)
        }
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory ?? directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8)
        )
    }

    /// The tool was not built where the tests looked.
    struct NotFound: Error, CustomStringConvertible {
        var searched: [URL]
        var description: String {
            "no pretrial executable in " + searched.map(\.path).joined(separator: ", ")
                + "; build it first or set PRETRIAL_EXECUTABLE"
        }
    }
}
