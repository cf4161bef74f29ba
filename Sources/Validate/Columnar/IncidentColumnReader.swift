import BriefModel
import Ingest

/// Reads clean rows of an incidents CSV export straight into `IncidentColumns`, through the decoders
/// `IncidentRowParser` uses (by way of the memos); any other row goes to the row checker.
struct IncidentColumnReader: ColumnRowReader {
    let parser: IncidentRowParser
    var columns = IncidentColumns()
    private var memos: FieldMemos
    private var region = CodeMemo(optional: false), category = CodeMemo(optional: false)
    private var party = CodeMemo(optional: false), iedType = CodeMemo(optional: true)
    private var locality = TextMemo(), perpetrator = TextMemo(), caseFile = TextMemo(), source = TextMemo()
    private var degrees = ByteMemo<Double>()
    private static let needsType: [Bool] = IncidentCategory.allCases.map(\.involvesIED)

    init(context: ValidationContext, encoding: TextEncoding) {
        parser = IncidentRowParser(context: context)
        memos = FieldMemos(decoders: context.decoders, encoding: encoding)
    }

    var count: Int { columns.count }
    func row(_ index: Int) -> Incident { columns[index] }
    func id(_ index: Int) -> String { columns.id[index] }
    mutating func keep(_ rows: [Int]) { columns.keep(rows) }
    mutating func append(contentsOf other: Self) { columns.append(contentsOf: other.columns) }
    mutating func reserveCapacity(_ rows: Int) { columns.reserveCapacity(rows) }
    static let freeText: Set<IncidentColumn> = [.locality, .perpetrator, .caseFile, .source]
    mutating func append(_ value: Incident) { columns.append(value) }

    mutating func read(_ fields: RecordFields, encoding: TextEncoding) -> UInt32? {
        let decode = parser.context.decoders
        guard let idRange = fields.text(IncidentColumn.incidentID), let day = memos.date(fields, IncidentColumn.date)
        else { return nil }
        let regionCode = region.code(fields, IncidentColumn.region, decode.region, encoding: encoding) { Int32($0.code) }
        let categoryCode = category.code(fields, IncidentColumn.category, decode.category, encoding: encoding) {
            Int32($0.code)
        }
        let partyCode = party.code(fields, IncidentColumn.party, decode.party, encoding: encoding) { Int32($0.code) }
        var typeCode = iedType.code(fields, IncidentColumn.iedType, decode.iedType, encoding: encoding) { Int32($0.code) }
        guard regionCode >= 0, categoryCode >= 0, partyCode >= 0, typeCode != CodeMemo.bad,
            let (latitude, longitude) = coordinate(fields)
        else { return nil }
        var unknown: UInt32 = 0
        if typeCode == CodeMemo.none { typeCode = Int32(IEDType.unknown.code) }
        if typeCode == Int32(IEDType.unknown.code), Self.needsType[Int(categoryCode)] {
            unknown |= 1 << UInt32(IncidentColumn.iedType.rawValue)
        }
        // Counts last: appended one by one, and taken back if a later one is faulty.
        for (field, column) in IncidentRowParser.countColumns.enumerated() {
            var code = CountCode.unknown
            // killed_unspecified is read only when given (ACLED's column); blank stays unknown, unnoted.
            if column != .killedUnspecified || fields.text(column) != nil {
                guard let read = memos.count(fields, column) else {
                    for earlier in 0..<field { columns.counts[earlier].removeLast() }
                    return nil
                }
                if read < 0 { unknown |= 1 << UInt32(column.rawValue) }
                code = read
            }
            columns.counts[field].append(code)
        }
        columns.id.append(memos.string(fields.slice(idRange)))
        columns.day.append(day)
        columns.region.append(UInt8(regionCode))
        columns.category.append(UInt8(categoryCode))
        columns.party.append(UInt8(partyCode))
        columns.iedType.append(UInt8(typeCode))
        columns.latitude.append(latitude)
        columns.longitude.append(longitude)
        let texts = (
            locality.code(fields, IncidentColumn.locality, encoding: encoding, into: &columns.locality),
            perpetrator.code(fields, IncidentColumn.perpetrator, encoding: encoding, into: &columns.perpetrator),
            caseFile.code(fields, IncidentColumn.caseFile, encoding: encoding, into: &columns.caseFile),
            source.code(fields, IncidentColumn.source, encoding: encoding, into: &columns.source)
        )
        columns.locality.append(code: texts.0)
        columns.perpetrator.append(code: texts.1)
        columns.caseFile.append(code: texts.2)
        columns.source.append(code: texts.3)
        return unknown
    }

    /// Latitude and longitude by `CoordinateParser.verdict`, the rule `RowChecker.coordinate` applies
    /// (`.nan` for none); nil when faulty.
    private mutating func coordinate(_ fields: RecordFields) -> (Double, Double)? {
        func field(_ value: Double) -> CoordinateParser.Field {
            value.isNaN ? .absent : value.isFinite ? .degrees(value) : .unreadable
        }
        switch CoordinateParser.verdict(
            latitude: field(degrees(fields, .latitude)), longitude: field(degrees(fields, .longitude)))
        {
        case .none: return (.nan, .nan)
        case .valid(let latitude, let longitude): return (latitude, longitude)
        case .onlyOne, .unreadable, .outsideMali: return nil
        }
    }

    /// `.nan` for blank or an unknown token, `.infinity` for text that is not a number.
    private mutating func degrees(_ fields: RecordFields, _ column: IncidentColumn) -> Double {
        guard let range = fields.text(column) else { return .nan }
        let encoding = memos.encoding
        return degrees.value(fields.bytes, range) { bytes in
            let text = TextDecoder.string(bytes, encoding)
            if UnknownToken.matches(text) { return .nan }
            return CoordinateParser.degrees(text) ?? .infinity
        }
    }
}
