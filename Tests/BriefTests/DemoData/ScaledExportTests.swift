import BriefModel
import DemoData
import Foundation
import Ingest
import Testing
import Validate

/// The benchmark's generated exports: the same bytes for the same seed, French Excel on the wire, and
/// messy the way the contract allows (every row accounted for, a few rejected, repeats collapsed).
@Suite struct ScaledExportTests {
    static let files = ScaledExport.files(incidents: 3_000, ammunition: 2_000, seed: 7)

    @Test func sameSeedSameBytes() {
        let again = ScaledExport.files(incidents: 3_000, ammunition: 2_000, seed: 7)
        #expect(again.map(\.bytes) == Self.files.map(\.bytes))
        #expect(ScaledExport.files(incidents: 3_000, ammunition: 2_000, seed: 8).map(\.bytes) != Self.files.map(\.bytes))
    }

    @Test func frenchExcelOnTheWire() throws {
        for file in Self.files {
            #expect(String(data: file.bytes, encoding: .utf8) == nil, "\(file.name) should be Windows-1252")
            #expect(file.bytes.starts(with: Array((file.name == "incidents.csv" ? "incident_id;" : "record_id;").utf8)))
            #expect(file.bytes.suffix(2) == Data([0x0D, 0x0A]))
        }
    }

    @Test func messyButMostlyAccepted() throws {
        let validator = try Validator(aliases: AliasTable(), referenceDate: CivilDate(year: 2025, month: 1, day: 1)!)
        let incidents = try ExportReader.read(
            bytes: [UInt8](Self.files[0].bytes), format: .csv, delimiter: nil, file: "incidents.csv")
        let ammunition = try ExportReader.read(
            bytes: [UInt8](Self.files[1].bytes), format: .csv, delimiter: nil, file: "ammunition.csv")
        for quality in [try validator.incidents(incidents).quality, try validator.ammunition(ammunition).quality] {
            #expect(quality.isBalanced)
            #expect(quality.collapsed > 0)
            #expect(quality.rejected > 0)
            #expect(Double(quality.rejected) / Double(quality.read) < 0.02)
        }
    }
}
