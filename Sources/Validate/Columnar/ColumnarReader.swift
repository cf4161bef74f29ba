import BriefModel
import Foundation
import Ingest

/// The validated columns of one export and the account of every row read.
public struct ValidatedColumns<Columns: Sendable>: Sendable {
    public var columns: Columns
    public var quality: ExportQuality
    /// Headers that no canonical column uses, for the run log.
    public var extraHeaders: [String]
    /// How the file's bytes were read, for the run log.
    public var encodingDecision: EncodingDecision? = nil
}

/// What one export's columnar reader adds to the shared loop: reading a clean row straight from its
/// byte ranges into the columns, and everything else through the row checker, so that a rejected
/// row's faults and messages are exactly those of `ExportValidator`.
protocol ColumnRowReader: Sendable {
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
    /// Appends the rows another reader of the same export read (the next chunk of the file).
    mutating func append(contentsOf other: Self)
    /// The free-text columns, read even when their quotes are doubled.
    static var freeText: Set<Parser.Column> { get }
}

public enum ColumnarChunking {
    /// Below this many bytes per chunk, splitting costs more than it saves.
    public static let minimumChunk = 4 << 20
    /// An export this large is worth a core of its own.
    public static let largeFile = 8 << 20

    /// How many chunks a file of `bytes` is read in with `cores` cores to itself.
    public static func chunks(bytes: Int, cores: Int) -> Int { max(1, min(cores, bytes / minimumChunk)) }
}

/// The CSV export as byte ranges, in chunks, validated into columns.
///
/// Chunks run on every core. Record boundaries depend on every quote before them, so a chunk is
/// parsed from a guessed start (the line after its share of the bytes) while the chunk before it
/// runs on until its first record at or past that guess; when that record starts exactly at the
/// guess, the chunk's records are the file's records and its lines are offset by the line breaks
/// before it (a record's line is one more than the line breaks before it). Otherwise the guess fell
/// inside a quoted field, and the rest of the file is read again in sequence. Either way every
/// record, line and reject is the one a single sequential pass reads.
enum ColumnarReader {
    static func read<Reader: ColumnRowReader>(
        _ file: Data, name: String, delimiter: Character?, mapping: [String: String],
        chunks wanted: Int?, text decision: EncodingDecision, makeReader: @Sendable () -> Reader
    ) throws -> ValidatedColumns<Reader.Columns> {
        try file.withUnsafeBytes { raw in
            try read(
                raw.bindMemory(to: UInt8.self), data: file, name: name, delimiter: delimiter, mapping: mapping,
                chunks: wanted, text: decision, makeReader: makeReader)
        }
    }

    private static func read<Reader: ColumnRowReader>(
        _ file: UnsafeBufferPointer<UInt8>, data: Data, name: String, delimiter: Character?, mapping: [String: String],
        chunks wanted: Int?, text decision: EncodingDecision, makeReader: @Sendable () -> Reader
    ) throws -> ValidatedColumns<Reader.Columns> {
        let (start, encoding) = (decision.start, decision.encoding)
        let body = UnsafeBufferPointer(rebasing: file[start...])
        let schema = makeReader().parser.schema
        var scanner = CSVScanner(bytes: body, delimiter: delimiter?.asciiValue ?? CSVReader.detectDelimiter(body))
        var spans: [FieldSpan] = []
        let headers =
            scanner.nextRecord(fields: &spans) != nil
            ? spans.map { ColumnarChunk.text($0, body, encoding) } : []
        let columnMap = try ColumnMap(schema: schema, headers: headers, mapping: mapping, file: name)
        let rules = ColumnarChunk.Setup.Rules(
            encoding: encoding, delimiter: scanner.delimiter, name: name, schema: schema,
            columnMap: columnMap, positions: columnMap.positions(Reader.Parser.Column.self), headers: headers.count,
            damaged: decision.damaged.map { ($0.offset - start, $0) })
        let setup = ColumnarChunk.Setup(body: body, rules: rules)
        let count = wanted ?? ColumnarChunking.chunks(bytes: body.count, cores: ProcessInfo.processInfo.activeProcessorCount)
        let guesses = ColumnarChunk.guesses(body, from: scanner.position, chunks: count)
        // The first chunk's columns will hold every row: reserved once for the whole file.
        let lines = ColumnarChunk.lineBreaks(body[...]) + 1
        // Each chunk reads the file's bytes through its own view of the shared `Data`.
        let results = try Parallel.map(guesses.count) { index in
            let limit = index + 1 < guesses.count ? guesses[index + 1].start : nil
            return data.withUnsafeBytes { raw in
                let file = raw.bindMemory(to: UInt8.self)
                let setup = ColumnarChunk.Setup(body: UnsafeBufferPointer(rebasing: file[start...]), rules: rules)
                var reader = makeReader()
                let chunk = ColumnarChunk.scan(
                    &reader, setup, from: guesses[index], until: limit, reserve: index == 0 ? lines : nil)
                return (reader, chunk)
            }
        }
        var first = results[0].0
        var merged = results[0].1
        for (reader, chunk) in results.dropFirst() {
            guard merged.stoppedAt == chunk.firstRecord else {
                // The guess fell inside a quoted field: the rest in sequence, from where the last chunk stopped.
                if let resume = merged.stoppedAt {
                    let line = 1 + ColumnarChunk.lineBreaks(body[..<resume])
                    var rest = makeReader()
                    let tail = ColumnarChunk.scan(&rest, setup, from: (resume, line), until: nil, reserve: nil)
                    first.append(contentsOf: rest)
                    merged.append(tail)
                }
                break
            }
            first.append(contentsOf: reader)
            merged.append(chunk)
        }
        var validated = finish(&first, merged, setup)
        validated.encodingDecision = decision
        return validated
    }

    /// Settles duplicates over the whole export and puts the rejects in line order.
    private static func finish<Reader: ColumnRowReader>(
        _ reader: inout Reader, _ chunk: ColumnarChunk, _ setup: ColumnarChunk.Setup
    ) -> ValidatedColumns<Reader.Columns> {
        let schema = setup.schema
        var quality = chunk.quality
        let accepted = ExportValidator.settle(
            reader.count, id: reader.id, same: { reader.row($0) == reader.row($1) }, line: { Int(chunk.lines[$0]) },
            raw: { setup.string(chunk.starts[$0]..<chunk.starts[$0] + Int(chunk.lengths[$0])) }, schema: schema,
            file: setup.name, quality: &quality,
            noteUnknown: { head, quality in quality.noteUnknown(chunk.unknown[head], schema) })
        quality.rejects = quality.rejects.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        if accepted.count != reader.count { reader.keep(accepted) }
        return ValidatedColumns(columns: reader.columns, quality: quality, extraHeaders: setup.columnMap.extraHeaders)
    }
}
