import BriefModel
import Ingest

/// The validated rows of one export and the account of what happened to every row read.
public struct ValidatedExport<Value: Sendable>: Sendable {
    public var values: [Value]
    public var quality: ExportQuality
    /// Headers that no canonical column uses, for the run log.
    public var extraHeaders: [String]
    /// How the file's bytes were read, for the run log.
    public var encodingDecision: EncodingDecision? = nil
}

/// Validates every row of an export, then settles duplicate ids: identical rows collapse into one,
/// differing rows are all rejected, because an analyst must decide, not the pipeline.
enum ExportValidator {
    static func validate<P: RowParser>(
        _ table: RawTable, mapping: [String: String], parser: P
    ) throws
        -> ValidatedExport<P.Value>
    {
        let schema = parser.schema
        let columns = try ColumnMap(schema: schema, headers: table.headers, mapping: mapping, file: table.file)
        let positions = columns.positions(P.Column.self)
        var quality = ExportQuality(export: schema.export, file: table.file, encoding: table.encoding.rawValue)
        quality.read = table.rowCount
        let damaged = BadEncoding.byRow(table)
        for (index, bad) in table.malformed.enumerated() {
            // Bytes the encoding cannot hold are why the record cannot be read: said as such.
            if let damage = damaged[.malformed(index)] {
                quality.reject([BadEncoding.reject(schema.export, file: table.file, line: bad.line, damage: damage, raw: bad.raw)]
                )
                continue
            }
            quality.reject([
                Reject(
                    export: schema.export, file: table.file, line: bad.line, recordID: nil, field: "record",
                    code: .malformedRow, message: "the record cannot be read as a row: \(bad.reason)", rawRecord: bad.raw)
            ])
        }
        var candidates: [Candidate<P.Value>] = []
        candidates.reserveCapacity(table.records.count)
        for (index, record) in table.records.enumerated() {
            if let damage = damaged[.record(index)] {
                quality.reject([
                    BadEncoding.reject(schema.export, file: table.file, line: record.line, damage: damage, raw: record.raw)
                ])
                continue
            }
            var row = RowChecker<P.Column>(positions: positions, record: record, file: table.file)
            if let reason = parser.filterReason(row) {
                quality.filtered += 1
                quality.filteredByReason[reason, default: 0] += 1
            } else if let value = parser.parse(&row) {
                candidates.append(Candidate(value: value, line: record.line, raw: record.raw, unknown: row.unknown))
            } else {
                quality.reject(row.orderedFaults)
            }
        }
        let values = settleDuplicates(candidates, schema: schema, file: table.file, quality: &quality)
        quality.rejects = quality.rejects.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        return ValidatedExport(
            values: values, quality: quality, extraHeaders: columns.extraHeaders, encodingDecision: table.encodingDecision)
    }

    /// A row that validated, with what a duplicate's reject needs: its line and raw text.
    struct Candidate<Value> {
        let value: Value
        let line: Int
        let raw: String
        /// The fields read as unknown, one bit per schema column.
        let unknown: UInt32
    }

    private static func settleDuplicates<Value: Hashable & Identifiable>(
        _ candidates: [Candidate<Value>], schema: ExportSchema, file: String, quality: inout ExportQuality
    ) -> [Value] where Value.ID == String {
        var index = DuplicateIndex(capacity: candidates.count)
        index.add(0..<candidates.count, hash: { idHash(candidates[$0].value.id) }, id: { candidates[$0].value.id })
        let accepted = settle(
            index, id: { candidates[$0].value.id }, same: { candidates[$0].value == candidates[$1].value },
            line: { candidates[$0].line }, raw: { candidates[$0].raw }, schema: schema, file: file, quality: &quality,
            unknown: { candidates[$0].unknown })
        return accepted.map { candidates[$0].value }
    }

