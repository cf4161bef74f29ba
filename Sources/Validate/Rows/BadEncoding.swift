import BriefModel
import Ingest

/// The `bad-encoding` reject of a row in a UTF-8 file that holds bytes UTF-8 cannot hold.
enum BadEncoding {
    static func reject(_ export: ExportKind, file: String, line: Int, damage: [DamagedBytes], raw: String) -> Reject {
        let places = damage.map { "\($0.hex) at byte \(NumberText.count($0.offset)) (line \($0.line))" }
        return Reject(
            export: export, file: file, line: line, recordID: nil, field: "record", code: .badEncoding,
            message: "the row holds bytes that are not valid UTF-8: \(places.joined(separator: ", ")); "
                + "the rest of the file is UTF-8 (re-save the row, or the file, as UTF-8)",
            rawRecord: raw)
    }

    /// A row of a `RawTable`: a record or a malformed one, by index.
    enum Row: Hashable {
        case record(Int), malformed(Int)
    }

    /// For rows known by their first line only: the damaged places of each row of `table`. A place
    /// belongs to the last row starting on or before its line; where several rows start on that line
    /// (a JSON array on one line), to those whose text holds a replacement character.
    static func byRow(_ table: RawTable) -> [Row: [DamagedBytes]] {
        guard let damage = table.encodingDecision?.damaged, !damage.isEmpty else { return [:] }
        let starts =
            (table.records.indices.map { (line: table.records[$0].line, row: Row.record($0), raw: table.records[$0].raw) }
            + table.malformed.indices.map {
                (line: table.malformed[$0].line, row: Row.malformed($0), raw: table.malformed[$0].raw)
            })
            .sorted { $0.line < $1.line }
        var result: [Row: [DamagedBytes]] = [:]
        for place in damage {
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle].line <= place.line { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { continue }
            let line = starts[low - 1].line
            let group = starts[..<low].reversed().prefix { $0.line == line }
            let marked = group.filter { $0.raw.unicodeScalars.contains("\u{FFFD}") }
            for start in marked.isEmpty ? Array(group) : marked { result[start.row, default: []].append(place) }
        }
        return result
    }
}
