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
    /// Keeps only the rows at `rows` (ascending): the accepted ones, once duplicates are settled.
    mutating func keep(_ rows: [Int])
    mutating func reserveCapacity(_ rows: Int)
    /// By schema column: free text, read even when its quotes are doubled.
    static var freeText: [Bool] { get }
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
        // What the duplicate rule needs of each accepted row: its line, and where its raw text lies.
        var lines: [Int32] = [], starts: [Int] = [], lengths: [UInt32] = [], unknown: [UInt32] = []
        // Physical lines bound the records: reserving that many rows saves regrowing a million-row column.
        let expected = body.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        reader.reserveCapacity(expected)
        lines.reserveCapacity(expected); starts.reserveCapacity(expected); lengths.reserveCapacity(expected)
        unknown.reserveCapacity(expected)
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
            let escaped = fields.spans.contains { $0.escaped } && fields.hasEscapes(besides: Reader.freeText)
            var mask = escaped ? nil : reader.read(fields, encoding: encoding)
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
            starts.append(record.range.lowerBound)
            lengths.append(UInt32(record.range.count))
            unknown.append(mask!)
        }
        let accepted = ExportValidator.settle(
            reader.count, id: reader.id, same: { reader.row($0) == reader.row($1) }, line: { Int(lines[$0]) },
            raw: { string(starts[$0]..<starts[$0] + Int(lengths[$0])) }, schema: schema, file: name, quality: &quality
        ) { head, quality in
            var bits = unknown[head]
            while bits != 0 {
                quality.unknownValues[schema.columns[bits.trailingZeroBitCount], default: 0] += 1
                bits &= bits - 1
            }
        }
        quality.rejects = quality.rejects.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        if accepted.count != reader.count { reader.keep(accepted) }
        return ValidatedColumns(columns: reader.columns, quality: quality, extraHeaders: columnMap.extraHeaders)
    }
}
