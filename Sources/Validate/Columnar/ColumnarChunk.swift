import BriefModel
import Foundation
import Ingest

/// One chunk of a CSV export read by a `ColumnRowReader`: what the duplicate rule needs of each
/// accepted row (line, where its raw text lies, its unknown fields) and the chunk's part of the quality.
struct ColumnarChunk {
    /// What every chunk of one export shares: the file's text (`body`, the bytes after a byte-order
    /// mark) and how to read it (`rules`, which a chunk read on another core is handed with the file's
    /// `Data`, to make a `Setup` of its own).
    struct Setup {
        let body: UnsafeBufferPointer<UInt8>
        let rules: Rules

        struct Rules: Sendable {
            let encoding: TextEncoding
            let delimiter: UInt8
            let name: String
            let schema: ExportSchema
            let columnMap: ColumnMap
            /// Per schema column, its position in a record (`ColumnMap.positions`).
            let positions: [Int]
            let headers: Int
            /// The damaged places of a UTF-8 file, by offset in `body`, in order.
            let damaged: [(offset: Int, place: DamagedBytes)]
        }

        var encoding: TextEncoding { rules.encoding }
        var delimiter: UInt8 { rules.delimiter }
        var name: String { rules.name }
        var schema: ExportSchema { rules.schema }
        var columnMap: ColumnMap { rules.columnMap }
        var headers: Int { rules.headers }

        /// The damaged places inside `range` of `body`.
        func damage(in range: Range<Int>) -> [DamagedBytes] {
            let damaged = rules.damaged
            guard !damaged.isEmpty else { return [] }
            var low = 0, high = damaged.count
            while low < high {
                let middle = (low + high) / 2
                if damaged[middle].offset < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            return damaged[low...].prefix { $0.offset < range.upperBound }.map(\.place)
        }

        func string(_ range: Range<Int>) -> String { TextDecoder.string(body, range, encoding) }
    }

    var quality: ExportQuality
    var lines: [Int32] = [], starts: [Int] = [], lengths: [UInt32] = [], unknown: [UInt32] = []
    /// Each accepted row's id hashed (`ExportValidator.idHash`), on the piece's core: the duplicate
    /// rule, which runs once the pieces are put together, then compares hashes, not a million ids.
    var idHashes: [UInt64] = []
    /// Where the chunk's first record starts (nil when it has none).
    var firstRecord: Int?
    /// The record at or past the limit where the chunk stopped (nil when it read to the end).
    var stoppedAt: Int?

    static func text(_ span: FieldSpan, _ body: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding) -> String {
        span.escaped
            ? TextDecoder.string(CSVScanner.text(span, in: body), encoding)
            : TextDecoder.string(body, span.start..<span.end, encoding)
    }

    /// Where each chunk starts reading, with the line there: the first after the header, the others
    /// at a line after an even share of the bytes. A line inside a quoted field of many lines would
    /// make the guess wrong (and the rest of the file be read again in sequence), so a guess moves on
    /// to the next line until the two records it starts read cleanly with the header's number of
    /// fields, which a line inside a quoted field almost never does.
    static func guesses(
        _ body: UnsafeBufferPointer<UInt8>, from start: Int, chunks: Int, rules: Setup.Rules
    ) -> [(start: Int, line: Int)] {
        var result: [(start: Int, line: Int)] = [(start, 1 + lineBreaks(body[..<start]))]
        guard chunks > 1 else { return result }
        let share = (body.count - start) / chunks
        var spans: [FieldSpan] = []
        func startsRecords(_ position: Int) -> Bool {
            var scanner = CSVScanner(bytes: body, delimiter: rules.delimiter, from: position)
            for _ in 0..<2 {
                guard let record = scanner.nextRecord(fields: &spans) else { return true }
                guard record.problem == nil, spans.count == rules.headers else { return false }
            }
            return true
        }
        for index in 1..<chunks {
            var position = start + share * index
            for attempt in 0..<64 {
                while position < body.count, body[position] != 0x0A { position += 1 }
                position += 1
                if position >= body.count || attempt == 63 || startsRecords(position) { break }
            }
            guard position < body.count, position > result.last!.start else { break }
            let (previous, line) = result.last!
            result.append((position, line + lineBreaks(body[previous..<position])))
        }
        return result
    }

