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
    /// Below this many bytes per piece, splitting costs more than it saves.
    public static let minimumChunk = 4 << 20

    /// How many pieces a file of `bytes` is read in when `cores` cores share `total` bytes of
    /// exports: pieces of about a third of a core's share, so that the cores, taking the largest
    /// first, finish close together (every piece also costs a merge and memos of its own).
    public static func pieces(bytes: Int, total: Int, cores: Int) -> Int {
        let size = max(minimumChunk, total / (3 * max(1, cores)))
        return max(1, Int((Double(bytes) / Double(size)).rounded()))
    }
}

/// A CSV export read in pieces that any core may take, in any order, from a queue the exports
/// share; the piece that ends last settles the export (`finish`).
public final class PiecewiseRead<Columns: Sendable>: Sendable {
    public let pieces: Int
    private let scanPiece: @Sendable (Int) -> Bool
    private let finishRead: @Sendable () -> ValidatedColumns<Columns>

    init(pieces: Int, scan: @escaping @Sendable (Int) -> Bool, finish: @escaping @Sendable () -> ValidatedColumns<Columns>) {
        self.pieces = pieces
        scanPiece = scan
        finishRead = finish
    }

    /// Reads one piece; true when it is the last of the pieces to end, so `finish` may run.
    public func scan(_ piece: Int) -> Bool { scanPiece(piece) }

    /// The export's columns and quality once every piece has been read.
    public func finish() -> ValidatedColumns<Columns> { finishRead() }

    /// Every piece on every core, then the export settled: an export read on its own.
    public func readAll() throws -> ValidatedColumns<Columns> {
        _ = try Parallel.map(pieces) { scan($0) }
        return finish()
    }
}

/// The CSV export as byte ranges, in pieces, validated into columns.
///
/// Record boundaries depend on every quote before them, so a piece is parsed from a guessed start
/// (a line after its share of the bytes that reads as a whole record) while the piece before it
/// runs on until its first record at or past that guess; when that record starts exactly at the
/// guess, the piece's records are the file's records and its lines are offset by the line breaks
/// before it (a record's line is one more than the line breaks before it). Otherwise the guess fell
/// inside a quoted field, and the rest of the file is read again in sequence. Either way every
/// record, line and reject is the one a single sequential pass reads.
final class ColumnarReader<Reader: ColumnRowReader>: Sendable {
    private let data: Data
    private let rules: ColumnarChunk.Setup.Rules
    private let start: Int
    private let guesses: [(start: Int, line: Int)]
    /// The file's physical lines: the first piece's columns will hold every row, reserved once.
    private let lines: Int
    private let decision: EncodingDecision
    private let makeReader: @Sendable () -> Reader
    private let scanned: Locked<(pieces: [(Reader, ColumnarChunk)?], ended: Int)>

    /// Reads the header and guesses where each of `pieces` pieces starts.
    init(
        _ file: Data, name: String, delimiter: Character?, mapping: [String: String], pieces wanted: Int,
        text decision: EncodingDecision, makeReader: @escaping @Sendable () -> Reader
    ) throws {
        let start = decision.start, encoding = decision.encoding
        let schema = Reader.Parser.Column.schema
        (rules, guesses, lines) = try file.withUnsafeBytes { raw in
            let body = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[start...])
            var scanner = CSVScanner(bytes: body, delimiter: delimiter?.asciiValue ?? CSVReader.detectDelimiter(body))
            var spans: [FieldSpan] = []
            let headers =
                scanner.nextRecord(fields: &spans) != nil
                ? spans.map { ColumnarChunk.text($0, body, encoding) } : []
            let columnMap = try ColumnMap(schema: schema, headers: headers, mapping: mapping, file: name)
            let rules = ColumnarChunk.Setup.Rules(
                encoding: encoding, delimiter: scanner.delimiter, name: name, schema: schema, columnMap: columnMap,
                positions: columnMap.positions(Reader.Parser.Column.self), headers: headers.count,
                damaged: decision.damaged.map { ($0.offset - start, $0) })
            let guesses = ColumnarChunk.guesses(body, from: scanner.position, chunks: wanted, rules: rules)
            return (rules, guesses, ColumnarChunk.lineBreaks(body[...]) + 1)
        }
        data = file
        self.start = start
        self.decision = decision
        self.makeReader = makeReader
        scanned = Locked((Array(repeating: nil, count: guesses.count), 0))
    }

    var pieces: Int { guesses.count }

    func piecewise() -> PiecewiseRead<Reader.Columns> {
        PiecewiseRead(pieces: pieces, scan: scan, finish: finish)
    }

    /// Reads piece `index` through its own view of the shared `Data`; true when it ended last.
    func scan(_ index: Int) -> Bool {
        let limit = index + 1 < guesses.count ? guesses[index + 1].start : nil
        let piece = withSetup { setup in
            var reader = makeReader()
            let chunk = ColumnarChunk.scan(
                &reader, setup, from: guesses[index], until: limit, reserve: index == 0 ? lines : nil)
            return (reader, chunk)
        }
        return scanned.withLock { state in
            state.pieces[index] = piece
            state.ended += 1
            return state.ended == state.pieces.count
        }
    }

    private func withSetup<T>(_ body: (ColumnarChunk.Setup) -> T) -> T {
        data.withUnsafeBytes { raw in
            let file = raw.bindMemory(to: UInt8.self)
            return body(ColumnarChunk.Setup(body: UnsafeBufferPointer(rebasing: file[start...]), rules: rules))
        }
    }

    /// The pieces put together in file order, duplicates settled over the whole export.
    func finish() -> ValidatedColumns<Reader.Columns> {
        let pieces = scanned.withLock { state in state.pieces.map { $0! } }
        return withSetup { setup in
            var first = pieces[0].0
            var merged = pieces[0].1
            for (reader, chunk) in pieces.dropFirst() {
                guard merged.stoppedAt == chunk.firstRecord else {
                    // The guess fell inside a quoted field: the rest in sequence, from where the last piece stopped.
                    if let resume = merged.stoppedAt {
                        let line = 1 + ColumnarChunk.lineBreaks(setup.body[..<resume])
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
            var validated = Self.finish(&first, merged, setup)
            validated.encodingDecision = decision
            return validated
        }
    }

    /// Settles duplicates over the whole export and puts the rejects in line order.
    private static func finish(
        _ reader: inout Reader, _ chunk: ColumnarChunk, _ setup: ColumnarChunk.Setup
    ) -> ValidatedColumns<Reader.Columns> {
        let schema = setup.schema
        var quality = chunk.quality
        let accepted = ExportValidator.settle(
            reader.count, id: reader.id, hash: { chunk.idHashes[$0] }, same: { reader.row($0) == reader.row($1) },
            line: { Int(chunk.lines[$0]) },
            raw: { setup.string(chunk.starts[$0]..<chunk.starts[$0] + Int(chunk.lengths[$0])) }, schema: schema,
            file: setup.name, quality: &quality,
            unknown: { chunk.unknown[$0] })
        quality.rejects = quality.rejects.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        if accepted.count != reader.count { reader.keep(accepted) }
        return ValidatedColumns(columns: reader.columns, quality: quality, extraHeaders: setup.columnMap.extraHeaders)
    }
}
