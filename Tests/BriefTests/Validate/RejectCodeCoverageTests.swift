import BriefModel
import Ingest
import Testing

@testable import Validate

/// Every reject code of the contract, in every export where it can occur, with the message a person
/// reads: one faulty row per code (and two for a conflicting duplicate), the rest accepted.
@Suite struct RejectCodeCoverageTests {
    /// Each code once with its message (a conflicting duplicate twice), and nothing else.
    static func expect(
        _ quality: ExportQuality, _ messages: [RejectCode: String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let recorded = Dictionary(quality.rejects.map { ($0.code, $0.message) }) { first, _ in first }
        #expect(recorded == messages, sourceLocation: sourceLocation)
        let counts = messages.mapValues { _ in 1 }.merging([.conflictingDuplicate: 2]) { _, two in two }
        #expect(quality.rejectedByCode == counts, sourceLocation: sourceLocation)
        #expect(quality.isBalanced, sourceLocation: sourceLocation)
    }

    static let alias = "(add it under `aliases` in pipeline.yml if it is one)"
    static let dateForms = "(expected YYYY-MM-DD, DD/MM/YYYY or \"14 September 2016\")"
    static let calibreForms = "(expected e.g. 7.62x39mm, 7.62x54mmR or 81mm)"

    @Test func incidentCodes() throws {
        let result = try Fixtures.incidents(
            """
            incident_id,date,region,latitude,longitude,category,party,ied_type,killed_civilians
            A,2016-01-01,Gao,,,IED,UN,,0
            B,2016-01-01,Gao,,,IED,UN
            ,2016-01-01,Gao,,,IED,UN,,0
            D,someday,Gao,,,IED,UN,,0
            E,2016-01-01,Gao,,,IED,UN,,-1
            F,2016-01-01,Gao,99,1,IED,UN,,0
            G,2016-01-01,Gao,,,drone,UN,,0
            H,2016-01-01,Gao,,,IED,aliens,,0
            I,2016-01-01,Narnia,,,IED,UN,,0
            J,2016-01-01,Gao,,,IED,UN,laser,0
            K,2016-01-01,Gao,,,IED,UN,,0
            K,2016-01-01,Gao,,,IED,UN,,1
            """)
        #expect(result.quality.accepted == 1 && result.quality.read == 12)
        Self.expect(
            result.quality,
            [
                .malformedRow: "the record cannot be read as a row: expected 9 fields as in the header, found 7",
                .missingValue: "incident_id is blank (a value is required)",
                .badDate: "date \"someday\" cannot be read as a date \(Self.dateForms)",
                .badCount: "killed_civilians \"-1\" is negative (expected a whole number ≥ 0, or blank when unknown)",
                .badCoordinates: "coordinates 99, 1 lie outside Mali (latitude 10.1 to 25.1, longitude −12.3 to 4.3)",
                .unknownCategory: "category \"drone\" is not a known incident category \(Self.alias)",
                .unknownParty: "party \"aliens\" is not a known party \(Self.alias)",
                .unknownRegion: "region \"Narnia\" is not a known region of Mali \(Self.alias)",
                .unknownIEDType: "ied_type \"laser\" is not a known IED type \(Self.alias)",
                .conflictingDuplicate:
                    "incident_id \"K\" appears 2 times with different content (lines 12, 13); correct or remove all but one",
            ])
    }

    @Test func armsCodes() throws {
        let table = try Fixtures.table(
            """
            item_id,recovered_date,region,context,category,calibre,country,year,quantity
            A,2016-01-01,Gao,saisie,AK,7.62x39,Chine,1980,
            B,2016-01-01,Gao,lost,AK,,,,
            C,2016-01-01,Gao,,phaser,,,,
            D,2016-01-01,Gao,,AK,huge,,,
            E,2016-01-01,Gao,,AK,,Wakanda,,
            F,2016-01-01,Gao,,AK,,,1850,
            G,2016-01-01,Gao,,AK,,,,-2
            H,2016-01-01,Gao,,AK,,,
            ,2016-01-01,Gao,,AK,,,,
            J,2016-02-30,Gao,,AK,,,,
            K,2016-01-01,Narnia,,AK,,,,
            L,2016-01-01,Gao,,AK,,,,1
            L,2016-01-01,Gao,,AK,,,,2
            """)
        let result = try Fixtures.validator().arms(table)
        #expect(result.quality.accepted == 1 && result.quality.read == 13)
        Self.expect(
            result.quality,
            [
                .malformedRow: "the record cannot be read as a row: expected 9 fields as in the header, found 8",
                .missingValue: "item_id is blank (a value is required)",
                .badDate: "recovered_date \"2016-02-30\" is not a real date \(Self.dateForms)",
                .badCount: "quantity \"-2\" is negative (expected a whole number ≥ 0, or blank when unknown)",
                .badYear: "year \"1850\" is not a production year (expected four digits, 1900–2024)",
                .unknownRegion: "region \"Narnia\" is not a known region of Mali \(Self.alias)",
                .unknownContext: "context \"lost\" is not a known recovery context \(Self.alias)",
                .unknownCategory: "category \"phaser\" is not a known arms category \(Self.alias)",
                .badCalibre: "calibre \"huge\" cannot be read as a calibre \(Self.calibreForms)",
                .unknownCountry: "country \"Wakanda\" is not a known country \(Self.alias)",
                .conflictingDuplicate:
                    "item_id \"L\" appears 2 times with different content (lines 13, 14); correct or remove all but one",
            ])
        let item = try #require(result.values.first)
        #expect(item.context == .seizure && item.category == .assaultRifle && item.country?.name == "China")
        #expect(item.calibre?.description == "7.62x39mm" && item.quantity == 1)
    }

    @Test func ammunitionCodes() throws {
        let table = try Fixtures.table(
            """
            record_id;recovered_date;region;calibre;producer;country;year;quantity
            A;14/09/2016;Mopti;7,62×39;Factory 10E;Égypte;2015;12
            B;2016-01-01;Gao;;Factory 71;China;1980;1
            C;2016-01-01;Gao;long;Factory 71;China;1980;1
            D;2016-01-01;Gao;7.62x39;;Atlantis;1980;1
            E;2016-01-01;Gao;7.62x39;Factory 71;China;80;1
            F;2016-01-01;Gao;7.62x39;Factory 71;China;1980;lots
            G;2016-01-01;Gao;7.62x39;Factory 71;China;1980
            H;2099-01-01;Gao;7.62x39;Factory 71;China;1980;1
            I;2016-01-01;Atlantis;7.62x39;Factory 71;China;1980;1
            J;2016-01-01;Gao;7.62x39;Factory 71;China;1980;1
            J;2016-01-01;Gao;7.62x39;Factory 71;China;1981;1
            """)
        let result = try Fixtures.validator().ammunition(table)
        #expect(result.quality.accepted == 1 && result.quality.read == 11)
        Self.expect(
            result.quality,
            [
                .malformedRow: "the record cannot be read as a row: expected 8 fields as in the header, found 7",
                .missingValue: "calibre is blank (a value is required)",
                .badDate: "recovered_date \"2099-01-01\" lies after the run's reference date 2024-01-01",
                .badCount: "quantity \"lots\" is not a number (expected a whole number ≥ 0, or unknown)",
                .badYear: "year \"80\" is not a production year (expected four digits, 1900–2024)",
                .unknownRegion: "region \"Atlantis\" is not a known region of Mali \(Self.alias)",
                .badCalibre: "calibre \"long\" cannot be read as a calibre \(Self.calibreForms)",
                .unknownCountry: "country \"Atlantis\" is not a known country \(Self.alias)",
                .conflictingDuplicate:
                    "record_id \"J\" appears 2 times with different content (lines 11, 12); correct or remove all but one",
            ])
        let record = try #require(result.values.first)
        #expect(record.country?.isoCode == "EG" && record.quantity == 12 && record.calibre.description == "7.62x39mm")
    }
}
