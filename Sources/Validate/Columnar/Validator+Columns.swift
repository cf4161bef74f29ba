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
        try incidentPieces(
            bytes, file: file, delimiter: delimiter, mapping: mapping,
            pieces: chunks ?? ColumnarChunking.onePerCore(bytes: bytes.count)
        ).readAll()
    }

    /// A CSV ammunition export read from its bytes straight into columns (see `incidentColumns`).
    public func ammunitionColumns(
        _ bytes: Data, file: String, delimiter: Character? = nil, mapping: [String: String] = [:],
        chunks: Int? = nil
    ) throws -> ValidatedColumns<AmmunitionColumns> {
        try ammunitionPieces(
            bytes, file: file, delimiter: delimiter, mapping: mapping,
            pieces: chunks ?? ColumnarChunking.onePerCore(bytes: bytes.count)
        ).readAll()
    }

    /// A CSV incidents export's header read and its `pieces` pieces laid out, for a queue of work
    /// that other exports share (`incidentColumns` reads them all at once).
    public func incidentPieces(
        _ bytes: Data, file: String, delimiter: Character? = nil, mapping: [String: String] = [:], pieces: Int
    ) throws -> PiecewiseRead<IncidentColumns> {
        try self.pieces(IncidentColumnReader.self, bytes, file: file, delimiter: delimiter, mapping: mapping, pieces: pieces)
    }

    /// The ammunition export's pieces (see `incidentPieces`).
    public func ammunitionPieces(
        _ bytes: Data, file: String, delimiter: Character? = nil, mapping: [String: String] = [:], pieces: Int
    ) throws -> PiecewiseRead<AmmunitionColumns> {
        try self.pieces(AmmunitionColumnReader.self, bytes, file: file, delimiter: delimiter, mapping: mapping, pieces: pieces)
    }

    /// Each piece read by a reader of its own, with a validator copy of its own (memos unshared).
    private func pieces<Reader: ColumnRowReader>(
        _: Reader.Type, _ bytes: Data, file: String, delimiter: Character?, mapping: [String: String], pieces: Int
    ) throws -> PiecewiseRead<Reader.Columns> {
        let text = bytes.withUnsafeBytes { EncodingDecision($0.bindMemory(to: UInt8.self)) }
        let validator = self
        return try ColumnarReader(bytes, name: file, delimiter: delimiter, mapping: mapping, pieces: pieces, text: text) {
            Reader(context: Validator(copying: validator).context, encoding: text.encoding)
        }.piecewise()
    }

}
