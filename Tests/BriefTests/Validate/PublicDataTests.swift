import BriefModel
import Figures
import Foundation
import Ingest
import Testing
@testable import Validate

/// public-data.md: the UN's fatalities file (the real one, bundled in data/) and ACLED exports.
@Suite struct PublicDataTests {
    static func unFile() throws -> RawTable {
        let url = Repository.url("data/un-fatalities.csv")
        return try ExportReader.read(InputSpec(path: url.path, format: .unFatalities))
    }

    @Test func theRealUNFileForMINUSMA() throws {
        let result = try Fixtures.validator().unFatalities(try Self.unFile(), mission: "MINUSMA")
        #expect(result.quality.read == 4_429)
        #expect(result.quality.accepted == 311)
        #expect(result.quality.filtered == 4_118)
        #expect(result.quality.rejected == 0 && result.quality.isBalanced)
        let figure = UNFatalitiesPerYear().compute(Dataset(unFatalities: result.values), period: Period(from: 2014, to: 2022)!)
        // Counted independently from the CSV (mission_acronym == MINUSMA, by year of incident_date).
        #expect(figure.series(named: "malicious_act")?.values == [28, 12, 27, 24, 11, 22, 6, 20, 15])
        #expect(figure.series(named: "illness")?.values == [6, 11, 5, 12, 6, 7, 14, 11, 10])
        #expect(figure.series(named: "other")?.values == [1, 1, 0, 1, 0, 1, 2, 1, 3])
        #expect(figure.series(named: "total")?.values == [39, 29, 39, 42, 22, 31, 23, 37, 30])
    }

    @Test func anotherMissionIsSelectedByName() throws {
        let result = try Fixtures.validator().unFatalities(try Self.unFile(), mission: "untso")
        // 52 rows name UNTSO (counted with awk on the CSV's fourth column).
        #expect(result.quality.accepted == 52 && result.values.allSatisfy { $0.mission == "UNTSO" })
    }

    @Test func acledRowsMappedAsPublicDataMdSays() throws {
        let table = try ExportReader.read(bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let result = try Fixtures.validator().incidents(table, format: .acled)
        let q = result.quality
        #expect(q.read == 11 && q.filtered == 2 && q.rejected == 1 && q.accepted == 8 && q.isBalanced)
        #expect(q.rejectedByCode == [.unknownRegion: 1])
        let byID = Dictionary(uniqueKeysWithValues: result.values.map { ($0.id, $0) })
        #expect(byID["MLI1"]?.category == .ied && byID["MLI1"]?.party == .minusma)
        #expect(byID["MLI1"]?.casualties.killedUnspecified == .known(2) && byID["MLI1"]?.region == .kidal)
        #expect(byID["MLI2"]?.category == .ied && byID["MLI2"]?.iedType == .suicide)
        #expect(byID["MLI2"]?.party == .nationalForces && byID["MLI2"]?.date == CivilDate(year: 2020, month: 10, day: 31))
        #expect(byID["MLI3"]?.category == .indirectFire && byID["MLI3"]?.party == .internationalForces)
        #expect(byID["MLI3"]?.region == .timbuktu)
        // actor2 decides nothing, so assoc_actor_2 does; "complex ambush" makes it complex.
        #expect(byID["MLI4"]?.category == .complex && byID["MLI4"]?.party == .minusma && byID["MLI4"]?.region == .menaka)
        #expect(byID["MLI5"]?.category == .smallArmsFire && byID["MLI5"]?.party == .civilians)
        #expect(byID["MLI6"]?.category == .iedFind && byID["MLI6"]?.party == .other)
        // "minefield" is not the whole word "mine": no IED find.
        #expect(byID["MLI7"]?.category == .other)
        #expect(byID["MLI9"]?.party == .internationalForces && byID["MLI9"]?.casualties.killedUnspecified == .unknown)
        #expect(byID["MLI9"]?.region == .taoudeni)
    }

    @Test func fromACLEDTheFatalityFiguresAreUnavailableNotZero() throws {
        let table = try ExportReader.read(bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let incidents = try Fixtures.validator().incidents(table, format: .acled).values
        let data = Dataset(incidents: incidents)
        let period = Period(from: 2020, to: 2020)!
        #expect(!MinusmaFatalitiesByType().compute(data, period: period).isAvailable)
        #expect(!MinusmaFatalitiesPerYear().compute(data, period: period).isAvailable)
        // Victims still count ACLED's fatalities (attackers included, as ACLED counts them).
        #expect(VictimsPerYear().compute(data, period: period).series(named: "killed")?.values == [17])
    }
}
