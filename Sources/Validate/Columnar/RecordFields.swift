import BriefModel
import Ingest

/// One scanned record's fields as byte ranges, looked up by schema column, trimmed by the rule
/// `ColumnMap.value` applies to text (`ASCIIText.trimmed`).
struct RecordFields {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Per schema column, the field's position in the record, or -1 when the export lacks it.
    let positions: [Int]
    var spans: [FieldSpan] = []

    /// The trimmed bytes of a column; nil when absent or blank (what `RowChecker.text` calls nil).
    @inline(__always)
    func text<Column: ExportColumn>(_ column: Column) -> Range<Int>? {
        let position = positions[column.rawValue]
        guard position >= 0 else { return nil }
        let span = spans[position]
        let trimmed = ASCIIText.trimmed(bytes, span.start..<span.end)
        return trimmed.isEmpty ? nil : trimmed
    }

    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    /// True when a field other than the free-text ones (`freeText`, one bit per schema column) holds
    /// doubled quotes: such rows are read by the row checker.
    func hasEscapes(besides freeText: UInt32) -> Bool {
        for (column, position) in positions.enumerated() where position >= 0 && freeText & (1 << UInt32(column)) == 0 {
            if spans[position].escaped { return true }
        }
        return false
    }
}
