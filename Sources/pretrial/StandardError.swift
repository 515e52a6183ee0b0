#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `message` and a newline to standard error.
func printError(_ message: String) {
    fputs(message + "\n", stderr)
}
