import GRDB

/// An error of the results store in words, with what to do about it, for the CLI to print
/// instead of "SQLite error 8: attempt to write a readonly database".
public enum StoreErrorWords {
    /// Whether `error` came from the store (SQLite or ``ResultStoreError``), so that
    /// ``describe(_:path:)`` has words for it.
    public static func isStoreError(_ error: any Error) -> Bool {
        error is DatabaseError || error is ResultStoreError
    }

    /// What went wrong with the store at `path`, and the fix; ``ResultStoreError``s keep their
    /// own words, and an error SQLite has no words for here keeps SQLite's.
    public static func describe(_ error: any Error, path: String) -> String {
        if let error = error as? ResultStoreError { return error.description }
        guard let error = error as? DatabaseError else { return "the results store \(path): \(error)" }
        let sqlite = "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_READONLY:
            return
                "the results store \(path) is read-only (\(sqlite)): pretrial cannot write the file or create its -wal "
                + "and -shm files beside it. Make the file and its folder writable (`chmod u+w`), name another store "
                + "with --store, or pass --no-store"
        case .SQLITE_CANTOPEN:
            return
                "the results store \(path) cannot be opened (\(sqlite)): its folder may not exist, or the file or its "
                + "folder may not be readable or writable. Create the folder or fix its permissions, or name another store "
                + "with --store"
        case .SQLITE_PERM, .SQLITE_AUTH:
            return
                "the system refused access to the results store \(path) (\(sqlite)). Fix the permissions of the file "
                + "and its folder, or name another store with --store"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "the results store \(path) stayed locked by another process for more than 10 seconds (\(sqlite)). "
                + "Wait for the other pretrial (or program) using it to finish, then run again"
        case .SQLITE_FULL:
            return "the disk holding the results store \(path) is full (\(sqlite)). Free some space (or name a store "
                + "on another disk with --store) and resume with --resume"
        case .SQLITE_IOERR:
            return "reading or writing the results store \(path) failed (\(sqlite), \(error.message ?? "I/O error")). "
                + "Check the disk and the file system (a network drive may have gone away), then run again"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return
                "the results store \(path) is damaged (\(sqlite)); its runs cannot be trusted. Keep it for what can be "
                + "read from it and write new runs to another store with --store"
        case .SQLITE_CONSTRAINT:
            return
                "the results store \(path) already holds a replication this command tried to store again (\(sqlite)). "
                + "Another process may be writing the same run: list the runs with `pretrial runs --store \(path)`, "
                + "and resume the run only once no other process writes it"
        default:
            return "the results store \(path): \(sqlite): \(error.message ?? "\(error)")"
        }
    }
}
