/// One record as read from an export, before any validation: the header's names and, per name,
/// the text found (nil when the record has no such field).
public struct RawRecord: Sendable, Equatable {
    /// The physical line where the record starts.
    public let line: Int
    public let values: [String?]
    /// The record as it stood in the file, for the reject report.
    public let raw: String

    public init(line: Int, values: [String?], raw: String) {
        self.line = line
        self.values = values
        self.raw = raw
    }
}

/// A record that could not be read as a row at all (unterminated quote, wrong field count, not an object).
public struct MalformedRecord: Sendable, Equatable {
    public let line: Int
    public let reason: String
    public let raw: String

    public init(line: Int, reason: String, raw: String) {
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}

/// An export read into rows, in file order. `malformed` and `records` together are every row read.
public struct RawTable: Sendable {
    public let file: String
    public let encoding: TextEncoding
    public let headers: [String]
    public var records: [RawRecord]
    public var malformed: [MalformedRecord]
    /// How the bytes were read; its `damaged` places make their rows `bad-encoding` rejects.
    public var encodingDecision: EncodingDecision?

    public init(
        file: String, encoding: TextEncoding, headers: [String], records: [RawRecord],
        malformed: [MalformedRecord] = []
    ) {
        self.file = file
        self.encoding = encoding
        self.headers = headers
        self.records = records
        self.malformed = malformed
    }

    public var rowCount: Int { records.count + malformed.count }
}
