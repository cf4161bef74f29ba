/// The state machine under `CSVReader`: one record at a time, tracking physical lines.
struct CSVScanner {
    struct Scanned {
        let line: Int
        let range: Range<Int>
        let fields: [String]?
        let problem: String?
    }

    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    let bytes: [UInt8]
    let delimiter: UInt8
    private var position = 0
    private var line = 1

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// The next non-blank record, or nil at the end of the bytes.
    mutating func nextRecord() -> Scanned? {
        skipBlankLines()
        guard position < bytes.count else { return nil }
        let start = position, startLine = line
        var fields: [String] = []
        while true {
            let field = readField()
            switch field {
            case .value(let text, let atEndOfRecord):
                fields.append(text)
                if atEndOfRecord {
                    return Scanned(line: startLine, range: start..<trimmedEnd(start), fields: fields, problem: nil)
                }
            case .failure(let problem, let resumeAtNextLine):
                if resumeAtNextLine { restart(afterLineOf: start, line: startLine) } else { skipRestOfLine() }
                return Scanned(line: startLine, range: start..<trimmedEnd(start), fields: nil, problem: problem)
            }
        }
    }

    private enum Field {
        case value(String, atEndOfRecord: Bool)
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
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return .value(text, atEndOfRecord: consumeSeparator())
    }

    private mutating func readQuotedField() -> Field {
        position += 1
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    text.append(Self.quote)
                    position += 2
                    continue
                }
                position += 1
                if position < bytes.count, bytes[position] == Self.cr { position += 1 }
                guard position >= bytes.count || bytes[position] == delimiter || bytes[position] == Self.lf else {
                    return .failure("text after a closing quote (a quote inside a field must be doubled)",
                        resumeAtNextLine: false)
                }
                return .value(String(decoding: text, as: UTF8.self), atEndOfRecord: consumeSeparator())
            }
            if byte == Self.lf { line += 1 }
            text.append(byte)
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

    /// The end of a record's bytes without its line break, for the raw text in rejects.
    private func trimmedEnd(_ start: Int) -> Int {
        var end = min(position, bytes.count)
        while end > start, bytes[end - 1] == Self.lf || bytes[end - 1] == Self.cr { end -= 1 }
        return end
    }
}
