import BriefModel

/// The incidents export as the analysis centre's database writes it: comma-separated UTF-8,
/// labels in English and French, mixed date forms, and a few rows an analyst must fix.
enum IncidentExport {
    static let header = [
        "incident_id", "date", "region", "locality", "latitude", "longitude", "category", "party", "ied_type",
        "killed_un_military", "injured_un_military", "killed_un_associated", "injured_un_associated", "killed_security",
        "injured_security", "killed_civilians", "injured_civilians", "assailants_killed", "perpetrator", "case_file",
        "source",
    ]

    static func text(_ incidents: [Incident], rng: inout SeededGenerator) -> String {
        var out = ExportText(header: header)
        let rows = incidents.map { fields($0, &rng) }
        for row in rows { out.add(row) }
        // The same rows exported twice, byte for byte: duplicates that collapse.
        for i in stride(from: 97, to: rows.count, by: rows.count / 8) { out.insert(rows[i], at: i + 40) }
        for (n, bad) in badRows().enumerated() { out.insert(bad, at: 150 + n * 211) }
        out.addRaw("INC-BAD-12,2019-03-03,Gao,,,,IED,MINUSMA")
        return out.text
    }

    static func fields(_ i: Incident, _ rng: inout SeededGenerator) -> [String] {
        let c = i.casualties
        let counts = [
            c.unMilitary.killed, c.unMilitary.injured, c.unAssociated.killed, c.unAssociated.injured,
            c.security.killed, c.security.injured, c.civilians.killed, c.civilians.injured, c.assailantsKilled,
        ]
        return [
            i.id, Spelling.date(i.date, &rng), Spelling.region(i.region, &rng), i.locality ?? "",
            i.coordinate.map { String($0.latitude) } ?? "", i.coordinate.map { String($0.longitude) } ?? "",
            Spelling.category(i.category, &rng), Spelling.party(i.party, &rng), Spelling.iedType(i.iedType, &rng),
        ] + counts.map { Spelling.count($0, &rng) } + [
            i.perpetrator ?? "", i.isAttack && rng.chance(0.3) ? "CF-\(i.year)-\(rng.int(100...999))" : "",
            source(&rng),
        ]
    }

    static func source(_ rng: inout SeededGenerator) -> String {
        rng.pick([
            ("", 0.5), ("Patrol report", 0.2), ("Rapport de patrouille, secteur Est", 0.15),
            ("SITREP\nfollow-up expected", 0.05), ("JOC daily, \"flash\" report", 0.1),
        ])
    }

    /// One row per reject code an incidents export can carry, plus a conflicting duplicate pair.
    static func badRows() -> [[String]] {
        func row(
            _ id: String, date: String = "2018-06-01", region: String = "Gao", lat: String = "", lon: String = "",
            category: String = "IED", party: String = "MINUSMA", ied: String = "", killed: String = "0"
        ) -> [String] {
            [id, date, region, "", lat, lon, category, party, ied, "0", "0", "0", "0", "0", "0", killed, "0", "0", "", "", ""]
        }
        return [
            row("INC-BAD-01", date: "31/02/2016"),
            row("INC-BAD-02", region: "Atlantis"),
            row("INC-BAD-03", category: "drone strike"),
            row("INC-BAD-04", party: "Martians"),
            row("INC-BAD-05", killed: "-3"),
            row("INC-BAD-06", date: "2031-05-01"),
            row("INC-BAD-07", lat: "48.85", lon: "2.35"),
            row("INC-BAD-08", ied: "laser"),
            row("INC-BAD-09", region: ""),
            row("INC-BAD-10", date: "2018-07-01"),
            row("INC-BAD-10", date: "2018-07-02"),
            row("INC-BAD-11", killed: "2.5"),
        ]
    }
}
