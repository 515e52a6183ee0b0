import BenchGSL
import SimKernel

/// Checks that `Tally`'s P² quantiles (written out in Swift) equal GSL's
/// `gsl_rstat_quantile_*` bit for bit, on samples of several sizes and shapes (continuous,
/// with many ties, with zeros), reading after every observation for small sizes.
/// Returns the number of mismatches.
func checkP2AgainstGSL() -> Int {
    gsl_set_error_handler_off()
    var mismatches = 0
    var checked = 0
    let probabilities = [0.05, 0.25, 0.5, 0.9, 0.99]
    for seed in UInt64(1)...8 {
        let stream = RandomStream(seed: seed)
        for size in [1, 2, 3, 4, 5, 6, 7, 10, 127, 128, 129, 1_000, 100_000] {
            for shape in 0..<4 {
                let tally = Tally(quantiles: probabilities)
                let workspaces = probabilities.map { gsl_rstat_quantile_alloc($0)! }
                defer { workspaces.forEach { gsl_rstat_quantile_free($0) } }
                for index in 0..<size {
                    let value: Double =
                        switch shape {
                        case 0: stream.lognormal(mu: 1, sigma: 1.5)
                        case 1: Double(stream.integer(below: 4))  // many ties
                        case 2: stream.uniform() < 0.4 ? 0 : stream.exponential(mean: 30)  // many zeros
                        default: stream.normal(mean: 0, sd: 1)
                        }
                    tally.record(value)
                    for workspace in workspaces { gsl_rstat_quantile_add(value, workspace) }
                    if size <= 200 || index == size - 1 {
                        for (p, workspace) in zip(probabilities, workspaces) {
                            checked += 1
                            let mine = tally.quantile(p), gsl = gsl_rstat_quantile_get(workspace)
                            if mine.bitPattern != gsl.bitPattern {
                                mismatches += 1
                                if mismatches <= 10 {
                                    print(
                                        "P2 mismatch: seed=\(seed) size=\(size) shape=\(shape) n=\(index + 1) p=\(p)",
                                        "tally=\(mine) gsl=\(gsl)")
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    print("p2check: \(checked) quantile readings compared with GSL, \(mismatches) differ")
    return mismatches
}
