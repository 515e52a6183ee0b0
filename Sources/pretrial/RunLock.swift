#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A lock a live `pretrial run` holds on the run it writes, so that a second `--resume` of the
/// same run is refused with the process that writes it instead of failing on a duplicate row.
///
/// The lock is a POSIX record lock (`fcntl`) on one byte of `STORE.lock` beside the store, the
/// byte at the run's id: runs of one store are locked independently, the system releases the
/// lock when the process ends however it ends (even killed), and another process can ask who
/// holds it. The file is kept (removing it would race with a process about to lock it); it is
/// empty and may be deleted while no run writes the store. It is a separate file because
/// closing any descriptor of the store file itself would drop SQLite's own locks on it.
final class RunLock {
    /// The lock could not be taken.
    enum Failure: Error {
        /// Another process holds it; its process id, when the system says.
        case held(by: pid_t?)
        /// The lock file could not be opened or locked (`errno`'s description).
        case unavailable(String)
    }

    private let descriptor: Int32

    /// The lock file of the store at `storePath`.
    static func path(forStore storePath: String) -> String { storePath + ".lock" }

    /// Takes the lock on run `run` of the store at `storePath`, without waiting.
    /// - Throws: ``Failure/held(by:)`` if another process holds it.
    init(storePath: String, run: Int64) throws(Failure) {
        let path = Self.path(forStore: storePath)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unavailable("\(path): \(String(cString: strerror(errno)))") }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(run)
        lock.l_len = 1
        if fcntl(descriptor, F_SETLK, &lock) != 0 {
            let reason = errno
            var query = lock
            let holder: pid_t? =
                fcntl(descriptor, F_GETLK, &query) == 0 && query.l_type != Int16(F_UNLCK) ? query.l_pid : nil
            close(descriptor)
            guard reason == EACCES || reason == EAGAIN else {
                throw .unavailable("\(path): \(String(cString: strerror(reason)))")
            }
            throw .held(by: holder)
        }
        self.descriptor = descriptor
    }

    /// Releases the lock.
    deinit { close(descriptor) }
}
