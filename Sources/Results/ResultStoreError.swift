/// Why a file cannot serve as a results store.
public enum ResultStoreError: Error, CustomStringConvertible, Equatable {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The file is an SQLite database with tables of its own and none of a results store's:
    /// writing pretrial's tables into it would change someone else's data.
    case foreignDatabase(path: String, tables: [String])

    /// What went wrong and what to do, in words.
    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not an SQLite database, so not a results store; give another file (or a new name) for the store"
        case .foreignDatabase(let path, let tables):
            "\(path) is an SQLite database of something else (tables: \(tables.prefix(5).joined(separator: ", "))"
                + "\(tables.count > 5 ? ", …" : "")), not a pretrial results store; it was left unchanged. "
                + "Give another file (or a new name) for the store"
        }
    }
}