    /// The duplicate rule over any candidate store, once `index` holds every candidate: returns the
    /// accepted candidates' indices in file order; identical repeats collapse into the first,
    /// differing ones are all rejected.
    static func settle(
        _ index: DuplicateIndex, id: (Int) -> String, same: (Int, Int) -> Bool, line: (Int) -> Int,
        raw: (Int) -> String, schema: ExportSchema, file: String, quality: inout ExportQuality,
        unknown: (Int) -> UInt32
    ) -> [Int] {
        let (heads, repeats, repeated) = (index.heads, index.repeats, index.repeated)
        var accepted: [Int] = []
        accepted.reserveCapacity(heads.count)
        // Unknown fields counted by column, named once at the end (not a string key per row).
        var unknownByColumn = [Int](repeating: 0, count: schema.columns.count)
        defer {
            for (column, count) in unknownByColumn.enumerated() where count > 0 {
                quality.unknownValues[schema.columns[column], default: 0] += count
            }
        }
        for index in heads {
            let others = repeated[index] ? repeats[index]! : []
            if others.allSatisfy({ same($0, index) }) {
                accepted.append(index)
                quality.accepted += 1
                quality.collapsed += others.count
                var bits = unknown(index)
                while bits != 0 {
                    unknownByColumn[bits.trailingZeroBitCount] += 1
                    bits &= bits - 1
                }
                continue
            }
            let members = [index] + others
            let lines = members.map { String(line($0)) }.joined(separator: ", ")
            let headID = id(index)
            for member in members {
                quality.reject([
                    Reject(
                        export: schema.export, file: file, line: line(member), recordID: headID,
                        field: schema.idColumn, code: .conflictingDuplicate,
                        message:
                            "\(schema.idColumn) \(TextSnippet.quoted(headID)) appears \(members.count) times with different content "
                            + "(lines \(lines)); correct or remove all but one",
                        rawRecord: raw(member))
                ])
            }
        }
        return accepted
    }
}

extension ExportValidator {
    /// The hash the duplicate rule files an id under.
    static func idHash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { ByteMemo<Int>.hash($0) }
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

/// Each candidate's first row with the same id, built in file order, in as many steps as the
/// candidates arrive (a piece of a file at a time): repeated ids are rare, so only the repeats of
/// each first row are listed.
struct DuplicateIndex: Sendable {
    private var first: FirstIndex
    private(set) var heads: [Int] = []
    private(set) var repeats: [Int: [Int]] = [:]
    private(set) var repeated: [Bool] = []

    init(capacity: Int) {
        first = FirstIndex(capacity: capacity)
        heads.reserveCapacity(capacity)
        repeated.reserveCapacity(capacity)
    }

    /// Adds the candidates of `rows`, which follow every candidate added so far.
    mutating func add(_ rows: Range<Int>, hash: (Int) -> UInt64, id: (Int) -> String) {
        for row in rows {
            repeated.append(false)
            let earlier = first.insert(row, hash: hash(row)) { id($0) == id(row) }
            if earlier != row {
                repeats[earlier, default: []].append(row)
                repeated[earlier] = true
            } else {
                heads.append(row)
            }
        }
    }
}

/// The first row of each id, as an open-addressing table of row numbers: the ids themselves stay
/// where they are (no second copy of a million keys), compared only when their hashes meet.
struct FirstIndex {
    private var rows: [Int32]
    private var hashes: [UInt32]

    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        rows = Array(repeating: -1, count: size)
        hashes = Array(repeating: 0, count: size)
    }

    /// The first row with the same id as `row` (`row` itself when it is the first).
    mutating func insert(_ row: Int, hash: UInt64, sameID: (Int) -> Bool) -> Int {
        let mask = rows.count - 1, short = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while rows[slot] >= 0 {
            if hashes[slot] == short, sameID(Int(rows[slot])) { return Int(rows[slot]) }
            slot = (slot + 1) & mask
        }
        rows[slot] = Int32(row)
        hashes[slot] = short
        return row
    }
}
