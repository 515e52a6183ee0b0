import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress bar with an estimate of the time left, on standard error, shown only when
/// standard error is a terminal.
final class ProgressLine {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private let start = Date()

    /// Creates a progress line for `total` steps.
    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// One more step is done.
    func advance() {
        done += 1
        guard enabled else { return }
        let elapsed = Date().timeIntervalSince(start)
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        writeToStandardError("\r\(bar) \(done)/\(total) replications, about \(Int(left.rounded())) s left ")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        writeToStandardError("\r" + String(repeating: " ", count: 80) + "\r")
    }
}
