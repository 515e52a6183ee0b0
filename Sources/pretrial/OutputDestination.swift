import ArgumentParser
import Foundation

/// Where a command writes its result: standard output, or a file.
struct OutputDestination {
    /// The file, or `nil` for standard output.
    var path: String?

    /// Whether `path` names nothing yet, or a regular file itself (not a link to one).
    static func isOrdinaryFileOrAbsent(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return true }
        return status.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `path`, following links, is a regular file.
    static func isRegularFile(following path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Fails, with the message `write` would give, when the file cannot be written: its
    /// folder is missing or read-only, or the path is a folder. Checked before a run, so a
    /// typo in `--output` does not cost the run's results.
    func checkWritable() throws {
        guard let path else { return }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            printError("cannot write \(path): it is a folder. Give a file name for --output, e.g. \(path)/report.txt.")
            throw ExitCode(1)
        }
        // A device, pipe or link is written through in place: only it must be writable.
        if !Self.isOrdinaryFileOrAbsent(path) && manager.isWritableFile(atPath: path) { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            printError(
                "cannot write \(path): the folder \(folder) does not exist. Create it, or give another --output.")
            throw ExitCode(1)
        }
        guard manager.isWritableFile(atPath: folder) else {
            printError("cannot write \(path): the folder \(folder) is not writable. Give another --output.")
            throw ExitCode(1)
        }
    }

    /// Writes `text`. A new or ordinary file is written whole or not at all (atomically: a
    /// temporary file renamed over it); anything else at the path — `/dev/null`, a pipe, a
    /// symbolic link — is written through in place, since renaming over it would replace a
    /// device or a link with a plain file.
    func write(_ text: String) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            if Self.isOrdinaryFileOrAbsent(path) {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                if Self.isRegularFile(following: path) { try handle.truncate(atOffset: 0) }
                try handle.write(contentsOf: Data(text.utf8))
            }
        } catch {
            printError(
                "cannot write \(path): \(error.localizedDescription). Check that its folder exists and is writable.")
            throw ExitCode(1)
        }
    }
}
