/// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields, doubled quotes, newlines inside quotes,
/// LF or CRLF, `,` or `;` delimiters. Works on bytes; only finished fields become Strings.
public struct CSVReader {
    public var delimiter: UInt8?

    public init(delimiter: Character? = nil) {
        self.delimiter = delimiter?.asciiValue
    }

    public func read(_ bytes: [UInt8], file: String, encoding: TextEncoding) -> RawTable {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: delimiter ?? Self.detectDelimiter(bytes))
            var spans: [FieldSpan] = []
            func strings() -> [String] { spans.map { CSVScanner.string($0, in: buffer) } }
            // Made as optionals at once: a `[String]` passed as `[String?]` is cast element by element.
            func values() -> [String?] { spans.map { CSVScanner.string($0, in: buffer) } }
            guard scanner.nextRecord(fields: &spans) != nil else {
                return RawTable(file: file, encoding: encoding, headers: [], records: [])
            }
            let headers = strings()
            var records: [RawRecord] = []
            var malformed: [MalformedRecord] = []
            while let record = scanner.nextRecord(fields: &spans) {
                let raw = String(decoding: UnsafeBufferPointer(rebasing: buffer[record.range]), as: UTF8.self)
                if let problem = record.problem {
                    malformed.append(MalformedRecord(line: record.line, reason: problem, raw: raw))
                } else if spans.count == headers.count {
                    records.append(RawRecord(line: record.line, values: values(), raw: raw))
                } else {
                    malformed.append(
                        MalformedRecord(
                            line: record.line, reason: Self.fieldCountProblem(headers.count, spans.count),
                            raw: raw))
                }
            }
            return RawTable(file: file, encoding: encoding, headers: headers, records: records, malformed: malformed)
        }
    }

    public static func fieldCountProblem(_ expected: Int, _ found: Int) -> String {
        "expected \(expected) fields as in the header, found \(found)"
    }

    /// The delimiter of the header line: whichever of `;`, `,` and tab occurs most outside quotes
    /// (a comma when none occurs, so a one-column file still reads).
    public static func detectDelimiter<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt8 {
        var comma = 0, semicolon = 0, tab = 0
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            switch byte {
            case UInt8(ascii: "\n"): return pick(comma: comma, semicolon: semicolon, tab: tab)
            case UInt8(ascii: ","): comma += 1
            case UInt8(ascii: ";"): semicolon += 1
            case UInt8(ascii: "\t"): tab += 1
            default: break
            }
        }
        return pick(comma: comma, semicolon: semicolon, tab: tab)
    }

    private static func pick(comma: Int, semicolon: Int, tab: Int) -> UInt8 {
        if tab > comma && tab > semicolon { return UInt8(ascii: "\t") }
        return semicolon > comma ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
