import BriefModel
import Ingest
import Testing

@Suite struct CSVReaderTests {
    @Test func quotesDoubledQuotesAndNewlinesInsideQuotes() throws {
        let table = try Fixtures.table("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,p,q\n")
        #expect(table.headers == ["a", "b", "c"])
        #expect(table.records.map(\.line) == [2, 3, 5])
        #expect(table.records[0].values == ["1", "x, y", "say \"hi\""])
        #expect(table.records[1].values == ["2", "two\nlines", "z"])
        #expect(table.malformed.isEmpty)
    }

    @Test func detectsSemicolonsAndStripsCRLFAndBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id;name\r\n1;a,b\r\n".utf8)
        let table = try ExportReader.read(bytes: bytes, format: .csv, delimiter: nil, file: "x.csv")
        #expect(table.headers == ["id", "name"])
        #expect(table.records[0].values == ["1", "a,b"])
        #expect(table.encoding == .utf8)
    }

    @Test func windows1252SemicolonCRLFWithQuotedNewlines() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("windows1252-semicolon-crlf.csv"), format: .csv, delimiter: nil, file: "w.csv")
        #expect(table.encoding == .windows1252)
        #expect(table.records.count == 2)
        #expect(table.records[0].values[2] == "Ségou")
        #expect(table.records[0].values[5] == "Rapport\r\nligne deux")
        #expect(table.records[1].line == 4)
        #expect(table.records[1].values[5] == "dit \"urgent\"")
    }

    @Test func wrongFieldCountIsMalformedAndReadingGoesOn() throws {
        let table = try Fixtures.table("a,b\n1,2\n3\n4,5,6\n7,8\n")
        #expect(table.records.map(\.line) == [2, 5])
        #expect(table.malformed.map(\.line) == [3, 4])
        #expect(table.malformed[0].reason.contains("expected 2 fields"))
        #expect(table.rowCount == 4)
    }

    @Test func unterminatedQuoteLosesOnlyItsOwnLine() throws {
        let table = try Fixtures.table("a,b\n1,\"broken\n2,fine\n3,also fine\n")
        #expect(table.malformed.count == 1)
        #expect(table.malformed[0].line == 2)
        #expect(table.records.map(\.line) == [3, 4])
    }

    @Test func textAfterClosingQuoteIsMalformed() throws {
        let table = try Fixtures.table("a,b\n\"x\"y,1\n2,3\n")
        #expect(table.malformed.map(\.line) == [2])
        #expect(table.records.map(\.values) == [["2", "3"]])
    }

    @Test func blankLinesAreNotRows() throws {
        let table = try Fixtures.table("a,b\n\n1,2\n   \n\n3,4\n")
        #expect(table.records.map(\.line) == [3, 6])
        #expect(table.rowCount == 2)
    }

    @Test func emptyFileHasNoRows() throws {
        let table = try Fixtures.table("")
        #expect(table.headers.isEmpty && table.rowCount == 0)
    }
}

@Suite struct JSONReaderTests {
    @Test func arrayOfObjectsWithLines() throws {
        let text = "[\n  {\"id\": \"1\", \"n\": 2},\n  {\"id\": \"2\", \"n\": null, \"x\": true},\n  7\n]"
        let table = try Fixtures.table(text, format: .json)
        #expect(table.records.map(\.line) == [2, 3])
        #expect(table.headers == ["id", "n", "x"])
        #expect(table.records[0].values == ["1", "2", nil])
        #expect(table.records[1].values == ["2", nil, "true"])
        #expect(table.malformed.map(\.line) == [4])
        #expect(table.malformed[0].reason == "not a JSON object")
    }

    @Test func objectHoldingOneArray() throws {
        let table = try Fixtures.table("{\"incidents\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}", format: .json)
        #expect(table.records.map { $0.values[0] } == ["a", "b"])
    }

    @Test func aStrayClosingBraceInTheArrayIsAMalformedRow() throws {
        let table = try Fixtures.table("{\"x\": 1, \"rows\": [\n}\n{\"id\": \"a\"}]", format: .json)
        // The stray brace, and the object after it with no comma between them.
        #expect(table.malformed.map(\.line) == [2, 3] && table.records.isEmpty)
    }

    @Test func brokenDocumentIsAFileError() {
        #expect(throws: IngestError.self) { try Fixtures.table("[{\"id\": \"a\"", format: .json) }
        #expect(throws: IngestError.self) { try Fixtures.table("{\"id\": 1}", format: .json) }
    }

    @Test func jsonLinesWithRenamedHeaders() throws {
        let table = try ExportReader.read(
            bytes: Fixtures.bytes("renamed-headers.jsonl"), format: .jsonl, delimiter: nil, file: "r.jsonl")
        #expect(table.records.map(\.line) == [1, 2, 4])
        #expect(table.malformed.map(\.line) == [5])
        let mapping = ["incident_id": "ID", "date": "Date de l'incident", "category": "Type", "region": "Region"]
        let result = try Fixtures.validator().incidents(table, mapping: mapping)
        #expect(result.values.map(\.id) == ["J-1", "J-2", "J-3"])
        #expect(result.values.map(\.category) == [.ied, .iedFind, .complex])
        #expect(result.values.map(\.region) == [.gao, .kidal, .menaka])
        #expect(result.values[2].date == CivilDate(year: 2021, month: 4, day: 1))
        #expect(result.values[2].casualties.unMilitary.killed == .known(3))
        #expect(result.quality.read == 4 && result.quality.accepted == 3 && result.quality.rejected == 1)
    }
}
