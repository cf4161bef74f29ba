/// Where one field of a record lies in the file's bytes: inside the quotes for a quoted field, and
/// `escaped` when doubled quotes inside it must be undoubled to read it.
public struct FieldSpan: Sendable {
    public var start: Int
    public var end: Int
    public var escaped: Bool
}

/// The state machine under `CSVReader` and the columnar readers: one record at a time, tracking
/// physical lines, with fields as byte ranges (no `String` is made here). Only ASCII bytes
/// (quote, delimiter, CR, LF) are structural, so it reads UTF-8 and Windows-1252 alike.
public struct CSVScanner {
    public struct Scanned {
        public let line: Int
        /// The record's bytes without its line break, for the raw text in rejects.
        public let range: Range<Int>
        /// Nil when the fields were read; the reason otherwise (the fields are then incomplete).
        public let problem: String?
    }

    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    let bytes: UnsafeBufferPointer<UInt8>
    public let delimiter: UInt8
    /// Where the next record is looked for, and its physical line: one more than the line breaks before
    /// `position`, whatever the quoting (every line break is counted once, inside a field or between records).
    public private(set) var position: Int
    private var line: Int

    /// `bytes` must outlive the scanner. `start` must be where a record may start, and `line` its line.
    public init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, from start: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter
        position = start
        self.line = line
    }

    /// The next non-blank record, its fields' spans in `fields`, or nil at the end of the bytes.
    public mutating func nextRecord(fields: inout [FieldSpan]) -> Scanned? {
        fields.removeAll(keepingCapacity: true)
        skipBlankLines()
        guard position < bytes.count else { return nil }
        let start = position, startLine = line
        while true {
            switch readField() {
            case .value(let span, let atEndOfRecord):
                fields.append(span)
                if atEndOfRecord { return Scanned(line: startLine, range: start..<trimmedEnd(start), problem: nil) }
            case .failure(let problem, let resumeAtNextLine):
                if resumeAtNextLine { restart(afterLineOf: start, line: startLine) } else { skipRestOfLine() }
                return Scanned(line: startLine, range: start..<trimmedEnd(start), problem: problem)
            }
        }
    }

    /// The field's text as a string: made from the file's bytes at once unless quotes were doubled
    /// (the row reader made an array of every field's bytes first, an allocation per field).
    public static func string(_ span: FieldSpan, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        span.escaped
            ? String(decoding: text(span, in: bytes), as: UTF8.self)
            : String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }

    /// A field's bytes, with doubled quotes undoubled.
    public static func text(_ span: FieldSpan, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let raw = bytes[span.start..<span.end]
        guard span.escaped else { return Array(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            out.append(raw[index])
            index += raw[index] == quote ? 2 : 1
        }
        return out
    }

    private enum Field {
        case value(FieldSpan, atEndOfRecord: Bool)
        /// `resumeAtNextLine`: an unterminated quote would swallow the rest of the file, so scanning
        /// resumes on the line after the record's first line and only that record is lost.
        case failure(String, resumeAtNextLine: Bool)
    }

    private mutating func readField() -> Field {
        if position < bytes.count, bytes[position] == Self.quote { return readQuotedField() }
        let start = position
        while position < bytes.count, bytes[position] != delimiter, bytes[position] != Self.lf {
            position += 1
        }
        var end = position
        if end > start, bytes[end - 1] == Self.cr { end -= 1 }
        return .value(FieldSpan(start: start, end: end, escaped: false), atEndOfRecord: consumeSeparator())
    }

    private mutating func readQuotedField() -> Field {
        position += 1
        let start = position
        var escaped = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    escaped = true
                    position += 2
                    continue
                }
                let end = position
                position += 1
                if position < bytes.count, bytes[position] == Self.cr { position += 1 }
                guard position >= bytes.count || bytes[position] == delimiter || bytes[position] == Self.lf else {
                    return .failure(
                        "text after a closing quote (a quote inside a field must be doubled)",
                        resumeAtNextLine: false)
                }
                return .value(FieldSpan(start: start, end: end, escaped: escaped), atEndOfRecord: consumeSeparator())
            }
            if byte == Self.lf { line += 1 }
            position += 1
        }
        return .failure("a quoted field is never closed", resumeAtNextLine: true)
    }

    /// Steps over the delimiter or line end after a field; true when the record ended.
    private mutating func consumeSeparator() -> Bool {
        guard position < bytes.count else { return true }
        let byte = bytes[position]
        position += 1
        if byte == Self.lf {
            line += 1
            return true
        }
        return false
    }

    private mutating func skipBlankLines() {
        while position < bytes.count {
            var probe = position
            while probe < bytes.count, bytes[probe] == Self.cr || bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            guard probe < bytes.count, bytes[probe] == Self.lf else {
                if probe >= bytes.count { position = probe }
                return
            }
            position = probe + 1
            line += 1
        }
    }

    private mutating func skipRestOfLine() {
        while position < bytes.count, bytes[position] != Self.lf { position += 1 }
        if position < bytes.count {
            position += 1
            line += 1
        }
    }

    private mutating func restart(afterLineOf start: Int, line startLine: Int) {
        position = start
        line = startLine
        skipRestOfLine()
    }

    private func trimmedEnd(_ start: Int) -> Int {
        var end = min(position, bytes.count)
        while end > start, bytes[end - 1] == Self.lf || bytes[end - 1] == Self.cr { end -= 1 }
        return end
    }
}
