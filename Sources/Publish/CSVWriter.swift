/// Writes comma-separated text (UTF-8, LF) a spreadsheet opens safely.
public enum CSVWriter {
    public static func table(header: [String], rows: [[String]]) -> String {
        // Written as bytes: the trackers run to tens of thousands of rows, and appending to a
        // `String` cell by cell cost more than computing them.
        var out: [UInt8] = []
        out.reserveCapacity((rows.count + 1) * header.count * 12)
        for row in CollectionOfOne(header) + rows {
            for (i, text) in row.enumerated() {
                if i > 0 { out.append(comma) }
                append(text, to: &out)
            }
            out.append(newline)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Quotes when needed, and defuses text a spreadsheet would run as a formula
    /// (`=`, `+`, `-`, `@` first) by prefixing an apostrophe. Plain numbers pass unchanged.
    public static func cell(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            let formula = formulaStarts.contains(first) && Double(String(decoding: bytes, as: UTF8.self)) == nil
            let quoted = bytes.contains { $0 == comma || $0 == quote || $0 == newline || $0 == carriageReturn }
            if quoted { out.append(quote) }
            if formula { out.append(UInt8(ascii: "'")) }
            if quoted {
                for byte in bytes {
                    if byte == quote { out.append(quote) }
                    out.append(byte)
                }
                out.append(quote)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let formulaStarts: [UInt8] = Array("=+-@".utf8)
}
