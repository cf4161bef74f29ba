import BriefModel
import Ingest

/// Reads clean rows of an incidents CSV export straight into `IncidentColumns` (the rules of
/// `IncidentRowParser`, value by value through the memos); any other row goes to the row checker.
struct IncidentColumnReader: ColumnRowReader {
    let parser: IncidentRowParser
    var columns = IncidentColumns()
    private var memos: FieldMemos
    private var region = LabelMemo(optional: false), category = LabelMemo(optional: false)
    private var party = LabelMemo(optional: false), iedType = LabelMemo(optional: true)
    private var locality = TextMemo(), perpetrator = TextMemo(), caseFile = TextMemo(), source = TextMemo()
    private var degrees = ByteMemo<Double>()

    /// Schema column indices (ExportSchema.incidents).
    private enum C {
        static let id = 0, date = 1, region = 2, locality = 3, latitude = 4, longitude = 5, category = 6, party = 7
        static let iedType = 8, firstCount = 9, killedUnspecified = 17, assailants = 18, perpetrator = 19
        static let caseFile = 20, source = 21
    }
    /// The count columns in `IncidentColumns.CountField` order.
    private static let countColumns = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    private static let needsType: [Bool] = IncidentCategory.allCases.map(\.involvesIED)

    init(context: ValidationContext, encoding: TextEncoding) {
        parser = IncidentRowParser(context: context)
        memos = FieldMemos(context: context, encoding: encoding)
    }

    var count: Int { columns.count }
    func row(_ index: Int) -> Incident { columns[index] }
    func id(_ index: Int) -> String { columns.id[index] }
    mutating func keep(_ rows: [Int]) { columns.keep(rows) }
    mutating func append(contentsOf other: Self) { columns.append(contentsOf: other.columns) }
    mutating func reserveCapacity(_ rows: Int) { columns.reserveCapacity(rows) }
    static let freeText = (0..<ExportSchema.incidents.columns.count).map { [3, 19, 20, 21].contains($0) }
    mutating func append(_ value: Incident) { columns.append(value) }

    mutating func read(_ fields: RecordFields, encoding: TextEncoding) -> UInt32? {
        let words = parser.context.vocabularies
        guard let idRange = fields.text(C.id), let day = memos.date(fields, C.date) else { return nil }
        let regionCode = region.code(fields, C.region, encoding: encoding) { words.regions.match($0).map { Int32($0.code) } }
        let categoryCode = category.code(fields, C.category, encoding: encoding) {
            words.categories.match($0).map { Int32($0.code) }
        }
        let partyCode = party.code(fields, C.party, encoding: encoding) { words.parties.match($0).map { Int32($0.code) } }
        var typeCode = iedType.code(fields, C.iedType, encoding: encoding) { words.iedTypes.match($0).map { Int32($0.code) } }
        guard regionCode >= 0, categoryCode >= 0, partyCode >= 0, typeCode != LabelMemo.bad,
            let (latitude, longitude) = coordinate(fields)
        else { return nil }
        var unknown: UInt32 = 0
        if typeCode == LabelMemo.none { typeCode = Int32(IEDType.unknown.code) }
        if typeCode == Int32(IEDType.unknown.code), Self.needsType[Int(categoryCode)] { unknown |= 1 << UInt32(C.iedType) }
        // Counts last: appended one by one, and taken back if a later one is faulty.
        for (field, column) in Self.countColumns.enumerated() {
            var code = CountCode.unknown
            // killed_unspecified is read only when given (ACLED's column); blank stays unknown, unnoted.
            if column != C.killedUnspecified || fields.text(column) != nil {
                guard let read = memos.count(fields, column) else {
                    for earlier in 0..<field { columns.counts[earlier].removeLast() }
                    return nil
                }
                if read < 0 { unknown |= 1 << UInt32(column) }
                code = read
            }
            columns.counts[field].append(code)
        }
        columns.id.append(memos.string(UnsafeBufferPointer(rebasing: fields.bytes[idRange])))
        columns.day.append(day)
        columns.region.append(UInt8(regionCode))
        columns.category.append(UInt8(categoryCode))
        columns.party.append(UInt8(partyCode))
        columns.iedType.append(UInt8(typeCode))
        columns.latitude.append(latitude)
        columns.longitude.append(longitude)
        let texts = (
            locality.code(fields, C.locality, encoding: encoding, into: &columns.locality),
            perpetrator.code(fields, C.perpetrator, encoding: encoding, into: &columns.perpetrator),
            caseFile.code(fields, C.caseFile, encoding: encoding, into: &columns.caseFile),
            source.code(fields, C.source, encoding: encoding, into: &columns.source)
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
            latitude: field(degrees(fields, C.latitude)), longitude: field(degrees(fields, C.longitude)))
        {
        case .none: return (.nan, .nan)
        case .valid(let latitude, let longitude): return (latitude, longitude)
        case .onlyOne, .unreadable, .outsideMali: return nil
        }
    }

    /// `.nan` for blank or an unknown token, `.infinity` for text that is not a number.
    private mutating func degrees(_ fields: RecordFields, _ column: Int) -> Double {
        guard let range = fields.text(column) else { return .nan }
        let encoding = memos.encoding
        return degrees.value(fields.bytes, range) { bytes in
            let text = TextDecoder.string(bytes, encoding)
            if UnknownToken.matches(text) { return .nan }
            return CoordinateParser.degrees(text) ?? .infinity
        }
    }
}
