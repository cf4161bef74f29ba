/// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields, doubled quotes, newlines inside quotes,
/// LF or CRLF, `,` or `;` delimiters. Works on bytes; only finished fields become Strings.
public struct CSVReader {
    public var delimiter: UInt8?

    public init(delimiter: Character? = nil) {
        self.delimiter = delimiter?.asciiValue
    }

    public func read(_ bytes: [UInt8], file: String, encoding: TextEncoding) -> RawTable {
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter ?? Self.detectDelimiter(bytes))
        guard let header = scanner.nextRecord() else {
            return RawTable(file: file, encoding: encoding, headers: [], records: [])
        }
        let headers = header.fields ?? []
        var records: [RawRecord] = []
        var malformed: [MalformedRecord] = []
        while let record = scanner.nextRecord() {
            let raw = String(decoding: bytes[record.range], as: UTF8.self)
            if let problem = record.problem {
                malformed.append(MalformedRecord(line: record.line, reason: problem, raw: raw))
            } else if let fields = record.fields, fields.count == headers.count {
                records.append(RawRecord(line: record.line, values: fields, raw: raw))
            } else {
                let count = record.fields?.count ?? 0
                malformed.append(MalformedRecord(
                    line: record.line, reason: "expected \(headers.count) fields as in the header, found \(count)",
                    raw: raw))
            }
        }
        return RawTable(file: file, encoding: encoding, headers: headers, records: records, malformed: malformed)
    }

    /// The delimiter of the header line: whichever of `;`, `,` and tab occurs most outside quotes
    /// (a comma when none occurs, so a one-column file still reads).
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
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
