#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The natural logarithm (kept in one place so policy files need no platform imports).
func logarithm(_ x: Double) -> Double { log(x) }

/// `e` to the power `x`.
func exponential(_ x: Double) -> Double { exp(x) }
