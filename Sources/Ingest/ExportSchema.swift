import BriefModel

/// A column of one export. The case order is the contract's column order (also the order a row's
/// faults are reported in); `name` is the canonical header; `rawValue` is the column's position,
/// which the readers index by.
public protocol ExportColumn: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == Int, AllCases == [Self] {
    static var export: ExportKind { get }
    /// The columns an export must have (a row with one blank is rejected).
    static var required: Set<Self> { get }
    /// The schema these columns make, built once by `ExportSchema(_:)`.
    static var schema: ExportSchema { get }
    var name: String { get }
}

/// The columns of one export by name: what the header mapping and the messages need.
public struct ExportSchema: Sendable {
    public let export: ExportKind
    public let columns: [String]
    public let required: Set<String>

    public init<Column: ExportColumn>(_: Column.Type) {
        export = Column.export
        columns = Column.allCases.map(\.name)
        required = Set(Column.required.map(\.name))
    }

    /// The id column: the first one.
    public var idColumn: String { columns[0] }
}
