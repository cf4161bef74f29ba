import BriefModel

/// Writes comma-separated text (UTF-8, LF) a spreadsheet opens safely.
public enum CSVWriter {
    public static func table(header: [String], rows: [[String]]) -> String {
        var csv = CSVText(reservingCapacity: (rows.count + 1) * header.count * 12)
        csv.row(header)
        for row in rows { csv.row(row) }
        return csv.text
    }

    /// Quotes when needed, and defuses text a spreadsheet would run as a formula
    /// (`=`, `+`, `-`, `@` first) by prefixing an apostrophe. Plain numbers pass unchanged.
    public static func cell(_ text: String) -> String {
        var csv = CSVText()
        csv.cell(text)
        return csv.text
    }
}

/// Comma-separated text built cell by cell as bytes, quoted and defused as `CSVWriter.cell` says:
/// the trackers run to tens of thousands of rows, and a `String` per cell or per row cost more than
/// computing them.
public struct CSVText {
    private var bytes: [UInt8] = []
    /// Where a cell written in parts (`cell(_ build:)`) is put together before it is quoted.
    private var parts: [UInt8] = []
    private var rowStarted = false

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func row(_ cells: [String]) {
        for text in cells { cell(text) }
        endRow()
    }

    public mutating func endRow() {
        bytes.append(Self.newline)
        rowStarted = false
    }

    public mutating func cell(_ text: String) {
        var text = text
        text.withUTF8 { cell(bytes: $0) }
    }

    /// An empty cell for nil: unknown is not zero.
    public mutating func cell(_ number: Int?) {
        cell(number.map(String.init) ?? "")
    }

    /// `2016-09-14`; an empty cell for nil.
    public mutating func cell(_ date: CivilDate?) {
        cell { bytes in date?.appendISO(to: &bytes) }
    }

    /// One cell whose text `build` writes as bytes (UTF-8), then quoted and defused as any other.
    public mutating func cell(_ build: (inout [UInt8]) -> Void) {
        parts.removeAll(keepingCapacity: true)
        build(&parts)
        let text = parts
        text.withUnsafeBufferPointer { cell(bytes: $0) }
    }

    private mutating func cell(bytes text: UnsafeBufferPointer<UInt8>) {
        if rowStarted { bytes.append(Self.comma) }
        rowStarted = true
        guard let first = text.first else { return }
        let formula = Self.formulaStarts.contains(first) && Double(String(decoding: text, as: UTF8.self)) == nil
        let quoted = text.contains { $0 == Self.comma || $0 == Self.quote || $0 == Self.newline || $0 == Self.carriageReturn }
        if quoted { bytes.append(Self.quote) }
        if formula { bytes.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in text {
                if byte == Self.quote { bytes.append(Self.quote) }
                bytes.append(byte)
            }
            bytes.append(Self.quote)
        } else {
            bytes.append(contentsOf: text)
        }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    /// What a spreadsheet runs as a formula when a cell starts with it (`PreviousReport` undoes the guard).
    static let formulaStarts: [UInt8] = Array("=+-@".utf8)
}
