import Foundation
import GRDB
@testable import Results
import Testing

/// The store's errors reach the user in words with the fix, not as "SQLite error 8".
@Suite("Results store: errors in words")
struct StoreErrorWordsTests {
    @Test("a write to a store opened read-only is a read-only error in words, with the fix")
    func readOnlyStore() throws {
        try StoreFixtures.withStore { store, folder in
            try store.close()
            let path = folder.appendingPathComponent("store.sqlite").path
            let reader = try ResultStore.open(path: path, readOnly: true)
            defer { try? reader.close() }
            // A real SQLite error 8, whatever user runs the test (root included).
            let error = try #require(throws: DatabaseError.self) { try reader.beginRun(StoreFixtures.description()) }
            #expect(error.resultCode == .SQLITE_READONLY)
            let words = StoreErrorWords.describe(error, path: path)
            #expect(words.hasPrefix("the results store \(path) is read-only"), "\(words)")
            #expect(words.contains("chmod u+w") && words.contains("--no-store"), "\(words)")
        }
    }

    @Test(
        "each kind of SQLite error gets its own words and fix; others keep SQLite's",
        arguments: [
            (ResultCode.SQLITE_CANTOPEN, "cannot be opened"), (.SQLITE_BUSY, "stayed locked by another process"),
            (.SQLITE_FULL, "is full"), (.SQLITE_IOERR, "failed"), (.SQLITE_CORRUPT, "is damaged"),
            (.SQLITE_CONSTRAINT, "already holds a replication"), (.SQLITE_PERM, "refused access"),
            (.SQLITE_MISMATCH, "SQLite error 20"),
        ])
    func words(code: ResultCode, expected: String) {
        let words = StoreErrorWords.describe(DatabaseError(resultCode: code), path: "/data/s.sqlite")
        #expect(words.contains("/data/s.sqlite"))
        #expect(words.contains(expected), "\(words)")
        #expect(words.contains("SQLite error \(code.primaryResultCode.rawValue)"), "the code stays, for a search")
    }

    @Test("a store error of pretrial's own keeps its words")
    func ownError() {
        let error = ResultStoreError.notADatabase(path: "/data/x.txt")
        #expect(StoreErrorWords.describe(error, path: "/data/x.txt") == error.description)
        #expect(StoreErrorWords.isStoreError(error) && StoreErrorWords.isStoreError(DatabaseError()))
        #expect(!StoreErrorWords.isStoreError(CocoaError(.fileNoSuchFile)))
    }
}
