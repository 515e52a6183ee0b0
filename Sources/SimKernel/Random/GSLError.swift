import CGSL

/// An error reported by the GNU Scientific Library.
public struct GSLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// GSL's status code (`GSL_EDOM`, `GSL_ENOMEM`, ...).
    public var code: Int32
    /// What was being done when GSL failed.
    public var context: String

    /// Creates an error from a GSL status code.
    public init(code: Int32, context: String) {
        self.code = code
        self.context = context
    }

    /// GSL's own text for the code, followed by the context.
    public var description: String {
        "GSL error \(code) (\(String(cString: gsl_strerror(code)))) while \(context)"
    }
}

/// Turns off GSL's default error handler, which calls `abort()`, so that failures come back
/// as status codes that this module turns into ``GSLError``s (and special functions such as
/// `gsl_sf_gamma` return infinities or NaN instead of ending the process).
///
/// Swift initialises a global constant once, thread-safely, on first use; every type here
/// that calls GSL touches it first (a ``Distribution`` when it is made, so its mean, variance
/// and samples are safe), and ``GSLErrors/stopAborting()`` lets an entry point touch it before
/// anything else.
let gslErrorHandlerDisabled: Void = {
    _ = gsl_set_error_handler_off()
}()

/// GSL's error handling, for the entry points of a program.
public enum GSLErrors {
    /// Makes sure GSL never aborts the process on an error (idempotent, thread-safe, cheap):
    /// call it before anything that might reach GSL, such as loading a scenario.
    public static func stopAborting() {
        _ = gslErrorHandlerDisabled
    }
}
