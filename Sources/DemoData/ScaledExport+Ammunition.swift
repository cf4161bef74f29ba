import BriefModel
import Foundation

/// The scaled ammunition export: cartridge cases of the demo catalogue's producers, and rounds and
/// cases outside Figure 3 (5.56 mm, 5.45 mm, mortar bombs), recovered 2013–2023.
struct ScaledAmmunition {
    private var rng: SeededGenerator
    private let incidents: Int

    init(seed: UInt64, incidents: Int) {
        rng = SeededGenerator(seed: seed)
        self.incidents = incidents
    }

    static let header = [
        "record_id", "incident_id", "recovered_date", "region", "calibre", "headstamp", "producer",
        "country", "year", "quantity",
    ]

    /// Calibres as recovered: Figure 3's cartridges most often, then the rest.
    static let calibres: [(String, Double)] =
        SampleCatalogue.calibres.map { ($0.0, $0.1 * 0.8) }
        + [("5.56x45mm", 0.08), ("5.45x39mm", 0.05), ("9x19mm", 0.02), ("81mm", 0.03), ("60mm", 0.02)]

    mutating func export(rows: Int) -> Data {
        var out = MessyWriter(header: Self.header, capacity: rows * 90)
        for n in 0..<rows {
            let fields = next(n + 1)
            if rng.chance(ScaledExport.badRowRate) {
                out.write(spoil(fields))
                continue
            }
            out.write(fields)
            let roll = rng.unit(), rates = ScaledExport.repeatRates
            if roll < rates.identical + rates.respelled {
                out.repeatLater(fields, delay: rng.int(1...500))
            } else if roll < rates.identical + rates.respelled + rates.conflicting {
                var other = fields
                other[9] = String((Int(fields[9]) ?? 1) + 1)
                out.repeatLater(other, delay: rng.int(1...500))
            }
        }
        return out.finish()
    }

    private mutating func next(_ n: Int) -> [String] {
        let producer = rng.pick(SampleCatalogue.producers.map { ($0, Double($0.samples)) })
        let factory: String? = rng.chance(0.04) ? nil : rng.pick(producer.factories)
        let year = producer.fixedYears.isEmpty ? rng.int(producer.years) : rng.pick(producer.fixedYears)
        let region = Places.region(in: rng.pick([(Zone.northern, 0.6), (.central, 0.35), (.southern, 0.05)]), &rng)
        let date = Places.date(
            in: rng.pick([
                (2013, 0.04), (2014, 0.06), (2015, 0.08), (2016, 0.1), (2017, 0.11),
                (2018, 0.12), (2019, 0.13), (2020, 0.12), (2021, 0.12), (2022, 0.1), (2023, 0.02),
            ]), &rng)
        let incident = incidents > 0 && rng.chance(0.7) ? ScaledIncidents.id(rng.int(1...incidents)) : ""
        return [
            "AM-" + String(repeating: "0", count: max(0, 7 - String(n).count)) + String(n), incident,
            Spelling.date(date, &rng), Spelling.region(region, &rng),
            MaterielExports.calibre(rng.pick(Self.calibres), &rng),
            factory.map { "\($0.split(separator: " ").last ?? "") / \(String(year).suffix(2))" } ?? "",
            factory ?? "",
            rng.pick([(rng.pick(producer.written), 0.9), ("", 0.06), ("inconnu", 0.04)]),
            rng.pick([(String(year), 0.96), ("", 0.02), ("inconnu", 0.01), ("?", 0.01)]),
            String(rng.pick([(1, 0.4), (rng.int(2...10), 0.4), (rng.int(11...60), 0.2)])),
        ]
    }

    private mutating func spoil(_ fields: [String]) -> [String] {
        var row = fields
        switch rng.int(0...6) {
        case 0: row[4] = "7.62 long"
        case 1: row[4] = ""
        case 2: row[7] = "Atlantis"
        case 3: row[8] = rng.pick(["3015", "19xx"])
        case 4: row[9] = rng.pick(["beaucoup", "-1"])
        case 5: row[2] = "31/02/2016"
        default: row[3] = "Wakanda"
        }
        return row
    }
}
