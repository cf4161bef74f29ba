import BriefModel

/// The calibrated incidents: every attack, find and other event of 2014–2022 (and a few either side
/// of the period), as clean model values. `MessyIncidentWriter` turns them into an export.
struct IncidentPlan {
    private(set) var incidents: [Incident] = []
    private var rng: SeededGenerator
    private var serial = 0

    init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
        let types = Margins.table(rows: Calibration.minusmaAttacks, columns: Calibration.minusmaByType)
        for (index, year) in Calibration.years.enumerated() {
            addYear(index: index, year: year, minusmaTypes: types[index])
        }
        addOutsidePeriod()
        placeNotableAttack()
    }

    private mutating func nextID(_ year: Int) -> String {
        serial += 1
        return "INC-\(year)-\(String(repeating: "0", count: 5 - String(serial).count))\(serial)"
    }

    private mutating func addYear(index: Int, year: Int, minusmaTypes: [Int]) {
        var attacks: [Incident] = []
        for (type, count) in zip(IncidentCategory.attackTypes, minusmaTypes) {
            for _ in 0..<count { attacks.append(blank(year, type, .minusma)) }
        }
        for _ in 0..<(Calibration.attacks[index] - Calibration.minusmaAttacks[index]) {
            let type = rng.pick([(IncidentCategory.ied, 0.3), (.indirectFire, 0.1), (.smallArmsFire, 0.5), (.complex, 0.1)])
            let party = rng.pick([
                (Party.nationalForces, 0.55), (.civilians, 0.25), (.internationalForces, 0.1),
                (.armedGroups, 0.07), (.other, 0.03),
            ])
            attacks.append(blank(year, type, party))
        }
        assignZones(&attacks, index: index)
        CasualtyPlan.assign(&attacks, index: index, rng: &rng)
        var finds = (0..<Calibration.minusmaFinds[index]).map { _ in blank(year, .iedFind, .minusma) }
        finds += (0..<Calibration.otherFinds[index]).map { _ in
            blank(year, .iedFind, rng.pick([(Party.nationalForces, 0.7), (.internationalForces, 0.3)]))
        }
        for i in finds.indices { place(&finds[i], zone: rng.pick([(Zone.northern, 0.6), (.central, 0.4)])) }
        var ofYear = attacks + finds
        IEDTypes.assign(&ofYear, share: Calibration.rciedShare[index], rng: &rng)
        for _ in 0..<Calibration.otherIncidents[index] {
            var other = blank(year, .other, rng.pick([(Party.civilians, 0.6), (.nationalForces, 0.2), (.other, 0.2)]))
            place(&other, zone: rng.pick([(Zone.northern, 0.5), (.central, 0.4), (.southern, 0.1)]))
            ofYear.append(other)
        }
        ofYear.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        incidents += ofYear
    }

    /// Exactly `central` and `southern` attacks of the year in those zones, the rest in the north.
    private mutating func assignZones(_ attacks: inout [Incident], index: Int) {
        var order = Array(attacks.indices)
        rng.shuffle(&order)
        for (rank, i) in order.enumerated() {
            let zone: Zone =
                rank < Calibration.central[index]
                ? .central
                : rank < Calibration.central[index] + Calibration.southern[index] ? .southern : .northern
            place(&attacks[i], zone: zone)
        }
    }

    private mutating func place(_ incident: inout Incident, zone: Zone) {
        incident.region = Places.region(in: zone, &rng)
        let (name, lat, lon) = Places.locality(in: incident.region, &rng)
        incident.locality = name
        if rng.chance(0.6) {
            incident.coordinate = Coordinate(
                latitude: ((lat + rng.unit() * 0.1 - 0.05) * 1000).rounded() / 1000,
                longitude: ((lon + rng.unit() * 0.1 - 0.05) * 1000).rounded() / 1000)
        }
    }

    private mutating func blank(_ year: Int, _ category: IncidentCategory, _ party: Party) -> Incident {
        Incident(
            id: nextID(year), date: Places.date(in: year, &rng), region: .gao, category: category, party: party,
            casualties: CasualtyPlan.zeroed(),
            perpetrator: category.isAttack ? rng.pick([("JNIM", 0.5), ("ISGS", 0.2), ("unknown", 0.3)]) : nil)
    }

    /// A few incidents in 2013 and 2023, so a period edge is a real boundary in the demo data.
    private mutating func addOutsidePeriod() {
        for year in [2013, 2023] {
            for _ in 0..<6 {
                var incident = blank(
                    year, rng.pick([IncidentCategory.ied, .smallArmsFire]), rng.pick([Party.minusma, .nationalForces]))
                place(&incident, zone: .northern)
                incidents.append(incident)
            }
        }
    }

    /// The brief's notable date: Egyptian 7.62x39 mm of 2015 first recorded on 14 September 2016 at
    /// Sofara (Mopti). One of 2016's central attacks is placed there.
    private mutating func placeNotableAttack() {
        guard let i = incidents.firstIndex(where: { $0.year == 2016 && $0.isAttack && $0.region.zone == .central }) else {
            return
        }
        incidents[i].date = CivilDate(year: 2016, month: 9, day: 14)!
        incidents[i].region = .mopti
        incidents[i].locality = "Sofara"
        incidents[i].coordinate = Coordinate(latitude: 14.012, longitude: -4.243)
    }

    /// The id of the Sofara attack, for the ammunition recovered there.
    var sofaraAttackID: String? {
        incidents.first { $0.locality == "Sofara" && $0.date == CivilDate(year: 2016, month: 9, day: 14) }?.id
    }
}
