import BriefModel
import Ingest

extension Validator {
    /// A CSV incidents export read from its bytes straight into columns. Same rows, rejects, lines and
    /// quality report as `incidents(_:)` on the same bytes; a `Validator` must not be shared between threads.
    public func incidentColumns(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, delimiter: Character? = nil, mapping: [String: String] = [:]
    ) throws -> ValidatedColumns<IncidentColumns> {
        let text = TextDecoder.detect(bytes)
        var reader = IncidentColumnReader(context: context, encoding: text.encoding)
        return try ColumnarReader.read(bytes, name: file, delimiter: delimiter, mapping: mapping, text: text, reader: &reader)
    }

    /// A CSV ammunition export read from its bytes straight into columns (see `incidentColumns`).
    public func ammunitionColumns(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, delimiter: Character? = nil, mapping: [String: String] = [:]
    ) throws -> ValidatedColumns<AmmunitionColumns> {
        let text = TextDecoder.detect(bytes)
        var reader = AmmunitionColumnReader(context: context, encoding: text.encoding)
        return try ColumnarReader.read(bytes, name: file, delimiter: delimiter, mapping: mapping, text: text, reader: &reader)
    }
}
