import BriefModel

/// Where each canonical column sits in an export's own header row. Headers match in any case
/// and with surrounding spaces; pipeline.yml may name an export's own header for a canonical column.
public struct ColumnMap: Sendable {
    /// Canonical column → index in the raw record.
    public let index: [String: Int]
    /// Headers of the export that no canonical column uses: kept out of the computation.
    public let extraHeaders: [String]

    public init(schema: ExportSchema, headers: [String], mapping: [String: String], file: String) throws {
        let folded = headers.map(Self.fold)
        var index: [String: Int] = [:]
        for column in schema.columns {
            let wanted = Self.fold(mapping[column] ?? column)
            if let position = folded.firstIndex(of: wanted) { index[column] = position }
        }
        let missing = schema.columns.filter { schema.required.contains($0) && index[$0] == nil }
        // A file with no header at all (empty, or blank) has no row either: nothing to map, and the
        // run says it holds no row rather than stopping on columns it never had.
        let isEmpty = headers.allSatisfy { Self.fold($0).isEmpty }
        guard missing.isEmpty || isEmpty else {
            throw IngestError.missingColumns(file: file, columns: missing, found: headers)
        }
        let used = Set(index.values)
        self.index = index
        self.extraHeaders = headers.indices.filter { !used.contains($0) }.map { headers[$0] }
    }

    /// The trimmed text of a canonical column in a record; nil when absent or blank.
    public func value(_ column: String, in record: RawRecord) -> String? {
        Self.value(at: index[column] ?? -1, in: record)
    }

    /// Per column of `Column` (by its raw value), where it sits in a record; -1 when the export lacks it.
    public func positions<Column: ExportColumn>(_: Column.Type) -> [Int] {
        Column.allCases.map { index[$0.name] ?? -1 }
    }

    /// The trimmed text at `position` of a record; nil when absent (-1) or blank.
    public static func value(at position: Int, in record: RawRecord) -> String? {
        guard position >= 0, position < record.values.count, let text = record.values[position] else { return nil }
        let trimmed = ASCIIText.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func fold(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
