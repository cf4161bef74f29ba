import BriefModel
import Foundation
import Testing

@testable import Ingest
@testable import Validate

/// The encoding is decided per file by counting valid and invalid UTF-8 sequences: one stray byte in a
/// UTF-8 export is one `bad-encoding` row, never a whole file of mojibake.
@Suite struct EncodingDecisionTests {
    static let header = "incident_id,date,region,category,party,killed_un_military,source\n"

    /// A UTF-8 export with accents on every row and, on row 3, one Latin-1 byte.
    static func damagedExport(rows: Int = 6) -> [UInt8] {
        var bytes = Array(header.utf8)
        for n in 1...rows {
            let source: [UInt8] = n == 3 ? Array("R".utf8) + [0xE9] + Array("sum\u{E9}".utf8) : Array("Résumé".utf8)
            bytes += Array("I\(n),2016-02-0\(n),Ménaka,IED,MINUSMA,0,".utf8) + source + [0x0A]
        }
        return bytes
    }

    @Test func oneStrayByteLeavesTheFileUTF8AndNamesItsPlace() {
        let decision = EncodingDecision(Self.damagedExport())
        #expect(decision.encoding == .utf8)
        #expect(decision.invalidSequences == 1)
        let place = try? #require(decision.damaged.first)
        #expect(decision.damaged.count == 1)
        #expect(place?.line == 4 && place?.bytes == [0xE9] && place?.hex == "E9")
        let offset = Self.damagedExport().firstIndex(of: 0xE9)
        #expect(place?.offset == offset)
        // With a byte-order mark, offsets still count from the file's first byte.
        let marked = EncodingDecision([0xEF, 0xBB, 0xBF] + Self.damagedExport())
        #expect(marked.start == 3 && marked.damaged.first?.offset == offset.map { $0 + 3 })
    }

    @Test func aWindows1252FileIsReadAsWindows1252() {
        let latin1 =
            Array("incident_id,region\nI1,M".utf8) + [0xE9] + Array("naka\nI2,S".utf8) + [0xE9, 0x67, 0x6F, 0x75] + [0x0A]
        let decision = EncodingDecision(latin1)
        #expect(decision.encoding == .windows1252 && decision.damaged.isEmpty)
        #expect(
            decision.logLine(file: "x.csv")
                == "x.csv: not UTF-8 (2 invalid byte sequences against 0 valid multi-byte characters), read as Windows-1252")
        #expect(EncodingDecision(Array("plain,ascii\n".utf8)).logLine(file: "x.csv") == nil)
    }

    /// Counted as Swift's own decoder counts replacement characters (maximal subparts), on random bytes.
    @Test func theScanCountsInvalidSequencesAsTheStandardLibraryDoes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 1...24, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator)
                    ? UInt8.random(in: 0x80...0xFF, using: &generator) : UInt8.random(in: 0x20...0x7F, using: &generator)
            }
            let scan = bytes.withUnsafeBufferPointer { UTF8Scan($0, offset: 0) }
            let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            #expect(scan.invalidSequences == replaced, "\(bytes.map { String($0, radix: 16) })")
            #expect((scan.invalidSequences == 0) == (String(validating: bytes, as: UTF8.self) != nil))
        }
    }

    /// Both readers (columns for CSV incidents, rows for the rest) reject row 3 alone, with the line,
    /// byte offset and hex, and read "Ménaka" on every other row.
    @Test func theDamagedRowIsRejectedAndTheOthersReadNormally() throws {
        let bytes = Self.damagedExport()
        let rows = try Fixtures.validator().incidents(
            try ExportReader.read(bytes: bytes, format: .csv, delimiter: nil, file: "x.csv"))
        let columns = try Fixtures.validator().incidentColumns(Data(bytes), file: "x.csv")
        #expect(columns.columns.rows == rows.values)
        #expect(columns.quality == rows.quality)
        #expect(rows.values.count == 5)
        #expect(rows.values.allSatisfy { $0.region.name == "Ménaka" })
        let reject = try #require(rows.quality.rejects.first)
        #expect(rows.quality.rejects.count == 1 && reject.code == .badEncoding && reject.line == 4)
        let offset = try #require(bytes.firstIndex(of: 0xE9))
        #expect(reject.message.contains("E9 at byte \(NumberText.count(offset)) (line 4)"), "\(reject.message)")
        #expect(rows.quality.rejectedByCode == [.badEncoding: 1])
        // JSON Lines through the row reader: the same row, by its line.
        let jsonl =
            Array(
                #"{"incident_id":"J1","date":"2016-02-01","region":"Ménaka","category":"IED","party":"UN","source":"Résumé détaillé"}"#
                    .utf8) + [0x0A]
            + Array(#"{"incident_id":"J2","date":"2016-02-02","region":"M"#.utf8) + [0xE9]
            + Array(#"naka","category":"IED","party":"UN"}"#.utf8) + [0x0A]
        let json = try Fixtures.validator().incidents(
            try ExportReader.read(bytes: jsonl, format: .jsonl, delimiter: nil, file: "x.jsonl"))
        #expect(json.values.map(\.id) == ["J1"])
        #expect(
            json.quality.rejects.map(\.code) == [.badEncoding] && json.quality.rejects.first?.line == 2, "\(json.quality.rejects)"
        )
    }
}
