import BriefModel

/// Documented weapons and heavy materiel, about 800 items, with the brief's notable items dated and
/// placed as it says.
struct ArmsPlan {
    struct Row {
        var id: String
        var incidentID: String?
        var date: CivilDate
        var region: Region
        var context: String?
        var category: String
        var model: String?
        var calibre: String?
        var country: String?
        var producer: String?
        var year: String?
        var quantity: Int
        var notes: String?
    }

    private(set) var rows: [Row] = []
    private var rng: SeededGenerator

    /// Common materiel: category label as written, model, calibre, countries with production years.
    static let common: [(String, String, String?, [(String, ClosedRange<Int>)], Double)] = [
        ("assault rifle", "Type 56", "7.62x39mm", [("China", 1960...2015)], 0.3),
        ("AK", "AK-47 type", "7.62x39mm", [("Soviet Union", 1950...1990), ("Bulgaria", 1960...1990)], 0.2),
        ("fusil d'assaut", "AKM", "7.62x39mm", [("URSS", 1960...1990), ("Romania", 1965...1995)], 0.1),
        ("PKM", "PKM", "7.62x54mmR", [("Soviet Union", 1965...1991), ("China", 1980...2015)], 0.1),
        ("DShK", "DShK", "12.7x108mm", [("Soviet Union", 1950...1990), ("China", 1960...2010)], 0.05),
        ("RPG-7", "RPG-7", nil, [("Soviet Union", 1965...1990), ("Bulgaria", 1970...2000)], 0.08),
        ("rpg round", "PG-7V", nil, [("Bulgaria", 1980...2015), ("China", 1985...2015)], 0.07),
        ("obus de mortier", "M-57", "60mm", [("Yugoslavia", 1965...1991), ("Serbia", 1995...2015)], 0.04),
        ("mortar round", "O-832", "81mm", [("Soviet Union", 1960...1990)], 0.02),
        ("roquette", "Type 63", "107mm", [("China", 1970...2010)], 0.02),
        ("mine antichar", "TM-57", nil, [("Soviet Union", 1960...1985)], 0.01),
        ("grenade", "F1", nil, [("Soviet Union", 1960...1990)], 0.01),
    ]

    init(seed: UInt64, incidents: [Incident]) {
        rng = SeededGenerator(seed: seed &+ 2)
        let attacks = incidents.filter { $0.isAttack && (2014...2022).contains($0.year) }
        for _ in 0..<790 {
            let (category, model, calibre, makers, _) = rng.pick(Self.common.map { ($0, $0.4) })
            let (country, years) = rng.pick(makers)
            let attack = rng.pick(attacks)
            let known = rng.chance(0.8)
            rows.append(
                Row(
                    id: "", incidentID: rng.chance(0.7) ? attack.id : nil, date: attack.date, region: attack.region,
                    context: rng.pick([
                        ("attack_site", 0.5), ("site d'attaque", 0.1), ("cache", 0.15), ("saisie", 0.15), ("arrestation", 0.1),
                    ]),
                    category: category, model: model, calibre: calibre, country: known ? country : nil, producer: nil,
                    year: known && rng.chance(0.7) ? String(rng.int(years)) : nil,
                    quantity: category.contains("round") || category.contains("roquette") ? rng.int(1...12) : 1, notes: nil))
        }
        addNotableItems()
        rows.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        for i in rows.indices { rows[i].id = "ARM-\(String(repeating: "0", count: 4 - String(i + 1).count))\(i + 1)" }
    }

    /// The brief's notable items.
    private mutating func addNotableItems() {
        rows.append(
            Row(
                id: "", incidentID: nil, date: CivilDate(year: 2021, month: 11, day: 18)!, region: .menaka, context: "seizure",
                category: "heavy machine gun", model: "Type 85", calibre: "12.7x108mm", country: "China", producer: nil,
                year: "2019", quantity: 1, notes: "Produced 2019; seized two years after production"))
        rows.append(
            Row(
                id: "", incidentID: nil, date: CivilDate(year: 2021, month: 8, day: 23)!, region: .kidal, context: "attack_site",
                category: "grenade", model: "RPG-32 type anti-tank grenade", calibre: "32mm", country: "Jordan",
                producer: "JADARA", year: "2013", quantity: 2, notes: "First recorded use in Mali"))
        rows.append(
            Row(
                id: "", incidentID: nil, date: CivilDate(year: 2018, month: 5, day: 7)!, region: .timbuktu, context: "cache",
                category: "mortar round", model: "M-82 type", calibre: "81 mm", country: "Iran", producer: "DIO",
                year: "2001", quantity: 6, notes: "Only recovery of Iranian 81 mm rounds"))
        rows.append(
            Row(
                id: "", incidentID: nil, date: CivilDate(year: 2019, month: 2, day: 12)!, region: .gao, context: "attack_site",
                category: "rocket", model: "S-5 type", calibre: "57mm", country: "Bulgaria", producer: nil, year: "2011",
                quantity: 4, notes: "Only recovery of 57 mm rockets"))
    }
}
