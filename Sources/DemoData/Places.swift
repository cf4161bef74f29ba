import BriefModel

/// Where demo incidents happen: regions weighted per zone, and a few real localities per region.
enum Places {
    static let regions: [Zone: [(Region, Double)]] = [
        .northern: [(.gao, 0.3), (.kidal, 0.25), (.timbuktu, 0.25), (.menaka, 0.15), (.taoudeni, 0.05)],
        .central: [(.mopti, 0.5), (.segou, 0.2), (.bandiagara, 0.15), (.douentza, 0.1), (.san, 0.05)],
        .southern: [(.koulikoro, 0.3), (.sikasso, 0.2), (.kayes, 0.2), (.bamako, 0.15), (.nioro, 0.15)],
    ]

    /// Localities with approximate coordinates (latitude, longitude).
    static let localities: [Region: [(String, Double, Double)]] = [
        .gao: [("Gao", 16.27, -0.04), ("Ansongo", 15.66, 0.50), ("Bourem", 16.95, -0.35)],
        .kidal: [("Kidal", 18.44, 1.41), ("Aguelhok", 19.46, 0.86), ("Tessalit", 20.20, 1.01)],
        .timbuktu: [("Tombouctou", 16.77, -3.01), ("Ber", 16.10, -3.40), ("Goundam", 16.41, -3.67)],
        .menaka: [("Ménaka", 15.92, 2.40), ("Anderamboukane", 15.42, 3.02)],
        .taoudeni: [("Taoudenni", 22.68, -3.98)],
        .mopti: [("Mopti", 14.49, -4.19), ("Sévaré", 14.53, -4.10), ("Sofara", 14.01, -4.24), ("Boni", 15.06, -1.98)],
        .segou: [("Ségou", 13.43, -6.26), ("Niono", 14.25, -5.99), ("Macina", 13.96, -5.36)],
        .bandiagara: [("Bandiagara", 14.35, -3.61), ("Bankass", 14.07, -3.52)],
        .douentza: [("Douentza", 15.00, -2.95), ("Hombori", 15.28, -1.70)],
        .san: [("San", 13.30, -4.90)],
        .koulikoro: [("Koulikoro", 12.86, -7.56), ("Kati", 12.74, -8.07)],
        .sikasso: [("Sikasso", 11.32, -5.67)],
        .kayes: [("Kayes", 14.45, -11.44)],
        .bamako: [("Bamako", 12.64, -8.00)],
        .nioro: [("Nioro du Sahel", 15.23, -9.59)],
    ]

    static func region(in zone: Zone, _ rng: inout SeededGenerator) -> Region { rng.pick(regions[zone]!) }

    static func locality(in region: Region, _ rng: inout SeededGenerator) -> (String, Double, Double) {
        rng.pick(localities[region] ?? [(region.name, 16, -2)])
    }

    static func date(in year: Int, _ rng: inout SeededGenerator) -> CivilDate {
        let month = rng.int(1...12)
        return CivilDate(year: year, month: month, day: rng.int(1...CivilDate.daysIn(month: month, year: year)))!
    }
}
