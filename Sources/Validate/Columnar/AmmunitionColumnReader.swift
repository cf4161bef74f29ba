import BriefModel
import Ingest

/// Reads clean rows of an ammunition CSV export straight into `AmmunitionColumns` (the rules of
/// `AmmunitionRowParser`); each distinct calibre spelling is parsed once. Other rows go to the row checker.
struct AmmunitionColumnReader: ColumnRowReader {
    let parser: AmmunitionRowParser
    var columns = AmmunitionColumns()
    private var memos: FieldMemos
    private var region = LabelMemo(optional: false), country = LabelMemo(optional: true)
    private var calibre = LabelMemo(optional: false), year = LabelMemo(optional: true)
    private var incidentID = TextMemo(), headstamp = TextMemo(), producer = TextMemo()

    /// Schema column indices (ExportSchema.ammunition).
    private enum C {
        static let id = 0, incidentID = 1, date = 2, region = 3, calibre = 4, headstamp = 5, producer = 6
        static let country = 7, year = 8, quantity = 9
    }

    init(context: ValidationContext, encoding: TextEncoding) {
        parser = AmmunitionRowParser(context: context)
        memos = FieldMemos(context: context, encoding: encoding)
    }

    var count: Int { columns.count }
    func row(_ index: Int) -> AmmunitionRecord { columns[index] }
    func id(_ index: Int) -> String { columns.id[index] }
    mutating func keep(_ rows: [Int]) { columns.keep(rows) }
    mutating func append(contentsOf other: Self) { columns.append(contentsOf: other.columns) }
    mutating func reserveCapacity(_ rows: Int) { columns.reserveCapacity(rows) }
    static let freeText = (0..<ExportSchema.ammunition.columns.count).map { [1, 5, 6].contains($0) }
    mutating func append(_ value: AmmunitionRecord) { columns.append(value) }

    mutating func read(_ fields: RecordFields, encoding: TextEncoding) -> UInt32? {
        let words = parser.context.vocabularies, referenceYear = parser.context.referenceYear
        guard let idRange = fields.text(C.id), let day = memos.date(fields, C.date) else { return nil }
        let regionCode = region.code(fields, C.region, encoding: encoding) { words.regions.match($0).map { Int32($0.code) } }
        let calibreCode = calibre.code(fields, C.calibre, encoding: encoding, into: &columns.calibre) { text, table in
            CalibreParser.parse(text).map { Int32(table.code(for: $0)) }
        }
        let countryCode = country.code(fields, C.country, encoding: encoding, into: &columns.country) { text, table in
            words.countries.match(text).map { Int32(table.code(for: $0)) }
        }
        let yearCode = year.code(fields, C.year, encoding: encoding) { text in
            YearParser.parse(text, referenceYear: referenceYear).map(Int32.init)
        }
        let quantity = memos.count(fields, C.quantity)
        guard regionCode >= 0, calibreCode >= 0, countryCode != LabelMemo.bad, yearCode != LabelMemo.bad,
            let quantity
        else { return nil }
        var unknown: UInt32 = 0
        if countryCode == LabelMemo.none { unknown |= 1 << UInt32(C.country) }
        if yearCode == LabelMemo.none { unknown |= 1 << UInt32(C.year) }
        if quantity < 0 { unknown |= 1 << UInt32(C.quantity) }
        columns.id.append(memos.string(UnsafeBufferPointer(rebasing: fields.bytes[idRange])))
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