    static func lineBreaks(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }

    /// Reads records from `from` until the first record starting at or past `limit` (or the end).
    static func scan<Reader: ColumnRowReader>(
        _ reader: inout Reader, _ setup: Setup, from: (start: Int, line: Int), until limit: Int?, reserve: Int?
    ) -> ColumnarChunk {
        let schema = setup.schema, body = setup.body, encoding = setup.encoding
        var chunk = ColumnarChunk(quality: ExportQuality(export: schema.export, file: setup.name, encoding: encoding.rawValue))
        var scanner = CSVScanner(bytes: body, delimiter: setup.delimiter, from: from.start, line: from.line)
        var fields = RecordFields(bytes: body, positions: setup.rules.positions)
        let freeText = Reader.freeText.reduce(UInt32(0)) { $0 | 1 << UInt32($1.rawValue) }
        // Physical lines bound the records: reserving that many rows saves regrowing a million-row column.
        let end = limit ?? body.count
        let expected: Int = reserve ?? lineBreaks(body[from.start..<max(from.start, end)]) + 1
        reader.reserveCapacity(expected)
        chunk.lines.reserveCapacity(expected)
        chunk.starts.reserveCapacity(expected)
        chunk.lengths.reserveCapacity(expected)
        chunk.unknown.reserveCapacity(expected)
        while let record = scanner.nextRecord(fields: &fields.spans) {
            if let limit, record.range.lowerBound >= limit {
                chunk.stoppedAt = record.range.lowerBound
                break
            }
            if chunk.firstRecord == nil { chunk.firstRecord = record.range.lowerBound }
            chunk.quality.read += 1
            let damage = setup.damage(in: record.range)
            guard damage.isEmpty else {
                chunk.quality.reject([
                    BadEncoding.reject(
                        schema.export, file: setup.name, line: record.line, damage: damage, raw: setup.string(record.range))
                ])
                continue
            }
            guard record.problem == nil, fields.spans.count == setup.headers else {
                let reason = record.problem ?? CSVReader.fieldCountProblem(setup.headers, fields.spans.count)
                chunk.quality.reject([
                    Reject(
                        export: schema.export, file: setup.name, line: record.line, recordID: nil, field: "record",
                        code: .malformedRow, message: "the record cannot be read as a row: \(reason)",
                        rawRecord: setup.string(record.range))
                ])
                continue
            }
            let escaped = fields.spans.contains { $0.escaped } && fields.hasEscapes(besides: freeText)
            var mask = escaped ? nil : reader.read(fields, encoding: encoding)
            if mask == nil {
                let raw = RawRecord(
                    line: record.line, values: fields.spans.map { text($0, body, encoding) }, raw: setup.string(record.range))
                var row = RowChecker<Reader.Parser.Column>(positions: setup.rules.positions, record: raw, file: setup.name)
                guard let value = reader.parser.parse(&row) else {
                    chunk.quality.reject(row.orderedFaults)
                    continue
                }
                reader.append(value)
                mask = row.unknown
            }
            chunk.lines.append(Int32(record.line))
            chunk.starts.append(record.range.lowerBound)
            chunk.lengths.append(UInt32(record.range.count))
            chunk.unknown.append(mask!)
        }
        let first = reader.count - chunk.lines.count
        chunk.idHashes = (first..<reader.count).map { ExportValidator.idHash(reader.id($0)) }
        return chunk
    }

    /// The next chunk's records after this one's.
    mutating func append(_ next: ColumnarChunk) {
        quality.read += next.quality.read
        quality.rejected += next.quality.rejected
        for (code, count) in next.quality.rejectedByCode { quality.rejectedByCode[code, default: 0] += count }
        quality.rejects += next.quality.rejects
        lines += next.lines
        idHashes += next.idHashes
        starts += next.starts
        lengths += next.lengths
        unknown += next.unknown
        stoppedAt = next.stoppedAt
    }
}
