/// What happened to the rows of one export. `read == accepted + collapsed + rejected + filtered`, always
/// (`filtered` is zero except for public-data inputs).
public struct ExportQuality: Sendable, Equatable {
    public var export: ExportKind
    public var file: String
    public var encoding: String
    public var read = 0
    public var accepted = 0
    public var collapsed = 0
    public var rejected = 0
    /// Rows that are not incidents of this report by definition (ACLED protests, other missions'
    /// fatalities): neither accepted nor rejected, counted apart.
    public var filtered = 0
    /// The filtered rows by reason (they add up to `filtered`).
    public var filteredByReason: [FilterReason: Int] = [:]
    /// Each rejected row counted once, under the code of its first faulty field.
    public var rejectedByCode: [RejectCode: Int] = [:]
    /// Fields whose value was one of the unknown tokens, by field name.
    public var unknownValues: [String: Int] = [:]
    public var rejects: [Reject] = []
    /// The first and last date of the accepted records; nil when none is accepted.
    public var coverage: Coverage?
    /// Where a file that ends inside a record was cut: the record's line and the file's length.
    public var cutShort: CutShort?

    public init(export: ExportKind, file: String, encoding: String) {
        self.export = export
        self.file = file
        self.encoding = encoding
    }

    /// Rejected among the rows that are the report's business (filtered rows are not).
    public var rejectRate: Double { read - filtered == 0 ? 0 : Double(rejected) / Double(read - filtered) }
    public var isBalanced: Bool { read == accepted + collapsed + rejected + filtered }
}

/// A file that ends inside a record (an unterminated quote, or a last line without its line break
/// and with too few fields): it was most likely cut short while copied or exported.
public struct CutShort: Sendable, Equatable {
    /// The physical line where the unfinished record starts.
    public var line: Int
    /// The file's length in bytes: where it stops.
    public var byteOffset: Int

    public init(line: Int, byteOffset: Int) {
        self.line = line
        self.byteOffset = byteOffset
    }
}

/// Why a row of a public dataset is outside the report by definition (public-data.md).
public enum FilterReason: String, CaseIterable, Sendable {
    /// ACLED: protests, riots, strategic developments.
    case notAnIncident = "not-an-incident"
    /// ACLED: an attack by an unidentified armed group (left out unless `unattributed: count`).
    case unattributed
    /// ACLED: an attack by an actor that is not an extremist group.
    case notExtremist = "not-extremist"
    /// UN fatalities: a death in another mission.
    case otherMission = "other-mission"
}
