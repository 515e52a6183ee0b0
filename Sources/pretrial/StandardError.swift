import Foundation

/// Writes `message` and a newline to standard error.
func printError(_ message: String) {
    writeToStandardError(message + "\n")
}

/// Writes `text` to standard error as it is.
func writeToStandardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
