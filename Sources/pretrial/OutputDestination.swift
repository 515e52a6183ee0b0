import ArgumentParser
import Foundation

/// Where a command writes its result: standard output, or a file.
struct OutputDestination {
    /// The file, or `nil` for standard output.
    var path: String?

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
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            printError("cannot write \(path): the folder \(folder) does not exist. Create it, or give another --output.")
            throw ExitCode(1)
        }
        guard manager.isWritableFile(atPath: folder) else {
            printError("cannot write \(path): the folder \(folder) is not writable. Give another --output.")
            throw ExitCode(1)
        }
    }

    /// Writes `text`; a file is written whole or not at all (atomically).
    func write(_ text: String) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            printError("cannot write \(path): \(error.localizedDescription). Check that its folder exists and is writable.")
            throw ExitCode(1)
        }
    }
}
