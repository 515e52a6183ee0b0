import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Catches SIGINT (Ctrl-C) and SIGTERM while a run writes its store, so the run can be
/// marked unfinished and the user told how to resume it before the process exits.
final class InterruptHandler {
    private static let signals: [Int32] = [SIGINT, SIGTERM]
    private var sources: [any DispatchSourceSignal] = []

    /// Installs the handler; `onSignal` runs on a background queue, then the process exits
    /// with status 128 + the signal number, as a shell reports a process killed by it.
    init(onSignal: @escaping @Sendable (Int32) -> Void) {
        for number in Self.signals {
            // The default action must be off, or the signal would kill the process before
            // the dispatch source sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                onSignal(number)
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes the handler and restores the signals' default action.
    func remove() {
        for source in sources { source.cancel() }
        sources = []
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
