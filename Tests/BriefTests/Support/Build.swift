import BriefModel

/// Short builders for figure fixtures, so each test reads like the hand-worked table it checks.
enum Build {
    static func incident(
        _ id: String, _ date: String, _ region: Region = .gao, _ category: IncidentCategory = .ied,
        _ party: Party = .minusma, iedType: IEDType = .unknown, unMilitaryKilled: Count = 0, unAssociatedKilled: Count = 0,
        civiliansKilled: Count = 0, civiliansInjured: Count = 0, assailants: Count = 0
    ) -> Incident {
        var c = Casualties()
        c.unMilitary = Toll(killed: unMilitaryKilled, injured: 0)
        c.unAssociated = Toll(killed: unAssociatedKilled, injured: 0)
        c.civilians = Toll(killed: civiliansKilled, injured: civiliansInjured)
        c.security = Toll(killed: 0, injured: 0)
        c.assailantsKilled = assailants
        return Incident(
            id: id, date: day(date), region: region, category: category, party: party, iedType: iedType, casualties: c)
    }

    static func ammo(
        _ id: String, _ recovered: String, _ calibre: Calibre = .init(millimetres: 7.62, caseLength: 39),
        producer: String?, country: Country?, year: Int?
    ) -> AmmunitionRecord {
        AmmunitionRecord(
            id: id, recoveredDate: day(recovered), region: .gao, calibre: calibre, producer: producer,
            country: country, year: year)
    }

    static func day(_ text: String) -> CivilDate {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    static let china = Country(name: "China", isoCode: "CN")
    static let ussr = Country(name: "Soviet Union", isoCode: "SUHH")
    static let egypt = Country(name: "Egypt", isoCode: "EG")
    static let bulgaria = Country(name: "Bulgaria", isoCode: "BG")
}
