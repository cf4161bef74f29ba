import BriefModel

/// Ammunition records: every sample of the catalogue recovered one to five times between 2014 and
/// 2022 (the Egyptian 2015 7.62x39 mm first at Sofara on 14 September 2016), plus records that make
/// no sample of Figure 3 (other calibres, no year, recovered only after the period).
struct AmmunitionPlan {
    struct Row {
        var id: String
        var incidentID: String?
        var date: CivilDate
        var region: Region
        var calibre: String
        var headstamp: String?
        var producer: String?
        var country: String?
        var year: String?
        var quantity: Int
    }

    private(set) var rows: [Row] = []
    private var rng: SeededGenerator

    init(seed: UInt64, incidents: [Incident], sofaraAttackID: String?) {
        rng = SeededGenerator(seed: seed &+ 1)
        let attacks = incidents.filter { $0.isAttack && (2014...2022).contains($0.year) }
        var seen = Set<String>()
        for producer in SampleCatalogue.producers {
            for n in 0..<producer.samples {
                var calibre = rng.pick(SampleCatalogue.calibres)
                var factory: String? = rng.pick(producer.factories)
                var year = n < producer.fixedYears.count ? producer.fixedYears[n] : rng.int(producer.years)
                if producer.country == "Egypt", year == 2015 {
                    calibre = "7.62x39mm"
                    factory = "Factory 10E"
                }
                // A few samples are known only by country: the country then stands in for the producer.
                if factory != nil, producer.fixedYears.isEmpty, rng.chance(0.04) { factory = nil }
                var key = "\(calibre)|\(factory ?? producer.country)|\(year)"
                while seen.contains(key) {
                    year = rng.int(producer.years)
                    key = "\(calibre)|\(factory ?? producer.country)|\(year)"
                }
                seen.insert(key)
                addRecords(
                    producer: producer, calibre: calibre, factory: factory, year: year, attacks: attacks,
                    sofara: producer.country == "Egypt" && year == 2015 ? sofaraAttackID : nil)
            }
        }
        addRecordsOutsideFigure3(attacks: attacks)
        addEgyptianSpread(attacks: attacks)
        rows.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        for i in rows.indices { rows[i].id = "AMM-\(String(repeating: "0", count: 5 - String(i + 1).count))\(i + 1)" }
    }

    private mutating func addRecords(
        producer: SampleCatalogue.Producer, calibre: String, factory: String?, year: Int, attacks: [Incident],
        sofara: String?
    ) {
        let count = rng.pick([(1, 0.35), (2, 0.3), (3, 0.2), (4, 0.1), (5, 0.05)])
        var zone: Zone?
        for n in 0..<count {
            var afterProduction = attacks.filter { $0.year >= year }
            // A batch mostly stays in the zone where it first turned up, as real stocks do: a sample
            // found across zones is then a signal, not the generator's noise.
            if let zone, rng.chance(0.9) {
                let near = afterProduction.filter { $0.region.zone == zone }
                if !near.isEmpty { afterProduction = near }
            }
            var attack = rng.pick(afterProduction.isEmpty ? attacks : afterProduction)
            if zone == nil { zone = attack.region.zone }
            if let sofara, let first = attacks.first(where: { $0.id == sofara }) {
                // The first record is the Sofara attack; later ones come after it.
                attack = n == 0 ? first : rng.pick(attacks.filter { $0.date > first.date })
            }
            let headstamp = factory.map { "\($0.split(separator: " ").last ?? "") / \(String(year).suffix(2))" }
            rows.append(
                Row(
                    id: "", incidentID: attack.id, date: attack.date, region: attack.region, calibre: calibre,
                    headstamp: headstamp, producer: factory,
                    // Some records of a factory-coded sample leave the country blank; the sample keeps it.
                    country: factory != nil && n > 0 && rng.chance(0.1) ? nil : rng.pick(producer.written),
                    year: String(year), quantity: rng.pick([(1, 0.3), (rng.int(2...10), 0.4), (rng.int(11...60), 0.3)])))
        }
    }

    /// Box 4: the Egyptian 2015 sample, first at Sofara in central Mali, reached the north of the
    /// Niger only later. Placed without drawing on the generator, so every other record stays as it was.
    private mutating func addEgyptianSpread(attacks: [Incident]) {
        let north = attacks.filter { $0.region.zone == .northern && $0.year >= 2018 }
        for attack in [north.first { $0.region == .timbuktu }, north.first { $0.region == .gao && $0.year >= 2019 }] {
            guard let attack else { continue }
            rows.append(
                Row(
                    id: "", incidentID: attack.id, date: attack.date, region: attack.region, calibre: "7.62x39mm",
                    headstamp: "10E / 15", producer: "Factory 10E", country: "Egypt", year: "2015", quantity: 12))
        }
    }

    private mutating func addRecordsOutsideFigure3(attacks: [Incident]) {
        for _ in 0..<120 {
            let attack = rng.pick(attacks)
            let calibre = rng.pick([("5.56x45mm", 0.4), ("5.45x39mm", 0.3), ("7.62x39mm", 0.3)])
            rows.append(
                Row(
                    id: "", incidentID: attack.id, date: attack.date, region: attack.region, calibre: calibre,
                    headstamp: nil, producer: rng.chance(0.5) ? "Factory 71" : nil,
                    country: rng.pick(["China", "Chine", "inconnu"]),
                    // 7.62 mm records here have no year, so they belong to no sample.
                    year: calibre == "7.62x39mm" ? rng.pick(["", "inconnu", "?"]) : String(rng.int(1980...2015)),
                    quantity: rng.int(1...20)))
        }
        for n in 0..<8 {
            rows.append(
                Row(
                    id: "", incidentID: nil, date: CivilDate(year: 2023, month: 3, day: 1 + n)!, region: .gao,
                    calibre: "7.62x39mm", headstamp: nil, producer: "Factory 9383", country: "China", year: String(2016 + n),
                    quantity: 3))
        }
    }
}
