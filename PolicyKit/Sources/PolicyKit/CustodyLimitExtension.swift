/// How the prosecution may extend a custody time limit (``CustodyLimitPolicy/extensionTerms(_:)``).
///
/// When a person held before trial reaches the limit, the prosecution applies for an
/// extension, as long as fewer than ``maximumExtensions`` have been granted on the case; the
/// court grants it with ``grantProbability``, and the limit then runs ``days`` longer.
/// Otherwise the person is released on bail. In England and Wales the Prosecution of Offences
/// Act 1985, s. 22(3), lets the court extend a limit when the prosecution has acted with all
/// due diligence and expedition and there is good and sufficient cause; most applications
/// succeed (no published grant rate was found: a default near 1 is an assumption).
public struct CustodyLimitExtension: Sendable, Equatable {
    /// The probability that an application is granted, in [0, 1].
    public var grantProbability: Double
    /// Days an extension adds to the limit (above 0).
    public var days: Double
    /// The most extensions granted on one case (0: no application is ever made).
    public var maximumExtensions: Int

    /// Creates the terms of extension.
    public init(grantProbability: Double, days: Double, maximumExtensions: Int) {
        self.grantProbability = grantProbability
        self.days = days
        self.maximumExtensions = maximumExtensions
    }
}

extension CustodyLimitPolicy {
    /// No extensions: the person is released when the limit expires (the behaviour of every
    /// custody limit policy that does not say otherwise).
    public func extensionTerms(_ defendant: Defendant) -> CustodyLimitExtension? { nil }
}
