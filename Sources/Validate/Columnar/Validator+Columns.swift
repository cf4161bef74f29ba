import BriefModel
import Foundation
import Ingest

extension Validator {
    /// A CSV incidents export read from its bytes straight into columns, in `chunks` on every core (by
    /// default one per core for a large file). Same rows, rejects, lines and quality report as
    /// `incidents(_:)` on the same bytes, whatever the chunks.
    public func incidentColumns(
        _ bytes: Data, file: String, delimiter: Character? = nil, mapping: [String: String] = [:],
        chunks: Int? = nil
    ) throws -> ValidatedColumns<IncidentColumns> {
        let text = bytes.withUnsafeBytes { EncodingDecision($0.bindMemory(to: UInt8.self)) }
        return try ColumnarReader.read(bytes, name: file, delimiter: delimiter, mapping: mapping, chunks: chunks, text: text) {
            IncidentColumnReader(context: Validator(copying: self).context, encoding: text.encoding)
        }
    }

    /// A CSV ammunition export read from its bytes straight into columns (see `incidentColumns`).
    public func ammunitionColumns(
        _ bytes: Data, file: String, delimiter: Character? = nil, mapping: [String: String] = [:],
        chunks: Int? = nil
    ) throws -> ValidatedColumns<AmmunitionColumns> {
        let text = bytes.withUnsafeBytes { EncodingDecision($0.bindMemory(to: UInt8.self)) }
        return try ColumnarReader.read(bytes, name: file, delimiter: delimiter, mapping: mapping, chunks: chunks, text: text) {
            AmmunitionColumnReader(context: Validator(copying: self).context, encoding: text.encoding)
        }
    }
}
