import Foundation

/// The Broward files `data/propublica.py` writes: `data/broward/propublica-figures.json` and the
/// reduced records `data/broward/defendants.csv` (aggregates and coarse attributes only).
enum BrowardRecords {
    /// The repository's `data/broward/` directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/broward")

    /// The names the records use, in the order of the Broward scenario.
    static let groups = ["African-American", "Caucasian", "Other"]
    static let ageBands = ["under-25", "25-45", "over-45"]
    static let chargeClasses = ["felony", "misdemeanour"]

    /// One row of `defendants.csv`, as indices into the lists above.
    struct Row {
        var group: Int
        var ageBand: Int
        var chargeClass: Int
        var priors: Int
    }

    /// The rows of `defendants.csv`.
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: directory.appendingPathComponent("defendants.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        guard lines.first == "group,age_band,charge_class,priors" else { throw Failure("bad header") }
        return try lines.dropFirst().map { line in
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 4, let group = groups.firstIndex(of: fields[0]),
                let band = ageBands.firstIndex(of: fields[1]), let charge = chargeClasses.firstIndex(of: fields[2]),
                let priors = Int(fields[3])
            else { throw Failure("bad row \(line)") }
            return Row(group: group, ageBand: band, chargeClass: charge, priors: priors)
        }
    }

    /// `propublica-figures.json`, parsed.
    static func figures() throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent("propublica-figures.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure("the figures are not a JSON object")
        }
        return object
    }

    /// The value at `path` (keys of nested objects) in `object`.
    static func node(_ object: [String: Any], _ path: [String]) throws -> Any {
        var current: Any = object
        for key in path {
            guard let next = (current as? [String: Any])?[key] else {
                throw Failure("no \(path.joined(separator: "."))")
            }
            current = next
        }
        return current
    }

    /// The number at `path`.
    static func number(_ object: [String: Any], _ path: String...) throws -> Double {
        guard let number = try node(object, path) as? NSNumber else {
            throw Failure("\(path.joined(separator: ".")) is not a number")
        }
        return number.doubleValue
    }

    /// The numbers at `path`.
    static func numbers(_ object: [String: Any], _ path: String...) throws -> [Double] {
        guard let list = try node(object, path) as? [NSNumber] else {
            throw Failure("\(path.joined(separator: ".")) is not a list")
        }
        return list.map(\.doubleValue)
    }

    /// The number-valued entries at `path`.
    static func table(_ object: [String: Any], _ path: String...) throws -> [String: Double] {
        guard let map = try node(object, path) as? [String: NSNumber] else {
            throw Failure("\(path.joined(separator: ".")) is not a table of numbers")
        }
        return map.mapValues(\.doubleValue)
    }

    /// A reading failure.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
