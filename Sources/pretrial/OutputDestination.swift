import ArgumentParser
import Foundation

/// Where a command writes its result: standard output, or a file.
struct OutputDestination {
    /// The file, or `nil` for standard output.
    var path: String?

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
