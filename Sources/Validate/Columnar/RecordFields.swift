import Ingest

/// One scanned record's fields as byte ranges, looked up by canonical column (the schema's order),
/// trimmed as `ColumnMap.value` trims them.
struct RecordFields {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Per schema column, the field's position in the record, or -1 when the export lacks it.
    let positions: [Int]
    var spans: [FieldSpan] = []

    /// The trimmed bytes of a column; nil when absent or blank (what `RowChecker.text` calls nil).
    @inline(__always)
    func text(_ column: Int) -> Range<Int>? {
        let position = positions[column]
        guard position >= 0 else { return nil }
        let span = spans[position]
        var start = span.start, end = span.end
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return start == end ? nil : start..<end
    }

    /// True when a field other than the free-text ones (`freeText`, by schema column) holds doubled
    /// quotes: such rows are read by the row checker.
    func hasEscapes(besides freeText: [Bool]) -> Bool {
        for (column, position) in positions.enumerated() where position >= 0 && !freeText[column] {
            if spans[position].escaped { return true }
        }
        return false
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// A whole number of at most nine ASCII digits (the fast case of `CountParser`), or nil.
    @inline(__always)
    func digits(_ range: Range<Int>) -> Int32? {
        guard range.count <= 9 else { return nil }
        var value: Int32 = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int32(byte - 0x30)
        }
        return value
    }
}
