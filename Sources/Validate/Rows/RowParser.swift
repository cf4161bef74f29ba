import BriefModel
import Ingest

/// Turns one checked raw record into a validated value of one export. Returns nil when the
/// checker collected a fault.
protocol RowParser {
    associatedtype Column: ExportColumn
    associatedtype Value: Hashable & Sendable & Identifiable where Value.ID == String
    func parse(_ row: inout RowChecker<Column>) -> Value?
    /// Why a row is outside the report by definition (ACLED protests, an attack by a non-extremist
    /// actor, another mission's deaths): counted as filtered, by reason, neither accepted nor rejected.
    func filterReason(_ row: RowChecker<Column>) -> FilterReason?
}

extension RowParser {
    func filterReason(_ row: RowChecker<Column>) -> FilterReason? { nil }
    var schema: ExportSchema { Column.schema }
}

/// What validation needs besides the row: the vocabularies and a decoder for every field kind.
public struct ValidationContext: Sendable {
    public let vocabularies: Vocabularies
    let decoders: FieldDecoders

    public init(vocabularies: Vocabularies, referenceDate: CivilDate) {
        self.vocabularies = vocabularies
        decoders = FieldDecoders(vocabularies, referenceDate: referenceDate)
    }

    public var referenceDate: CivilDate { decoders.date.decoder.referenceDate }
}
