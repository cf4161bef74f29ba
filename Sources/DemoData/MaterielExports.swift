import BriefModel

/// The arms export (comma-separated, UTF-8 with a byte-order mark, CRLF: a spreadsheet's "CSV UTF-8")
/// and the ammunition export (French Excel: `;`, Windows-1252, CRLF).
enum MaterielExports {
    static func arms(_ rows: [ArmsPlan.Row], rng: inout SeededGenerator) -> String {
        var out = ExportText(
            header: [
                "item_id", "incident_id", "recovered_date", "region", "context", "category", "model", "calibre",
                "country", "producer", "year", "quantity", "notes",
            ],
            lineEnding: "\r\n")
        for row in rows {
            out.add([
                row.id, row.incidentID ?? "", Spelling.date(row.date, &rng), Spelling.region(row.region, &rng),
                row.context ?? "", row.category, row.model ?? "", row.calibre ?? "", row.country ?? "",
                row.producer ?? "", row.year ?? "", row.quantity == 1 && rng.chance(0.5) ? "" : String(row.quantity),
                row.notes ?? "",
            ])
        }
        let bad: [[String]] = [
            ["ARM-BAD-1", "", "2019-01-01", "Gao", "cache", "assault rifle", "AKM", "7.62x39mm", "Wakanda", "", "", "1", ""],
            ["ARM-BAD-2", "", "2019-01-01", "Gao", "cache", "assault rifle", "AKM", "big", "China", "", "", "1", ""],
            ["ARM-BAD-3", "", "2019-01-01", "Gao", "cache", "assault rifle", "AKM", "7.62x39mm", "China", "", "19xx", "1", ""],
            ["ARM-BAD-4", "", "2019-01-01", "Gao", "lost", "assault rifle", "AKM", "7.62x39mm", "China", "", "", "1", ""],
            ["ARM-BAD-5", "", "2019-01-01", "Gao", "cache", "laser rifle", "", "", "", "", "", "1", ""],
        ]
        for (n, row) in bad.enumerated() { out.insert(row, at: 60 + n * 150) }
        return "\u{FEFF}" + out.text
    }

    static func ammunition(_ rows: [AmmunitionPlan.Row], rng: inout SeededGenerator) -> String {
        var out = ExportText(
            header: [
                "record_id", "incident_id", "recovered_date", "region", "calibre", "headstamp", "producer",
                "country", "year", "quantity",
            ],
            delimiter: ";", lineEnding: "\r\n")
        for row in rows {
            out.add([
                row.id, row.incidentID ?? "", Spelling.date(row.date, &rng), Spelling.region(row.region, &rng),
                calibre(row.calibre, &rng), row.headstamp ?? "", row.producer ?? "", row.country ?? "", row.year ?? "",
                String(row.quantity),
            ])
        }
        let bad: [[String]] = [
            ["AMM-BAD-1", "", "2019-01-01", "Gao", "7.62 long", "", "Factory 71", "China", "2001", "1"],
            ["AMM-BAD-2", "", "2019-01-01", "Gao", "7.62x39mm", "", "", "Atlantis", "2001", "1"],
            ["AMM-BAD-3", "", "2019-01-01", "Gao", "7.62x39mm", "", "Factory 71", "China", "3015", "1"],
            ["AMM-BAD-4", "", "2019-01-01", "Gao", "7.62x39mm", "", "Factory 71", "China", "2001", "beaucoup"],
            ["AMM-BAD-5", "", "2019-01-01", "Gao", "", "", "Factory 71", "China", "2001", "1"],
        ]
        for (n, row) in bad.enumerated() { out.insert(row, at: 80 + n * 300) }
        return out.text
    }

    /// French Excel writes `7,62×39` as often as `7.62x39mm`.
    static func calibre(_ canonical: String, _ rng: inout SeededGenerator) -> String {
        switch rng.pick([(0, 0.6), (1, 0.2), (2, 0.1), (3, 0.1)]) {
        case 1:
            canonical.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "x", with: "×")
                .replacingOccurrences(of: "mm", with: "")
        case 2: canonical.replacingOccurrences(of: "x", with: " x ").replacingOccurrences(of: "mm", with: " mm")
        case 3: canonical.uppercased().replacingOccurrences(of: "MMR", with: "R")
        default: canonical
        }
    }
}
