import Foundation

/// A new, empty folder for one test's files under the system's temporary directory, named
/// `prefix-<UUID>`; remove it with ``removeTemporaryFolder(_:)`` in a `defer`.
func makeTemporaryFolder(_ prefix: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Removes a folder made by ``makeTemporaryFolder(_:)`` and everything in it.
func removeTemporaryFolder(_ folder: URL) {
    try? FileManager.default.removeItem(at: folder)
}
