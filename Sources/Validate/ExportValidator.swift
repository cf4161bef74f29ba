import BriefModel
import Ingest

/// The validated rows of one export and the account of what happened to every row read.
public struct ValidatedExport<Value: Sendable>: Sendable {
    public var values: [Value]
    public var quality: ExportQuality
    /// Headers that no canonical column uses, for the run log.
    public var extraHeaders: [String]
}

/// Validates every row of an export, then settles duplicate ids: identical rows collapse into one,
/// differing rows are all rejected, because an analyst must decide, not the pipeline.
enum ExportValidator {
    static func validate<P: RowParser>(_ table: RawTable, mapping: [String: String], parser: P) throws
        -> ValidatedExport<P.Value>
    {
        let schema = parser.schema
        let columns = try ColumnMap(schema: schema, headers: table.headers, mapping: mapping, file: table.file)
        var quality = ExportQuality(export: schema.export, file: table.file, encoding: table.encoding.rawValue)
        quality.read = table.rowCount
        for bad in table.malformed {
            quality.reject([Reject(
                export: schema.export, file: table.file, line: bad.line, recordID: nil, field: "record",
                code: .malformedRow, message: "the record cannot be read as a row: \(bad.reason)", rawRecord: bad.raw)])
        }
        var candidates: [Candidate<P.Value>] = []
        for record in table.records {
            var row = RowChecker(schema: schema, columns: columns, record: record, file: table.file)
            if let value = parser.parse(&row) {
                candidates.append(Candidate(value: value, record: record, unknownFields: row.unknownFields))
            } else {
                quality.reject(row.orderedFaults)
            }
        }
        let values = settleDuplicates(candidates, schema: schema, file: table.file, quality: &quality)
        quality.rejects = quality.rejects.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        return ValidatedExport(values: values, quality: quality, extraHeaders: columns.extraHeaders)
    }

    struct Candidate<Value> {
        let value: Value
        let record: RawRecord
        let unknownFields: [String]
    }

    private static func settleDuplicates<Value: Hashable & Identifiable>(
        _ candidates: [Candidate<Value>], schema: ExportSchema, file: String, quality: inout ExportQuality
    ) -> [Value] where Value.ID == String {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, candidate) in candidates.enumerated() {
            if groups[candidate.value.id] == nil { order.append(candidate.value.id) }
            groups[candidate.value.id, default: []].append(index)
        }
        var accepted: [Value] = []
        accepted.reserveCapacity(order.count)
        for id in order {
            let members = groups[id]!.map { candidates[$0] }
            let first = members[0]
            if members.allSatisfy({ $0.value == first.value }) {
                accepted.append(first.value)
                quality.accepted += 1
                quality.collapsed += members.count - 1
                for field in first.unknownFields { quality.unknownValues[field, default: 0] += 1 }
                continue
            }
            let lines = members.map { String($0.record.line) }.joined(separator: ", ")
            for member in members {
                quality.reject([Reject(
                    export: schema.export, file: file, line: member.record.line, recordID: id,
                    field: schema.idColumn, code: .conflictingDuplicate,
                    message: "\(schema.idColumn) \"\(id)\" appears \(members.count) times with different content "
                        + "(lines \(lines)); correct or remove all but one",
                    rawRecord: member.record.raw)])
            }
        }
        return accepted
    }
}

extension ExportQuality {
    /// Counts one rejected row under its first fault's code and keeps every fault for rejects.csv.
    mutating func reject(_ faults: [Reject]) {
        guard let first = faults.first else { return }
        rejected += 1
        rejectedByCode[first.code, default: 0] += 1
        rejects.append(contentsOf: faults)
    }
}
