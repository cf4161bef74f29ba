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
    init(context: ValidationContext, encoding: TextEncoding)
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

    /// One piece per core for a file large enough to split: an export read on its own.
    public static func onePerCore(bytes: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, bytes / minimumChunk))
    }

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
    private let assembly: Locked<Assembly>

    /// The pieces put together in file order as they end: the job that ends the next piece in order
    /// appends it (and those after it that ended already) and files its ids, beside the other
    /// pieces' reading, so that little is left for the end.
    private struct Assembly: Sendable {
        var pieces: [(Reader, ColumnarChunk)?]
        /// The next piece to append.
        var next = 0
        /// A job is appending: the others only leave their pieces.
        var appending = false
        /// The rows put together so far.
        var rows: (reader: Reader, chunk: ColumnarChunk)?
        var duplicates: DuplicateIndex
    }

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
        assembly = Locked(
            Assembly(pieces: Array(repeating: nil, count: guesses.count), duplicates: DuplicateIndex(capacity: lines)))
    }

    var pieces: Int { guesses.count }

    func piecewise() -> PiecewiseRead<Reader.Columns> {
        PiecewiseRead(pieces: pieces, scan: scan, finish: finish)
    }

    /// Reads piece `index` through its own view of the shared `Data`, then appends what ended in
    /// order; true for the one call that appended the last piece, after which `finish` may run.
    func scan(_ index: Int) -> Bool {
        let limit = index + 1 < guesses.count ? guesses[index + 1].start : nil
        let piece = withSetup { setup in
            var reader = makeReader()
            let chunk = ColumnarChunk.scan(
                &reader, setup, from: guesses[index], until: limit, reserve: index == 0 ? lines : nil)
            return (reader, chunk)
        }
        var appending = assembly.withLock { state in
            state.pieces[index] = piece
            guard !state.appending, state.next < state.pieces.count, state.pieces[state.next] != nil else { return false }
            state.appending = true
            return true
        }
        while appending {
            var (taken, rows, duplicates) = assembly.withLock { state in
                var taken: [(Reader, ColumnarChunk)] = []
                while state.next < state.pieces.count, let ended = state.pieces[state.next] {
                    taken.append(ended)
                    state.pieces[state.next] = nil
                    state.next += 1
                }
                let duplicates = state.duplicates
                state.duplicates = DuplicateIndex(capacity: 0)
                return (taken, state.rows.take(), duplicates)
            }
            let readToEnd = withSetup { append(taken, to: &rows, duplicates: &duplicates, setup: $0) }
            let (more, last) = assembly.withLock { state in
                state.rows = rows
                state.duplicates = duplicates
                if readToEnd { state.next = state.pieces.count }
                let more = state.next < state.pieces.count && state.pieces[state.next] != nil
                if !more { state.appending = false }
                return (more, state.next == state.pieces.count)
            }
            if last { return true }
            appending = more
        }
        return false
    }

    /// Appends pieces that follow the rows so far and files their ids; true when a piece's start
    /// fell inside a quoted field, so the rest of the file was read again in sequence instead.
    private func append(
        _ pieces: [(Reader, ColumnarChunk)], to rows: inout (reader: Reader, chunk: ColumnarChunk)?,
        duplicates: inout DuplicateIndex, setup: ColumnarChunk.Setup
    ) -> Bool {
        for (reader, chunk) in pieces {
            guard var (first, merged) = rows.take() else {
                duplicates.add(0..<reader.count, hash: { chunk.idHashes[$0] }, id: reader.id)
                rows = (reader, chunk)
                continue
            }
            let start = first.count
            let inSequence = merged.stoppedAt != chunk.firstRecord
            if inSequence {
                // The guess fell inside a quoted field: the rest in sequence, from where the last piece stopped.
                if let resume = merged.stoppedAt {
                    let line = 1 + ColumnarChunk.lineBreaks(setup.body[..<resume])
                    var rest = makeReader()
                    let tail = ColumnarChunk.scan(&rest, setup, from: (resume, line), until: nil, reserve: nil)
                    first.append(contentsOf: rest)
                    merged.append(tail)
                }
            } else {
                first.append(contentsOf: reader)
                merged.append(chunk)
            }
            duplicates.add(start..<first.count, hash: { merged.idHashes[$0] }, id: first.id)
            rows = (first, merged)
            if inSequence { return true }
        }
        return false
    }

    private func withSetup<T>(_ body: (ColumnarChunk.Setup) -> T) -> T {
        data.withUnsafeBytes { raw in
            let file = raw.bindMemory(to: UInt8.self)
            return body(ColumnarChunk.Setup(body: UnsafeBufferPointer(rebasing: file[start...]), rules: rules))
        }
    }

    /// The export once every piece is appended: duplicates settled over the whole of it.
    func finish() -> ValidatedColumns<Reader.Columns> {
        var (rows, duplicates) = assembly.withLock { state in
            let duplicates = state.duplicates
            state.duplicates = DuplicateIndex(capacity: 0)
            return (state.rows.take()!, duplicates)
        }
        return withSetup { setup in
            var validated = Self.finish(&rows.reader, rows.chunk, duplicates, setup)
            validated.encodingDecision = decision
            return validated
        }
    }

    /// Settles duplicates over the whole export and puts the rejects in line order.
    private static func finish(
        _ reader: inout Reader, _ chunk: ColumnarChunk, _ duplicates: DuplicateIndex, _ setup: ColumnarChunk.Setup
    ) -> ValidatedColumns<Reader.Columns> {
        let schema = setup.schema
        var quality = chunk.quality
        let accepted = ExportValidator.settle(
            duplicates, id: reader.id, same: { reader.row($0) == reader.row($1) },
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
