import Testing

/// `pretrial policies` lists the station counsel decision point and its built-in module, whose
/// description gives each default's source.
@Suite("pretrial policies: the station lawyer")
struct StationLawyerCommandTests {
    @Test("the station_counsel point and the station-lawyer module are listed and described")
    func listed() throws {
        let list = try PretrialExecutable.run(["policies"])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("station_counsel:\n  station-lawyer"), "\(list.standardOutput)")
        let described = try PretrialExecutable.run(["policies", "station-lawyer"])
        #expect(described.status == 0, "\(described.standardError)")
        for word in ["one of: never, on_request, always", "request_rate", "Kemp", "PACE", "assumed"] {
            #expect(described.standardOutput.contains(word), "\(word) missing: \(described.standardOutput)")
        }
    }
}
