import BriefModel
import Ingest

/// The validate-and-normalise stage: raw tables in, a `Dataset` and per-export quality out.
public struct Validator: Sendable {
    public let context: ValidationContext

    public init(aliases: AliasTable, referenceDate: CivilDate) throws(AliasError) {
        context = ValidationContext(vocabularies: try Vocabularies(aliases: aliases), referenceDate: referenceDate)
    }

    /// A validator with the same vocabularies and fresh memos, for another thread.
    public init(copying other: Validator) {
        context = ValidationContext(
            vocabularies: Vocabularies(copying: other.context.vocabularies), referenceDate: other.context.referenceDate)
    }

    public func incidents(
        _ table: RawTable, mapping: [String: String] = [:], format: InputFormat = .csv, acled: AcledRules = AcledRules()
    ) throws -> ValidatedExport<Incident> {
        if format == .acled {
            return try ExportValidator.validate(table, mapping: mapping, parser: AcledRowParser(context: context, rules: acled))
        }
        return try ExportValidator.validate(table, mapping: mapping, parser: IncidentRowParser(context: context))
    }

    public func unFatalities(
        _ table: RawTable, mapping: [String: String] = [:], mission: String
    ) throws
        -> ValidatedExport<UNFatality>
    {
        try ExportValidator.validate(table, mapping: mapping, parser: UNFatalityRowParser(context: context, mission: mission))
    }

    public func arms(_ table: RawTable, mapping: [String: String] = [:]) throws -> ValidatedExport<ArmsItem> {
        try ExportValidator.validate(table, mapping: mapping, parser: ArmsRowParser(context: context))
    }

    public func ammunition(
        _ table: RawTable, mapping: [String: String] = [:]
    ) throws
        -> ValidatedExport<AmmunitionRecord>
    {
        try ExportValidator.validate(table, mapping: mapping, parser: AmmunitionRowParser(context: context))
    }
}
