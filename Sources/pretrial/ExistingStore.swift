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
    } catch {
        printError("error: \(StoreErrorWords.describe(error, path: path)).")
        throw ExitCode(1)
    }
}

/// `body`'s result; an error of the store at `path` that it throws is printed in words with
/// its fix (``StoreErrorWords``) and the command exits with status 1. Other errors (the
/// command's own `ExitCode`s and messages) pass through.
func explainingStoreErrors<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch let error where StoreErrorWords.isStoreError(error) {
        printError("error: \(StoreErrorWords.describe(error, path: path)).")
        throw ExitCode(1)
    }
}

/// The run `id` of `store`, or its latest complete run; fails with a message listing what
/// to do when there is none.
func loadStoredRun(_ store: ResultStore, path: String, id: Int64?) throws -> StoredRun {
    guard let id = try id ?? store.latestCompleteRun() else {
        printError(
            "\(path) holds no complete run. Pick one with --run ID (`pretrial runs --store \(path)` lists them).")
        throw ExitCode(1)
    }
    guard let run = try store.loadRun(id) else {
        printError("\(path) holds no run \(id). `pretrial runs --store \(path)` lists them.")
        throw ExitCode(1)
    }
    return run
}
