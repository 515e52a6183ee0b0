import ArgumentParser
import Foundation
import Results

/// Opens a results store that must already exist (for `report`, `runs`, `export` and the
/// shards of `merge`) to read it: read-only and never migrated
/// (``ResultStore/openForReading(path:)``), with a message that says what to do when it
/// cannot be.
func openExistingStore(_ path: String) throws -> ResultStore {
    guard FileManager.default.fileExists(atPath: path) else {
        printError("no results store at \(path). `pretrial run FILE --store \(path)` writes one.")
        throw ExitCode(1)
    }
    do {
        return try ResultStore.openForReading(path: path)
    } catch let error as ResultStoreError {
        printError("cannot use the results store: \(error).")
        throw ExitCode(1)
    } catch {
        printError("cannot read the results store \(path): \(error)")
        throw ExitCode(1)
    }
}

/// The run `id` of `store`, or its latest complete run; fails with a message listing what
/// to do when there is none.
func loadStoredRun(_ store: ResultStore, path: String, id: Int64?) throws -> StoredRun {
    guard let id = try id ?? store.latestCompleteRun() else {
        printError("\(path) holds no complete run. Pick one with --run ID (`pretrial runs --store \(path)` lists them).")
        throw ExitCode(1)
    }
    guard let run = try store.loadRun(id) else {
        printError("\(path) holds no run \(id). `pretrial runs --store \(path)` lists them.")
        throw ExitCode(1)
    }
    return run
}
