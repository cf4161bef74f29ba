/// One fault found in one row. A row with several faults yields several rejects but counts once.
public struct Reject: Hashable, Sendable {
    public var export: ExportKind
    public var file: String
    /// The physical line where the record starts (1 is the header line of a CSV file).
    public var line: Int
    public var recordID: String?
    public var field: String
    public var code: RejectCode
    public var message: String
    public var rawRecord: String

    public init(
        export: ExportKind, file: String, line: Int, recordID: String?, field: String, code: RejectCode,
        message: String, rawRecord: String
    ) {
        self.export = export
        self.file = file
        self.line = line
        self.recordID = recordID
        self.field = field
        self.code = code
        self.message = message
        self.rawRecord = rawRecord
    }

    /// `incidents.csv:1042: date "31/02/2016" is not a real date (…)`.
    public var diagnostic: String { "\(file):\(line): \(message)" }
}

/// The exports a mission database produces.
public enum ExportKind: String, CaseIterable, Sendable, Codable {
    case incidents, arms, ammunition
    /// The UN's public peacekeeping fatalities (public-data.md), the optional fourth input.
    case unFatalities = "un_fatalities"
}
