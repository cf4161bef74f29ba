import BriefModel
import Foundation

/// Reads one export file into a `RawTable`, choosing the reader by the configured format.
public enum ExportReader {
    public static func read(_ spec: InputSpec, displayName: String? = nil) throws -> RawTable {
        let name = displayName ?? (spec.path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: spec.path) else {
            throw IngestError.fileNotFound(file: spec.path)
        }
        return try read(bytes: [UInt8](data), format: spec.format, delimiter: spec.delimiter, file: name)
    }

    public static func read(bytes: [UInt8], format: InputFormat, delimiter: Character?, file: String) throws -> RawTable {
        let (utf8, decision) = TextDecoder.utf8Bytes(bytes)
        let encoding = decision.encoding
        var table: RawTable
        switch format.container {
        case .csv, .acled, .unFatalities: table = CSVReader(delimiter: delimiter).read(utf8, file: file, encoding: encoding)
        case .json: table = try JSONReader(layout: .document).read(utf8, file: file, encoding: encoding)
        case .jsonl: table = try JSONReader(layout: .lines).read(utf8, file: file, encoding: encoding)
        }
        table.encodingDecision = decision
        return table
    }
}
