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
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let result = try Fixtures.validator().incidents(table, format: .acled)
        let q = result.quality
        // Filtered: two not incidents (a protest, a riot), one unattributed (MLI5), one by state forces (MLI14).
        #expect(q.read == 15 && q.filtered == 4 && q.rejected == 1 && q.accepted == 10 && q.isBalanced)
        #expect(q.filteredByReason == [.notAnIncident: 2, .unattributed: 1, .notExtremist: 1])
        #expect(q.rejectedByCode == [.unknownRegion: 1])
        let byID = Dictionary(uniqueKeysWithValues: result.values.map { ($0.id, $0) })
        #expect(byID["MLI1"]?.category == .ied && byID["MLI1"]?.party == .minusma)
        #expect(byID["MLI1"]?.casualties.killedUnspecified == .known(2) && byID["MLI1"]?.region == .kidal)
        // "Islamic State" as a phrase inside ACLED's actor name.
        #expect(byID["MLI2"]?.category == .ied && byID["MLI2"]?.iedType == .suicide)
        #expect(byID["MLI2"]?.party == .nationalForces && byID["MLI2"]?.date == CivilDate(year: 2020, month: 10, day: 31))
        #expect(byID["MLI3"]?.category == .indirectFire && byID["MLI3"]?.party == .internationalForces)
        #expect(byID["MLI3"]?.region == .timbuktu)
        // actor2 decides nothing, so assoc_actor_2 does; "complex ambush" makes it complex.
        #expect(byID["MLI4"]?.category == .complex && byID["MLI4"]?.party == .minusma && byID["MLI4"]?.region == .menaka)
        #expect(byID["MLI5"] == nil && byID["MLI14"] == nil)
        // A find is the finder's: actor1.
        #expect(byID["MLI6"]?.category == .iedFind && byID["MLI6"]?.party == .nationalForces)
        #expect(byID["MLI12"]?.category == .iedFind && byID["MLI12"]?.party == .minusma && byID["MLI12"]?.perpetrator == nil)
        // A device that went off while extremists planted it is no find.
        #expect(byID["MLI13"]?.category == .other)
        // "minefield" is not the whole word "mine": no IED find.
        #expect(byID["MLI7"]?.category == .other)
        #expect(byID["MLI9"]?.party == .internationalForces && byID["MLI9"]?.casualties.killedUnspecified == .unknown)
        #expect(byID["MLI9"]?.region == .taoudeni)
        // An unidentified first actor with an extremist associate is an extremists' attack.
        #expect(byID["MLI15"]?.category == .smallArmsFire && byID["MLI15"]?.party == .nationalForces)
    }

    /// `extremist_actors` replaces the list; `unattributed: count` keeps the unidentified attackers.
    @Test func acledRulesFromTheConfiguration() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let counted = try Fixtures.validator().incidents(table, format: .acled, acled: AcledRules(countsUnattributed: true))
        #expect(counted.quality.filteredByReason == [.notAnIncident: 2, .notExtremist: 1])
        #expect(counted.values.contains { $0.id == "MLI5" && $0.party == .civilians })
        let onlyJNIM = try Fixtures.validator().incidents(table, format: .acled, acled: AcledRules(extremistActors: ["JNIM"]))
        #expect(!onlyJNIM.values.contains { $0.id == "MLI2" || $0.id == "MLI15" })
        #expect(onlyJNIM.quality.filteredByReason[.notExtremist] == 2)
        #expect(AcledMapping.names("JNIM: Group for Support of Islam and Muslims", containAnyOf: ["JNIM"]))
        #expect(!AcledMapping.names("JNIMX Front", containAnyOf: ["JNIM"]), "a whole word, not a part of one")
        #expect(AcledMapping.names("Islamic State (Greater Sahara)", containAnyOf: ["islamic state"]))
    }

    @Test func fromACLEDTheFatalityFiguresAreUnavailableNotZero() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("acled-mali.csv"), format: .acled, delimiter: nil, file: "acled.csv")
        let incidents = try Fixtures.validator().incidents(table, format: .acled).values
        let data = Dataset(incidents: incidents)
        let period = Period(from: 2020, to: 2020)!
        #expect(!MinusmaFatalitiesByType().compute(data, period: period).isAvailable)
        #expect(!MinusmaFatalitiesPerYear().compute(data, period: period).isAvailable)
        // Victims still count ACLED's fatalities (attackers included, as ACLED counts them).
        // MLI1 2 + MLI2 5 + MLI3 0 + MLI4 7 + MLI9 unknown + MLI15 3 (the attacks kept).
        #expect(VictimsPerYear().compute(data, period: period).series(named: "killed")?.values == [17])
        #expect(
            VictimsPerYear().compute(data, period: period).series(named: "injured")?.values == [nil], "ACLED records no injured")
    }
}
