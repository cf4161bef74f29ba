import BriefModel
import Ingest

/// Reads one raw record field by field, turning each bad value into a `Reject` and returning
/// nil for it, so a row reports every fault at once and the caller decides only at the end.
struct RowChecker {
    let schema: ExportSchema
    let columns: ColumnMap
    let record: RawRecord
    let file: String
    private(set) var faults: [Reject] = []
    private(set) var unknownFields: [String] = []

    init(schema: ExportSchema, columns: ColumnMap, record: RawRecord, file: String) {
        self.schema = schema
        self.columns = columns
        self.record = record
        self.file = file
    }

    var recordID: String? { columns.value(schema.idColumn, in: record) }

    /// The faults in the contract's column order, so the first is the row's code.
    var orderedFaults: [Reject] {
        faults.enumerated().sorted { a, b in
            let ia = schema.columns.firstIndex(of: a.element.field) ?? .max
            let ib = schema.columns.firstIndex(of: b.element.field) ?? .max
            return (ia, a.offset) < (ib, b.offset)
        }.map(\.element)
    }

    func text(_ column: String) -> String? { columns.value(column, in: record) }

    /// Optional free text: nil for blank and the unknown tokens.
    func optionalText(_ column: String) -> String? {
        let value = text(column)
        return UnknownToken.matches(value) ? nil : value
    }

    mutating func fault(_ column: String, _ code: RejectCode, _ message: String) {
        faults.append(
            Reject(
                export: schema.export, file: file, line: record.line, recordID: recordID, field: column, code: code,
                message: message, rawRecord: record.raw))
    }

    mutating func noteUnknown(_ column: String) { unknownFields.append(column) }

    mutating func required(_ column: String) -> String? {
        guard let value = text(column) else {
            fault(column, .missingValue, "\(column) is blank (a value is required)")
            return nil
        }
        return value
    }

    /// A required label, matched against a vocabulary.
    mutating func label<T>(
        _ column: String, _ vocabulary: LabelVocabulary<T>, _ code: RejectCode, expected: String
    )
        -> T?
    {
        guard let value = required(column) else { return nil }
        return match(column, value, vocabulary, code, expected: expected)
    }

    /// An optional label: nil when blank or an unknown token (or when it matches nothing, which is a fault).
    mutating func optionalLabel<T>(
        _ column: String, _ vocabulary: LabelVocabulary<T>, _ code: RejectCode, expected: String
    ) -> T? {
        guard let value = optionalText(column) else { return nil }
        return match(column, value, vocabulary, code, expected: expected)
    }

    private mutating func match<T>(
        _ column: String, _ value: String, _ vocabulary: LabelVocabulary<T>, _ code: RejectCode, expected: String
    ) -> T? {
        if let matched = vocabulary.match(value) { return matched }
        fault(
            column, code,
            "\(column) \(TextSnippet.quoted(value)) is not a known \(expected) (add it under `aliases` in pipeline.yml if it is one)"
        )
        return nil
    }

    mutating func date(_ column: String, _ context: ValidationContext) -> CivilDate? {
        guard let value = required(column) else { return nil }
        switch context.dateMemo.parse(value, with: context.dates) {
        case .success(let date): return date
        case .failure(let failure):
            fault(column, .badDate, failure.message(field: column, text: value))
            return nil
        }
    }

    /// A count; unknown tokens are `.unknown` and noted for the quality report.
    mutating func count(_ column: String) -> Count? {
        let value = text(column)
        switch CountParser.parse(value) {
        case .success(let count):
            if count.isUnknown { noteUnknown(column) }
            return count
        case .failure(let failure):
            fault(column, .badCount, CountParser.message(failure, field: column, text: value ?? ""))
            return nil
        }
    }

    /// A production year; nil when unknown (noted) or bad (a fault).
    mutating func year(_ column: String, referenceYear: Int) -> Int? {
        guard let value = optionalText(column) else {
            noteUnknown(column)
            return nil
        }
        guard let year = YearParser.parse(value, referenceYear: referenceYear) else {
            fault(
                column, .badYear,
                "\(column) \(TextSnippet.quoted(value)) is not a production year (expected four digits, 1900–\(referenceYear))")
            return nil
        }
        return year
    }

    mutating func calibre(_ column: String, required isRequired: Bool, memo: CalibreMemo? = nil) -> Calibre? {
        guard let value = isRequired ? required(column) : optionalText(column) else { return nil }
        guard let calibre = memo.map({ $0.parse(value) }) ?? CalibreParser.parse(value) else {
            fault(
                column, .badCalibre,
                "\(column) \(TextSnippet.quoted(value)) cannot be read as a calibre (expected e.g. 7.62x39mm, 7.62x54mmR or 81mm)"
            )
            return nil
        }
        return calibre
    }

    /// Latitude and longitude together, or neither.
    mutating func coordinate() -> Coordinate? {
        let latText = optionalText("latitude"), lonText = optionalText("longitude")
        func field(_ text: String?) -> CoordinateParser.Field {
            guard let text else { return .absent }
            return CoordinateParser.degrees(text).map { .degrees($0) } ?? .unreadable
        }
        switch CoordinateParser.verdict(latitude: field(latText), longitude: field(lonText)) {
        case .none: return nil
        case .valid(let latitude, let longitude): return Coordinate(latitude: latitude, longitude: longitude)
        case .onlyOne(let missing):
            fault(missing, .badCoordinates, "latitude and longitude must be given together")
        case .unreadable(let field):
            fault(
                field, .badCoordinates,
                "coordinates \(TextSnippet.quoted(latText ?? "")), \(TextSnippet.quoted(lonText ?? "")) cannot be read as decimal degrees"
            )
        case .outsideMali:
            fault(
                "latitude", .badCoordinates,
                "coordinates \(latText ?? ""), \(lonText ?? "") lie outside Mali (latitude 10.1 to 25.1, longitude −12.3 to 4.3)")
        }
        return nil
    }
}
