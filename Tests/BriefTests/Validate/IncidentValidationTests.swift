import BriefModel
import Testing

@testable import Validate

@Suite struct IncidentValidationTests {
    static let header = "incident_id,date,region,latitude,longitude,category,party,ied_type,killed_civilians,injured_civilians"

    /// Ten rows, worked out by hand: 5 accepted (I1, I2, I3, I9, I10), 1 collapsed (the second I2),
    /// 4 rejected: I4 (bad date and unknown party: counted once, as bad-date), I5 (unknown region),
    /// and both rows of I6 (conflicting duplicate).
    static let mixed = """
        \(header)
        I1,2016-09-14,Mopti,14.49,-4.19,IED,MINUSMA,RCIED,2,
        I2,14/09/2016,Gao,,,indirect fire,UN,,?,1
        I2,14/09/2016,GAO,,,Indirect Fire,un,,unknown,1
        I3,1er avril 2021,Kidal,"18,44","1,41",attaque complexe,casques bleus,inconnu,0,0
        I4,31/02/2016,Kidal,,,IED,Martians,,0,0
        I5,2016-01-01,Atlantis,,,IED,MINUSMA,,0,0
        I6,2016-01-01,Gao,,,IED,MINUSMA,,0,0
        I6,2016-01-02,Gao,,,IED,MINUSMA,,0,0
        I9,2016-01-01,Gao,,,IED find,MINUSMA,CWIED,,
        I10,2016-01-01,Gao,,,other,civils,,3,4
        """

    @Test func countsWorkedOutByHand() throws {
        let result = try Fixtures.incidents(Self.mixed)
        let q = result.quality
        #expect(q.read == 10)
        #expect(q.accepted == 5)
        #expect(q.collapsed == 1)
        #expect(q.rejected == 4)
        #expect(q.isBalanced)
        #expect(q.rejectedByCode == [.badDate: 1, .unknownRegion: 1, .conflictingDuplicate: 2])
        #expect(result.values.map(\.id) == ["I1", "I2", "I3", "I9", "I10"])
    }

    @Test func aRowWithTwoFaultsHasTwoRejectLines() throws {
        let rejects = try Fixtures.incidents(Self.mixed).quality.rejects.filter { $0.recordID == "I4" }
        #expect(rejects.map(\.code) == [.badDate, .unknownParty])
        #expect(rejects[0].line == 6)
        #expect(rejects[0].diagnostic.hasPrefix("test.csv:6: date \"31/02/2016\" is not a real date"))
        #expect(rejects[1].message.contains("\"Martians\""))
    }

    @Test func normalisedValues() throws {
        let values = try Fixtures.incidents(Self.mixed).values
        #expect(values[0].iedType == .rcied && values[0].region.zone == .central)
        #expect(values[0].casualties.civilians == Toll(killed: .known(2), injured: .unknown))
        #expect(values[2].coordinate == Coordinate(latitude: 18.44, longitude: 1.41))
        #expect(values[2].party == .minusma && values[2].category == .complex)
        #expect(values[3].iedType == .commandWire)
    }

    @Test func unknownCountsAreCountedForTheReport() throws {
        let q = try Fixtures.incidents(Self.mixed).quality
        #expect(q.unknownValues["killed_civilians"] == 2)  // I2 ("?") and I9 (blank)
        #expect(q.unknownValues["injured_civilians"] == 2)  // I1 and I9
        #expect(q.unknownValues["ied_type"] == 1)  // I3 is complex with an unknown type
    }

    @Test func missingRequiredColumnStopsWithTheHeadersFound() {
        #expect {
            try Fixtures.incidents("incident_id,date,region,party\nX,2016-01-01,Gao,UN\n")
        } throws: { error in
            let text = "\(error)"
            return text.contains("\"category\"") && text.contains("\"incident_id\", \"date\", \"region\", \"party\"")
        }
    }

    @Test func headersMatchInAnyCaseWithSpaces() throws {
        let result = try Fixtures.incidents(" Incident_ID ,DATE,Region,Category,PARTY\nX,2016-01-01,Gao,IED,UN\n")
        #expect(result.values.count == 1)
    }

    @Test func coordinatesOutsideMaliAndHalfCoordinatesAreRejected() throws {
        let result = try Fixtures.incidents(
            """
            incident_id,date,region,category,party,latitude,longitude
            C1,2016-01-01,Gao,IED,UN,48.85,2.35
            C2,2016-01-01,Gao,IED,UN,16.2,
            C3,2016-01-01,Gao,IED,UN,abc,1
            """)
        #expect(result.quality.rejectedByCode == [.badCoordinates: 3])
    }

    @Test func badCountsAreRejected() throws {
        let result = try Fixtures.incidents(
            """
            incident_id,date,region,category,party,killed_civilians
            K1,2016-01-01,Gao,IED,UN,-2
            K2,2016-01-01,Gao,IED,UN,1.5
            K3,2016-01-01,Gao,IED,UN,several
            """)
        #expect(result.quality.rejectedByCode == [.badCount: 3])
    }
}
