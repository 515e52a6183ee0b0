/// The bands of money bail amounts that the posting figures use: Philadelphia's own bands
/// (`bail_set_bin` in `data/philly-bail-decisions-2020.csv`, docs/DATA.md), with everything
/// under $5,000 in one band (the source's few bails under $1,000 look like a recording
/// artefact).
enum BailBand {
    /// The band of `amount`: 0 for under $5,000, then from $5,000, $10,000, $25,000, $50,000,
    /// $100,000, up to 6 for $500,000 or more.
    @inline(__always)
    static func index(of amount: Double) -> Int {
        if amount < 25_000 { return amount < 5_000 ? 0 : amount < 10_000 ? 1 : 2 }
        return amount < 50_000 ? 3 : amount < 100_000 ? 4 : amount < 500_000 ? 5 : 6
    }

    /// The counter of money bail set in `band`.
    @inline(__always)
    static func setCounter(_ band: Int) -> Int { ProcessCounter.bailSetUnder5k.rawValue + band }

    /// The counter of money bail posted in `band`.
    @inline(__always)
    static func postedCounter(_ band: Int) -> Int { ProcessCounter.bailPostedUnder5k.rawValue + band }
}
