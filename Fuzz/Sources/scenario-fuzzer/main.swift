// libFuzzer is linked in by `swiftc -sanitize=fuzzer`. SwiftPM makes this file's top-level
// code the program's `main`, which hands libFuzzer's driver the command line and the target;
// the target is also exported as `LLVMFuzzerTestOneInput`, the name libFuzzer's own `main`
// (linked in beside ours) refers to.
import FuzzedScenarios
import FuzzerDriver
import Policies

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The policy modules scenarios name: the built-in ones.
let registry = BuiltInPolicies.registry()

/// One input: loaded and validated as a scenario file in `scenarios/reforms/` (so that
/// `extends: ../us-county-baseline.yaml` of the shipped reforms resolves when the fuzzer runs
/// from the repository's root). A crash or a hang is libFuzzer's to find; an issue without a
/// file and a line is made a crash here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try ScenarioLoader.load(text: text, fileName: "scenarios/reforms/fuzz-input.yaml", registry: registry)
    } catch {
        for issue in error.issues where issue.file.isEmpty || issue.line < 1 || issue.column < 1 {
            fatalError("an issue without file:line:column: \(issue)")
        }
        if error.issues.isEmpty { fatalError("a scenario error without any issue") }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) })
