import BriefModel
import Foundation

/// The scaled incidents export: plausible incidents of 2013–2023 (a year either side of the default
/// period), written by the demo data's own spellings, with faults and repeats mixed in.
struct ScaledIncidents {
    private var rng: SeededGenerator

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    static func id(_ n: Int) -> String { "MX-" + String(repeating: "0", count: max(0, 7 - String(n).count)) + String(n) }

    mutating func export(rows: Int) -> Data {
        var out = MessyWriter(header: IncidentExport.header, capacity: rows * 150)
        for n in 0..<rows {
            let incident = next(id: Self.id(n + 1))
            var fields = IncidentExport.fields(incident, &rng)
            if rng.chance(0.01) { fields[20] = "Rapport; à confirmer" }  // a quoted delimiter
            if rng.chance(ScaledExport.badRowRate) {
                out.write(spoil(fields))
                continue
            }
            out.write(fields)
            let roll = rng.unit(), rates = ScaledExport.repeatRates
            if roll < rates.identical {
                out.repeatLater(fields, delay: rng.int(1...500))
            } else if roll < rates.identical + rates.respelled {
                var again = fields
                again[1] = Spelling.date(incident.date, &rng)
                again[2] = Spelling.region(incident.region, &rng).uppercased()
                out.repeatLater(again, delay: rng.int(1...500))
            } else if roll < rates.identical + rates.respelled + rates.conflicting {
                var other = fields
                other[15] = String(incident.casualties.civilians.killed.value + 1)
                out.repeatLater(other, delay: rng.int(1...500))
            }
        }
        return out.finish()
    }

    private mutating func next(id: String) -> Incident {
        let year = rng.pick([
            (2013, 0.03), (2014, 0.05), (2015, 0.06), (2016, 0.08), (2017, 0.1), (2018, 0.12),
            (2019, 0.14), (2020, 0.13), (2021, 0.14), (2022, 0.12), (2023, 0.03),
        ])
        let category = rng.pick([
            (IncidentCategory.ied, 0.25), (.iedFind, 0.08), (.indirectFire, 0.1),
            (.smallArmsFire, 0.35), (.complex, 0.05), (.other, 0.17),
        ])
        let party = rng.pick([
            (Party.minusma, 0.25), (.nationalForces, 0.4), (.internationalForces, 0.08),
            (.civilians, 0.17), (.armedGroups, 0.05), (.other, 0.05),
        ])
        let zone = rng.pick([(Zone.northern, 0.5), (.central, 0.4), (.southern, 0.1)])
        var incident = Incident(
            id: id, date: Places.date(in: year, &rng), region: Places.region(in: zone, &rng), category: category,
            party: party, casualties: CasualtyPlan.zeroed(),
            perpetrator: category.isAttack ? rng.pick([("JNIM", 0.5), ("ISGS", 0.2), ("unknown", 0.3)]) : nil)
        let (locality, lat, lon) = Places.locality(in: incident.region, &rng)
        incident.locality = locality
        if rng.chance(0.6) {
            incident.coordinate = Coordinate(
                latitude: ((lat + rng.unit() * 0.1 - 0.05) * 1000).rounded() / 1000,
                longitude: ((lon + rng.unit() * 0.1 - 0.05) * 1000).rounded() / 1000)
        }
        if category.involvesIED {
            incident.iedType = rng.pick([
                (IEDType.rcied, 0.12), (.victimOperated, 0.3), (.commandWire, 0.08),
                (.timer, 0.02), (.suicide, 0.08), (.unknown, 0.4),
            ])
        }
        if category.isAttack { casualties(&incident) }
        return incident
    }

    private mutating func casualties(_ incident: inout Incident) {
        func small(_ p: Double, _ most: Int) -> Count { .known(rng.chance(p) ? rng.int(1...most) : 0) }
        var c = incident.casualties
        if incident.party == .minusma {
            c.unMilitary = Toll(killed: small(0.1, 3), injured: small(0.3, 5))
            c.unAssociated = Toll(killed: small(0.03, 2), injured: small(0.05, 2))
        } else {
            c.security = Toll(killed: small(0.2, 6), injured: small(0.2, 8))
        }
        c.civilians = Toll(killed: small(0.25, 8), injured: small(0.2, 10))
        c.assailantsKilled = small(0.2, 6)
        incident.casualties = c
    }

    /// One fault of the contract in an otherwise good row (exports.md, reject codes).
    private mutating func spoil(_ fields: [String]) -> [String] {
        var row = fields
        switch rng.int(0...10) {
        case 0: row[1] = "31/02/2016"
        case 1: row[1] = "2031-05-01"
        case 2: row[1] = "hier"
        case 3: row[2] = "Atlantis"
        case 4: row[2] = ""
        case 5: row[6] = "drone strike"
        case 6: row[7] = "Martians"
        case 7: row[15] = rng.pick(["-3", "2.5", "beaucoup"])
        case 8: (row[4], row[5]) = ("48.85", "2.35")
        case 9: row[8] = "laser"
        default: return Array(row.prefix(8))  // cut off: too few fields, a malformed row
        }
        return row
    }
}
