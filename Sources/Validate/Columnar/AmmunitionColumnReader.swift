import BriefModel
import Ingest

/// Reads clean rows of an ammunition CSV export straight into `AmmunitionColumns`, through the
/// decoders `AmmunitionRowParser` uses (by way of the memos). Other rows go to the row checker.
struct AmmunitionColumnReader: ColumnRowReader {
    let parser: AmmunitionRowParser
    var columns = AmmunitionColumns()
    private var memos: FieldMemos
    private var region = CodeMemo(optional: false), country = CodeMemo(optional: true)
    private var calibre = CodeMemo(optional: false), year = CodeMemo(optional: true)
    private var incidentID = TextMemo(), headstamp = TextMemo(), producer = TextMemo()

    init(context: ValidationContext, encoding: TextEncoding) {
        parser = AmmunitionRowParser(context: context)
        memos = FieldMemos(decoders: context.decoders, encoding: encoding)
    }

    var count: Int { columns.count }
    func row(_ index: Int) -> AmmunitionRecord { columns[index] }
    func id(_ index: Int) -> String { columns.id[index] }
    mutating func keep(_ rows: [Int]) { columns.keep(rows) }
    mutating func append(contentsOf other: Self) { columns.append(contentsOf: other.columns) }
    mutating func reserveCapacity(_ rows: Int) { columns.reserveCapacity(rows) }
    static let freeText: Set<AmmunitionColumn> = [.incidentID, .headstamp, .producer]
    mutating func append(_ value: AmmunitionRecord) { columns.append(value) }

    mutating func read(_ fields: RecordFields, encoding: TextEncoding) -> UInt32? {
        typealias C = AmmunitionColumn
        let decode = parser.context.decoders
        guard let idRange = fields.text(C.recordID), let day = memos.date(fields, C.recoveredDate) else { return nil }
        let regionCode = region.code(fields, C.region, decode.region, encoding: encoding) { Int32($0.code) }
        let calibreCode = calibre.code(fields, C.calibre, decode.calibre.decoder, encoding: encoding, into: &columns.calibre) {
            Int32($1.code(for: $0))
        }
        let countryCode = country.code(fields, C.country, decode.country, encoding: encoding, into: &columns.country) {
            Int32($1.code(for: $0))
        }
        let yearCode = year.code(fields, C.year, decode.year, encoding: encoding) { Int32($0) }
        let quantity = memos.count(fields, C.quantity)
        guard regionCode >= 0, calibreCode >= 0, countryCode != CodeMemo.bad, yearCode != CodeMemo.bad, let quantity
        else { return nil }
        var unknown: UInt32 = 0
        if countryCode == CodeMemo.none { unknown |= 1 << UInt32(C.country.rawValue) }
        if yearCode == CodeMemo.none { unknown |= 1 << UInt32(C.year.rawValue) }
        if quantity < 0 { unknown |= 1 << UInt32(C.quantity.rawValue) }
        columns.id.append(memos.string(fields.slice(idRange)))
        columns.day.append(day)
        columns.region.append(UInt8(regionCode))
        columns.calibre.append(code: UInt32(calibreCode))
        columns.country.append(code: countryCode < 0 ? 0 : UInt32(countryCode))
        columns.year.append(yearCode < 0 ? 0 : Int16(yearCode))
        // A batch size: unknown or zero means one documented item (ArmsRowParser.quantity).
        columns.quantity.append(max(1, quantity))
        let texts = (
            incidentID.code(fields, C.incidentID, encoding: encoding, into: &columns.incidentID),
            headstamp.code(fields, C.headstamp, encoding: encoding, into: &columns.headstamp),
            producer.code(fields, C.producer, encoding: encoding, into: &columns.producer)
        )
        columns.incidentID.append(code: texts.0)
        columns.headstamp.append(code: texts.1)
        columns.producer.append(code: texts.2)
        return unknown
    }
}
