import BriefModel

/// The canonical columns of each export, in the contract's order (which is also the order
/// faults are reported in), and which are required.
public struct ExportSchema: Sendable {
    public let export: ExportKind
    public let columns: [String]
    public let required: Set<String>

    public static let incidents = ExportSchema(
        export: .incidents,
        columns: [
            "incident_id", "date", "region", "locality", "latitude", "longitude", "category", "party", "ied_type",
            "killed_un_military", "injured_un_military", "killed_un_associated", "injured_un_associated",
            "killed_security", "injured_security", "killed_civilians", "injured_civilians", "killed_unspecified",
            "assailants_killed", "perpetrator", "case_file", "source",
        ],
        required: ["incident_id", "date", "region", "category", "party"])

    public static let arms = ExportSchema(
        export: .arms,
        columns: [
            "item_id", "incident_id", "recovered_date", "region", "context", "category", "model", "calibre",
            "country", "producer", "year", "quantity", "notes",
        ],
        required: ["item_id", "recovered_date", "region", "category"])

    public static let ammunition = ExportSchema(
        export: .ammunition,
        columns: [
            "record_id", "incident_id", "recovered_date", "region", "calibre", "headstamp", "producer", "country",
            "year", "quantity",
        ],
        required: ["record_id", "recovered_date", "region", "calibre"])

    /// The id column: the first one.
    public var idColumn: String { columns[0] }
}
