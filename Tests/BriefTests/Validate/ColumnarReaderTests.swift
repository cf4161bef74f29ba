import BriefModel
import DemoData
import Foundation
import Ingest
import Testing

@testable import Validate

/// The columnar readers (byte ranges, a memo per distinct value, chunks on every core) against the row
/// reader they replace on the hot path: on the same bytes, the same rows in the same order, the same
/// rejects with the same lines, messages and raw text, the same quality report, whatever the bytes and
/// however many chunks the file is read in.
@Suite struct ColumnarReaderTests {
    static let messy = ScaledExport.files(incidents: 3_000, ammunition: 2_000, seed: 11)

    @Test(arguments: [1, 2, 3, 8])
    func messyIncidentsReadAsTheRowReaderReadsThem(chunks: Int) throws {
        try Self.expectSameIncidents([UInt8](Self.messy[0].bytes), chunks: chunks)
    }

    @Test(arguments: [1, 2, 3, 8])
    func messyAmmunitionReadsAsTheRowReaderReadsIt(chunks: Int) throws {
        try Self.expectSameAmmunition([UInt8](Self.messy[1].bytes), chunks: chunks)
    }

    /// A quoted field of many lines that each look like a record, where the chunks' guessed starts
    /// fall: the chunk after it reads those lines as records, so its records are thrown away and the
    /// rest of the file is read in sequence; the result is still the sequential one.
    @Test(arguments: [2, 3, 5])
    func chunksStartingInsideAQuotedFieldAreReadAgain(chunks: Int) throws {
        let header = "incident_id;date;region;category;party;killed_un_military;source\r\n"
        func row(_ n: Int) -> String { "I\(n);2016-01-\(n % 28 + 1);Gao;IED;MINUSMA;\(n % 3);report\r\n" }
        let fake = (0..<400).map { "F\($0);2017-02-02;Kidal;IED;UN;1;x" }.joined(separator: "\r\n")
        let text =
            header + (0..<50).map(row).joined() + "Q1;2016-03-03;Gao;IED;MINUSMA;0;\"" + fake + "\"\r\n"
            + (50..<120).map(row).joined() + "Q2;2016-04-04;Gao;IED;MINUSMA;0;\"unclosed\r\n" + (120..<200).map(row).joined()
        let bytes = Array(text.utf8)
        try Self.expectSameIncidents(bytes, chunks: chunks)
        let columns = try Fixtures.validator().incidentColumns(Data(bytes), file: "x.csv", chunks: chunks)
        #expect(!columns.columns.id.contains { $0.hasPrefix("F") })
        #expect(columns.quality.rejects.contains { $0.code == .malformedRow })
    }

    @Test(arguments: ["windows1252-semicolon-crlf.csv", "fig4-incidents.csv"])
    func incidentFixtures(_ name: String) throws {
        try Self.expectSameIncidents(Fixtures.bytes(name))
    }

    @Test func ammunitionFuzzRegression() throws {
        try Self.expectSameAmmunition(Fixtures.bytes("fuzz-regressions/ammunition-34-digit-quantity"))
    }

    /// Quotes, line breaks, delimiters, blanks and stray bytes dropped into the messy exports' rows: record
    /// boundaries, lines and every reject stay those of the row reader.
    @Test(arguments: 0..<24)
    func corruptedExports(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let pieces: [[UInt8]] = [[0x22], [0x0A], [0x0D, 0x0A], [0x3B], [0x22, 0x22], [], [0xE9], [0x20], [0x2D, 0x31], [0x3F]]
        for (index, file) in Self.messy.enumerated() {
            var bytes = [UInt8](file.bytes.prefix(40_000))
            let body = bytes.firstIndex(of: 0x0A)! + 1
            for _ in 0..<40 {
                let at = Int.random(in: body..<bytes.count, using: &random)
                let cut = Int.random(in: 0...3, using: &random)
                bytes.replaceSubrange(at..<min(bytes.count, at + cut), with: pieces.randomElement(using: &random)!)
            }
            for chunks in [1, 2, 7] {
                if index == 0 {
                    try Self.expectSameIncidents(bytes, chunks: chunks)
                } else {
                    try Self.expectSameAmmunition(bytes, chunks: chunks)
                }
            }
        }
    }

    static func expectSameIncidents(
        _ bytes: [UInt8], chunks: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let rows = try Fixtures.validator().incidents(
            try ExportReader.read(bytes: bytes, format: .csv, delimiter: nil, file: "x.csv"))
        let columns = try Fixtures.validator().incidentColumns(Data(bytes), file: "x.csv", chunks: chunks)
        #expect(rows.values.count > 0, sourceLocation: sourceLocation)
        #expect(columns.columns.rows == rows.values, sourceLocation: sourceLocation)
        #expect(columns.quality == rows.quality, sourceLocation: sourceLocation)
        #expect(columns.extraHeaders == rows.extraHeaders, sourceLocation: sourceLocation)
    }

    static func expectSameAmmunition(
        _ bytes: [UInt8], chunks: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let rows = try Fixtures.validator().ammunition(
            try ExportReader.read(bytes: bytes, format: .csv, delimiter: nil, file: "x.csv"))
        let columns = try Fixtures.validator().ammunitionColumns(Data(bytes), file: "x.csv", chunks: chunks)
        #expect(rows.values.count > 0, sourceLocation: sourceLocation)
        #expect(columns.columns.rows == rows.values, sourceLocation: sourceLocation)
        #expect(columns.quality == rows.quality, sourceLocation: sourceLocation)
        #expect(columns.extraHeaders == rows.extraHeaders, sourceLocation: sourceLocation)
    }
}
