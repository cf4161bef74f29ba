import BriefModel
import Ingest
import Testing

@testable import Validate

/// The reject codes the UN and ACLED readers can give, each with its message (public-data.md).
@Suite struct PublicDataRejectTests {
    static func read(_ text: String, _ format: InputFormat) throws -> RawTable {
        try ExportReader.read(bytes: Array(text.utf8), format: format, delimiter: nil, file: "public.csv")
    }

    @Test func unFatalityCodes() throws {
        let table = try Self.read(
            """
            id,incident_date,mission_acronym,type_of_incident
            1,2016-01-01,MINUSMA,Malicious Act
            2,2016-01-01
            ,2016-01-01,MINUSMA,Illness
            4,01/13/2016,MINUSMA,Illness
            5,2016-01-01,MINUSMA,Illness
            5,2016-01-02,MINUSMA,Illness
            6,2016-01-01,UNTSO,Accident
            """, .unFatalities)
        let quality = try Fixtures.validator().unFatalities(table, mission: "MINUSMA").quality
        RejectCodeCoverageTests.expect(
            quality,
            [
                .malformedRow: "the record cannot be read as a row: expected 4 fields as in the header, found 2",
                .missingValue: "id is blank (a value is required)",
                .badDate: "incident_date \"01/13/2016\" is not a real date \(RejectCodeCoverageTests.dateForms)",
                .conflictingDuplicate:
                    "id \"5\" appears 2 times with different content (lines 6, 7); correct or remove all but one",
            ])
        #expect(quality.accepted == 1 && quality.filtered == 1)
    }

    @Test func acledCodes() throws {
        let table = try Self.read(
            """
            event_id_cnty,event_date,event_type,sub_event_type,actor1,admin1,latitude,longitude,fatalities
            M1,2020-01-01,Battles,Armed clash,JNIM,Gao,16.27,0.05,2
            M2,2020-01-01,Battles
            ,2020-01-01,Battles,Armed clash,JNIM,Gao,,,0
            M4,2020-31-01,Battles,Armed clash,JNIM,Gao,,,0
            M5,2020-01-01,Battles,Armed clash,JNIM,Narnia,,,0
            M6,2020-01-01,Battles,Armed clash,JNIM,Gao,48.85,2.35,0
            M7,2020-01-01,Battles,Armed clash,JNIM,Gao,,,many
            M8,2020-01-01,Battles,Armed clash,JNIM,Gao,,,1
            M8,2020-01-01,Battles,Armed clash,JNIM,Gao,,,3
            M9,2020-01-01,Protests,Peaceful protest,Protesters (Mali),Gao,,,0
            """, .acled)
        let quality = try Fixtures.validator().incidents(table, format: .acled).quality
        RejectCodeCoverageTests.expect(
            quality,
            [
                .malformedRow: "the record cannot be read as a row: expected 9 fields as in the header, found 3",
                .missingValue: "event_id_cnty is blank (a value is required)",
                .badDate: "event_date \"2020-31-01\" is not a real date \(RejectCodeCoverageTests.dateForms)",
                .unknownRegion: "admin1 \"Narnia\" is not a known region of Mali \(RejectCodeCoverageTests.alias)",
                .badCoordinates: "coordinates 48.85, 2.35 lie outside Mali (latitude 10.1 to 25.1, longitude −12.3 to 4.3)",
                .badCount: "fatalities \"many\" is not a number (expected a whole number ≥ 0, or unknown)",
                .conflictingDuplicate:
                    "event_id_cnty \"M8\" appears 2 times with different content (lines 9, 10); correct or remove all but one",
            ])
        #expect(quality.accepted == 1 && quality.filtered == 1)
    }
}
