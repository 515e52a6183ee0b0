/// A `--shard` value that names no shard; the message says why and how to write one.
struct ShardOptionError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, with the fix.
    let message: String

    init(_ message: String) { self.message = message }

    /// The message.
    var description: String { message }
}
