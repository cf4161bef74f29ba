import BriefModel
import Ingest

/// The validated columns of one export and the account of every row read.
public struct ValidatedColumns<Columns: Sendable>: Sendable {
    public var columns: Columns
    public var quality: ExportQuality
    /// Headers that no canonical column uses, for the run log.
    public var extraHeaders: [String]
}

/// What one export's columnar reader adds to the shared loop: reading a clean row straight from its
/// byte ranges into the columns, and everything else through the row checker, so that a rejected
/// row's faults and messages are exactly those of `ExportValidator`.
protocol ColumnRowReader {
    associatedtype Parser: RowParser
    associatedtype Columns: Sendable
    var parser: Parser { get }
    var columns: Columns { get set }
    var count: Int { get }
    /// Appends a clean row and returns its unknown-field mask (bit = schema column); nil leaves the
    /// columns untouched and hands the row to the row checker.
    mutating func read(_ fields: RecordFields, encoding: TextEncoding) -> UInt32?
    mutating func append(_ value: Parser.Value)
    func row(_ index: Int) -> Parser.Value
    func id(_ index: Int) -> String
    func gathering(_ rows: [Int]) -> Columns
}

enum ColumnarReader {
    /// Reads and validates a CSV export from its bytes, without a `String` per field on the way.
    static func read<Reader: ColumnRowReader>(
        _ file: UnsafeBufferPointer<UInt8>, name: String, delimiter: Character?, mapping: [String: String],
        text detected: (start: Int, encoding: TextEncoding), reader: inout Reader
    ) throws -> ValidatedColumns<Reader.Columns> {
        let schema = reader.parser.schema
        let (start, encoding) = detected
        let body = UnsafeBufferPointer(rebasing: file[start...])
        func string(_ range: Range<Int>) -> String { TextDecoder.string(body, range, encoding) }
        func text(_ span: FieldSpan) -> String {
            span.escaped ? TextDecoder.string(CSVScanner.text(span, in: body), encoding) : string(span.start..<span.end)
        }
        var scanner = CSVScanner(
            bytes: body, delimiter: delimiter?.asciiValue ?? CSVReader.detectDelimiter(body))
        var fields = RecordFields(bytes: body, positions: [])
        let headers = scanner.nextRecord(fields: &fields.spans) != nil ? fields.spans.map(text) : []
        let columnMap = try ColumnMap(schema: schema, headers: headers, mapping: mapping, file: name)
        fields = RecordFields(bytes: body, positions: schema.columns.map { columnMap.index[$0] ?? -1 })
        var quality = ExportQuality(export: schema.export, file: name, encoding: encoding.rawValue)
        var lines: [Int32] = [], ranges: [Range<Int>] = [], unknown: [UInt32] = []
        while let record = scanner.nextRecord(fields: &fields.spans) {
            quality.read += 1
            guard record.problem == nil, fields.spans.count == headers.count else {
                let reason = record.problem ?? CSVReader.fieldCountProblem(headers.count, fields.spans.count)
                quality.reject([Reject(
                    export: schema.export, file: name, line: record.line, recordID: nil, field: "record",
                    code: .malformedRow, message: "the record cannot be read as a row: \(reason)",
                    rawRecord: string(record.range))])
                continue
            }
            var mask = fields.hasEscapes ? nil : reader.read(fields, encoding: encoding)
            if mask == nil {
                let raw = RawRecord(line: record.line, values: fields.spans.map(text), raw: string(record.range))
                var row = RowChecker(schema: schema, columns: columnMap, record: raw, file: name)
                guard let value = reader.parser.parse(&row) else {
                    quality.reject(row.orderedFaults)
                    continue
                }
                reader.append(value)
                mask = row.unknownFields.reduce(0) { $0 | 1 << UInt32(schema.columns.firstIndex(of: $1)!) }
            }
            lines.append(Int32(record.line))
            ranges.append(record.range)
            unknown.append(mask!)
        }
        let accepted = ExportValidator.settle(
            reader.count, id: reader.id, same: { reader.row($0) == reader.row($1) }, line: { Int(lines[$0]) },
            raw: { string(ranges[$0]) }, schema: schema, file: name, quality: &quality
        ) { head, quality in
            var bits = unknown[head]
            while bits != 0 {
                quality.unknownValues[schema.columns[bits.trailingZeroBitCount], default: 0] += 1
                bits &= bits - 1
            }
        }
        quality.rejects = quality.rejects.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        let columns = accepted.count == reader.count ? reader.columns : reader.gathering(accepted)
        return ValidatedColumns(columns: columns, quality: quality, extraHeaders: columnMap.extraHeaders)
    }
}
