import BriefModel

/// `quality/rejects.csv` and `quality/report.json`.
public enum QualityFiles {
    public static func rejectsCSV(_ exports: [ExportQuality]) -> String {
        let header = ["export", "file", "line", "record_id", "field", "code", "message", "raw_record"]
        let rows = exports.flatMap(\.rejects).map { r in
            [
                r.export.rawValue, r.file, String(r.line), r.recordID ?? "", r.field, r.code.rawValue, r.message,
                r.rawRecord,
            ]
        }
        return CSVWriter.table(header: header, rows: rows)
    }

    public static func reportJSON(_ exports: [ExportQuality]) -> String {
        let entries = exports.map { q -> (String, JSONValue) in
            let codes = RejectCode.allCases.compactMap { code in q.rejectedByCode[code].map { (code.rawValue, JSONValue.int($0)) }
            }
            let unknowns = q.unknownValues.keys.sorted().map { ($0, JSONValue.int(q.unknownValues[$0]!)) }
            var fields: [(String, JSONValue)] = [
                ("file", .string(q.file)), ("encoding", .string(q.encoding)), ("read", .int(q.read)),
                ("accepted", .int(q.accepted)), ("collapsed", .int(q.collapsed)), ("rejected", .int(q.rejected)),
            ]
            // Only the public-data inputs filter rows; the contract's exports keep the contract's shape.
            if q.filtered > 0 {
                fields.append(("filtered", .int(q.filtered)))
                fields.append(
                    (
                        "filtered_by_reason",
                        .object(
                            FilterReason.allCases.compactMap { reason in
                                q.filteredByReason[reason].map { (reason.rawValue, JSONValue.int($0)) }
                            })
                    ))
            }
            fields += [("rejected_by_code", .object(codes)), ("unknown_values", .object(unknowns))]
            // What the data covers: null when no record was accepted (unknown, not an empty span).
            fields.append(("coverage", q.coverage.map(\.json) ?? .null))
            if let cut = q.cutShort {
                fields.append(("cut_short", .object([("line", .int(cut.line)), ("byte_offset", .int(cut.byteOffset))])))
            }
            return (q.export.rawValue, .object(fields))
        }
        return JSONValue.object([("exports", .object(entries))]).text() + "\n"
    }
}

extension Coverage {
    /// `{"from": "2014-01-01", "to": "2020-10-31"}`, as the quality report and figures.json write it.
    public var json: JSONValue { .object([("from", .string(first.description)), ("to", .string(last.description))]) }
}
