import BriefModel

/// The samples of Figure 3: distinct (calibre, producer, year) of cartridge calibres 7.62 to 14.5 mm
/// with at least one record recovered in the period. Each sample keeps the country of its records.
enum AmmunitionSamples {
    struct Entry: Hashable {
        let sample: AmmunitionSample
        let country: Country?
    }

    static let calibres = 7.62...14.5

    static func inPeriod(_ records: [AmmunitionRecord], period: Period) -> [Entry] {
        var countries: [AmmunitionSample: Country?] = [:]
        var order: [AmmunitionSample] = []
        for record in records where period.contains(record.recoveredDate.year) {
            guard record.calibre.isCartridge, calibres.contains(record.calibre.millimetres),
                let sample = record.sample
            else { continue }
            if let known = countries[sample] {
                // A sample recorded once with a country and once without keeps the country.
                if known == nil, let country = record.country { countries[sample] = country }
                continue
            }
            countries[sample] = record.country
            order.append(sample)
        }
        return order.map { Entry(sample: $0, country: countries[$0]!) }
    }
}
