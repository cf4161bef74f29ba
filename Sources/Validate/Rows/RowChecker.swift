import BriefModel
import Ingest

/// Reads one raw record field by field through the field decoders, turning each bad value into a
/// `Reject` and returning nil for it, so a row reports every fault at once and the caller decides
/// only at the end.
struct RowChecker<Column: ExportColumn> {
    /// Per column (by raw value), where it sits in the record; -1 when the export lacks it.
    let positions: [Int]
    let record: RawRecord
    let file: String
    private(set) var faults: [Reject] = []
    private var faultColumns: [Int] = []
    /// The fields read as unknown, one bit per column (by raw value), for the quality report.
    private(set) var unknown: UInt32 = 0

    init(positions: [Int], record: RawRecord, file: String) {
        self.positions = positions
        self.record = record
        self.file = file
    }

    var recordID: String? { text(Column.allCases[0]) }

    /// The faults in the contract's column order, so the first is the row's code.
    var orderedFaults: [Reject] {
        zip(faults, faultColumns).enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
            .map(\.element.0)
    }

    /// The trimmed text of a column; nil when the export lacks it or it is blank.
    func text(_ column: Column) -> String? { ColumnMap.value(at: positions[column.rawValue], in: record) }

    /// Optional free text: nil for blank and the unknown tokens.
    func optionalText(_ column: Column) -> String? {
        let value = text(column)
        return UnknownToken.matches(value) ? nil : value
    }

    mutating func fault(_ column: Column, _ code: RejectCode, _ message: String) {
        faults.append(
            Reject(
                export: Column.export, file: file, line: record.line, recordID: recordID, field: column.name, code: code,
                message: message, rawRecord: record.raw))
        faultColumns.append(column.rawValue)
    }

    mutating func noteUnknown(_ column: Column) { unknown |= 1 << UInt32(column.rawValue) }

    mutating func required(_ column: Column) -> String? {
        guard let value = text(column) else {
            fault(column, .missingValue, "\(column.name) is blank (a value is required)")
            return nil
        }
        return value
    }

    /// A required value: blank is a missing value, anything else goes to the decoder.
    mutating func required<Decoder: FieldDecoder>(_ column: Column, _ decoder: Decoder) -> Decoder.Value? {
        guard let value = required(column) else { return nil }
        return decode(column, value, decoder)
    }

    /// An optional value: nil when blank or an unknown token (or when the decoder refuses it, a fault).
    mutating func optional<Decoder: FieldDecoder>(_ column: Column, _ decoder: Decoder) -> Decoder.Value? {
        guard let value = optionalText(column) else { return nil }
        return decode(column, value, decoder)
    }

    private mutating func decode<Decoder: FieldDecoder>(
        _ column: Column, _ value: String, _ decoder: Decoder
    ) -> Decoder.Value? {
        switch decoder.decode(value) {
        case .success(let decoded): return decoded
        case .failure(let problem):
            fault(column, problem.code, problem.message(field: column.name, text: value))
            return nil
        }
    }

    /// A count; blank and the unknown tokens are `.unknown`, noted for the quality report.
    mutating func count(_ column: Column, _ decoder: CountParser) -> Count? {
        guard let value = text(column) else {
            noteUnknown(column)
            return .unknown
        }
        let count = decode(column, value, decoder)
        if count?.isUnknown == true { noteUnknown(column) }
        return count
    }

    /// An optional value whose absence is noted as unknown (a production year).
    mutating func noted<Decoder: FieldDecoder>(_ column: Column, _ decoder: Decoder) -> Decoder.Value? {
        if optionalText(column) == nil { noteUnknown(column) }
        return optional(column, decoder)
    }

    /// Latitude and longitude together, or neither, by `CoordinateParser.verdict`.
    mutating func coordinate(latitude: Column, longitude: Column) -> Coordinate? {
        let latText = optionalText(latitude), lonText = optionalText(longitude)
        func field(_ text: String?) -> CoordinateParser.Field {
            guard let text else { return .absent }
            return CoordinateParser.degrees(text).map { .degrees($0) } ?? .unreadable
        }
        switch CoordinateParser.verdict(latitude: field(latText), longitude: field(lonText)) {
        case .none: return nil
        case .valid(let lat, let lon): return Coordinate(latitude: lat, longitude: lon)
        case .onlyOne(let missingLatitude):
            fault(missingLatitude ? latitude : longitude, .badCoordinates, "latitude and longitude must be given together")
        case .unreadable(let inLatitude):
            fault(
                inLatitude ? latitude : longitude, .badCoordinates,
                "coordinates \(TextSnippet.quoted(latText ?? "")), \(TextSnippet.quoted(lonText ?? "")) cannot be read as decimal degrees"
            )
        case .outsideMali:
            fault(
                latitude, .badCoordinates,
                "coordinates \(latText ?? ""), \(lonText ?? "") lie outside Mali (latitude 10.1 to 25.1, longitude −12.3 to 4.3)")
        }
        return nil
    }
}
