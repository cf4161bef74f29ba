import BriefModel
import Testing
@testable import Validate

/// Every reject code of the contract, in every export where it can occur, with the message a person reads.
@Suite struct RejectCodeCoverageTests {
    @Test func incidentCodes() throws {
        let result = try Fixtures.incidents("""
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
        let codes = result.quality.rejectedByCode
        #expect(codes == [
            .malformedRow: 1, .missingValue: 1, .badDate: 1, .badCount: 1, .badCoordinates: 1, .unknownCategory: 1,
            .unknownParty: 1, .unknownRegion: 1, .unknownIEDType: 1, .conflictingDuplicate: 2,
        ])
        #expect(result.quality.accepted == 1 && result.quality.isBalanced)
        let messages = Dictionary(result.quality.rejects.map { ($0.code, $0.message) }) { a, _ in a }
        #expect(messages[.unknownRegion] == "region \"Narnia\" is not a known region of Mali (add it under `aliases` in pipeline.yml if it is one)")
        #expect(messages[.missingValue] == "incident_id is blank (a value is required)")
    }

    @Test func armsCodes() throws {
        let table = try Fixtures.table("""
            item_id,recovered_date,region,context,category,calibre,country,year,quantity
            A,2016-01-01,Gao,saisie,AK,7.62x39,Chine,1980,
            B,2016-01-01,Gao,lost,AK,,,,
            C,2016-01-01,Gao,,phaser,,,,
            D,2016-01-01,Gao,,AK,huge,,,
            E,2016-01-01,Gao,,AK,,Wakanda,,
            F,2016-01-01,Gao,,AK,,,1850,
            G,2016-01-01,Gao,,AK,,,,-2
            """)
        let result = try Fixtures.validator().arms(table)
        #expect(result.quality.rejectedByCode == [
            .unknownContext: 1, .unknownCategory: 1, .badCalibre: 1, .unknownCountry: 1, .badYear: 1, .badCount: 1,
        ])
        let item = try #require(result.values.first)
        #expect(item.context == .seizure && item.category == .assaultRifle && item.country?.name == "China")
        #expect(item.calibre?.description == "7.62x39mm" && item.quantity == 1)
    }

    @Test func ammunitionCodes() throws {
        let table = try Fixtures.table("""
            record_id;recovered_date;region;calibre;producer;country;year;quantity
            A;14/09/2016;Mopti;7,62×39;Factory 10E;Égypte;2015;12
            B;2016-01-01;Gao;;Factory 71;China;1980;1
            C;2016-01-01;Gao;long;Factory 71;China;1980;1
            D;2016-01-01;Gao;7.62x39;;Atlantis;1980;1
            E;2016-01-01;Gao;7.62x39;Factory 71;China;80;1
            F;2016-01-01;Gao;7.62x39;Factory 71;China;1980;lots
            """)
        let result = try Fixtures.validator().ammunition(table)
        #expect(result.quality.rejectedByCode == [.missingValue: 1, .badCalibre: 1, .unknownCountry: 1, .badYear: 1, .badCount: 1])
        let record = try #require(result.values.first)
        #expect(record.country?.isoCode == "EG" && record.quantity == 12 && record.calibre.description == "7.62x39mm")
    }
}
