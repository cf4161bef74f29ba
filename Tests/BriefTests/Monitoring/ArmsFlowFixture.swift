import BriefModel
import Figures

/// A small arms and ammunition data set whose monitoring views are worked out by hand in the tests.
/// Period 2016–2018. Ammunition: S1 = 7.62x39mm Factory 10E 2015 (Egypt), Mopti 2016-09-14, Mopti
/// 2017 (same incident), Timbuktu 2018-01-06 with no country; S2 = 12.7x108mm China 1980, Gao 2015
/// (before the period) and Kidal 2018; R3 has a year but no producer or country (no sample); R4
/// has no year; R5 lies after the period. Arms: the brief's notable items in miniature.
enum ArmsFlowFixture {
    static let period = Period(from: 2016, to: 2018)!

    static func date(_ text: String) -> CivilDate {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    static let egypt = Country(name: "Egypt", isoCode: "EG")
    static let china = Country(name: "China", isoCode: "CN")

    static var ammunition: [AmmunitionRecord] {
        let ak = Calibre(millimetres: 7.62, caseLength: 39), hmg = Calibre(millimetres: 12.7, caseLength: 108)
        return [
            AmmunitionRecord(
                id: "S1a", recoveredDate: date("2016-09-14"), region: .mopti, calibre: ak, incidentID: "I1",
                producer: "Factory 10E", country: egypt, year: 2015, quantity: 55),
            AmmunitionRecord(
                id: "S1b", recoveredDate: date("2017-03-01"), region: .mopti, calibre: ak, incidentID: "I1",
                producer: "Factory 10E", country: egypt, year: 2015, quantity: 5),
            AmmunitionRecord(
                id: "S1c", recoveredDate: date("2018-01-06"), region: .timbuktu, calibre: ak, incidentID: "I2",
                producer: "Factory 10E", year: 2015, quantity: 12),
            AmmunitionRecord(
                id: "S2a", recoveredDate: date("2015-05-05"), region: .gao, calibre: hmg, country: china, year: 1980),
            AmmunitionRecord(
                id: "S2b", recoveredDate: date("2018-02-02"), region: .kidal, calibre: hmg, incidentID: "I3",
                country: china, year: 1980, quantity: 3),
            AmmunitionRecord(id: "R3", recoveredDate: date("2017-04-04"), region: .gao, calibre: ak, year: 2010),
            AmmunitionRecord(id: "R4", recoveredDate: date("2017-05-05"), region: .gao, calibre: ak, producer: "Factory 71"),
            AmmunitionRecord(
                id: "R5", recoveredDate: date("2019-01-01"), region: .gao, calibre: ak, producer: "Factory 99",
                year: 2018),
        ]
    }

    static func arms(withGrenade: Bool = true) -> [ArmsItem] {
        let mm81 = Calibre(millimetres: 81), mm57 = Calibre(millimetres: 57)
        var items = [
            ArmsItem(
                id: "A2", recoveredDate: date("2018-11-18"), region: .menaka, category: .heavyMachineGun, model: "Type 85",
                calibre: Calibre(millimetres: 12.7, caseLength: 108), country: china, year: 2016),
            ArmsItem(
                id: "A3", recoveredDate: date("2016-06-30"), region: .gao, category: .mortarRound, model: "O-832",
                calibre: mm81, country: Country(name: "Soviet Union", isoCode: "SUHH"), year: 1975, quantity: 5),
            ArmsItem(
                id: "A4", recoveredDate: date("2017-02-01"), region: .mopti, category: .mortarRound, model: "O-832",
                calibre: mm81, country: Country(name: "Soviet Union", isoCode: "SUHH"), year: 1975),
            ArmsItem(
                id: "A5", recoveredDate: date("2018-05-07"), region: .timbuktu, category: .mortarRound, model: "M-82 type",
                calibre: mm81, country: Country(name: "Iran", isoCode: "IR"), year: 2001, quantity: 6),
            ArmsItem(
                id: "A6", recoveredDate: date("2017-02-12"), region: .gao, category: .rocket, model: "S-5 type",
                calibre: mm57, country: Country(name: "Bulgaria", isoCode: "BG"), year: 2011, quantity: 4),
            ArmsItem(
                id: "A7", recoveredDate: date("2018-03-03"), region: .gao, category: .rocket, model: "S-5 type",
                calibre: mm57, country: Country(name: "Bulgaria", isoCode: "BG"), year: 2011, quantity: 2),
            ArmsItem(
                id: "A8", recoveredDate: date("2016-01-10"), region: .gao, category: .assaultRifle, model: "Type 56",
                calibre: Calibre(millimetres: 7.62, caseLength: 39), country: china),
        ]
        if withGrenade {
            items.append(
                ArmsItem(
                    id: "A1", recoveredDate: date("2018-08-23"), region: .kidal, category: .grenade,
                    model: "RPG-32 type anti-tank grenade", calibre: Calibre(millimetres: 32),
                    country: Country(name: "Jordan", isoCode: "JO"), year: 2013, quantity: 2))
        }
        return items
    }

    static func flow(withGrenade: Bool = true) -> ArmsFlow {
        ArmsFlow(Dataset(arms: arms(withGrenade: withGrenade), ammunition: ammunition), period: period, producedAfter: 2012)
    }
}
