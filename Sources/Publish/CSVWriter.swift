/// Writes comma-separated text (UTF-8, LF) a spreadsheet opens safely.
public enum CSVWriter {
    public static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// Quotes when needed, and defuses text a spreadsheet would run as a formula
    /// (`=`, `+`, `-`, `@` first) by prefixing an apostrophe. Plain numbers pass unchanged.
    public static func cell(_ text: String) -> String {
        // Looked at as bytes: every character a rule below cares about is ASCII, and the tables run to
        // hundreds of thousands of cells.
        let bytes = text.utf8
        guard let first = bytes.first else { return text }
        if !"=+-@".utf8.contains(first), !bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return text
        }
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
