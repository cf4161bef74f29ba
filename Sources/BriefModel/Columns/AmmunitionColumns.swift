/// The validated ammunition records as columns, one element per accepted row in file order, so a
/// per-sample aggregation is one pass over small integers. `AmmunitionRecord` rows are built on demand.
public struct AmmunitionColumns: Sendable {
    public var id: [String] = []
    /// The recovery day packed as `yyyymmdd` (`DayKey`).
    public var day: [Int32] = []
    public var region: [UInt8] = []
    /// Code into `calibres.entries`: distinct normalised calibres (two spellings of one calibre share a code).
    public var calibre = DictionaryColumn<Calibre>()
    public var country = DictionaryColumn<Country>()
    public var producer = DictionaryColumn<String>(), headstamp = DictionaryColumn<String>()
    /// Mostly unique: not deduplicated (see `DictionaryColumn`).
    public var incidentID = DictionaryColumn<String>(distinct: false)
    /// The production year; 0 when unknown.
    public var year: [Int16] = []
    public var quantity: [Int32] = []

    public init() {}

    public init(_ rows: [AmmunitionRecord]) {
        reserveCapacity(rows.count)
        for row in rows { append(row) }
    }

    public var count: Int { id.count }

    public mutating func reserveCapacity(_ n: Int) {
        id.reserveCapacity(n)
        day.reserveCapacity(n)
        region.reserveCapacity(n)
        calibre.reserveCapacity(n)
        country.reserveCapacity(n)
        producer.reserveCapacity(n)
        incidentID.reserveCapacity(n)
        headstamp.reserveCapacity(n)
        year.reserveCapacity(n)
        quantity.reserveCapacity(n)
    }

    public mutating func append(_ record: AmmunitionRecord) {
        id.append(record.id)
        day.append(DayKey.make(record.recoveredDate))
        region.append(record.region.code)
        calibre.append(record.calibre)
        country.append(record.country)
        producer.append(record.producer)
        incidentID.append(record.incidentID)
        headstamp.append(record.headstamp)
        year.append(Int16(record.year ?? 0))
        quantity.append(Int32(record.quantity))
    }

    /// The production year of a row, nil when unknown.
    public func year(_ row: Int) -> Int? { year[row] == 0 ? nil : Int(year[row]) }

    public subscript(row: Int) -> AmmunitionRecord {
        AmmunitionRecord(
            id: id[row], recoveredDate: DayKey.date(day[row]), region: Region(code: region[row]),
            calibre: calibre[row]!, incidentID: incidentID[row], headstamp: headstamp[row], producer: producer[row],
            country: country[row], year: year(row), quantity: Int(quantity[row]))
    }

    public var rows: [AmmunitionRecord] { (0..<count).map { self[$0] } }

    /// Appends another set of ammunition columns (the next chunk of the same export).
    public mutating func append(contentsOf other: Self) {
        id += other.id
        day += other.day
        region += other.region
        calibre.append(contentsOf: other.calibre)
        country.append(contentsOf: other.country)
        producer.append(contentsOf: other.producer)
        incidentID.append(contentsOf: other.incidentID)
        headstamp.append(contentsOf: other.headstamp)
        year += other.year
        quantity += other.quantity
    }

    /// Keeps only the rows at `rows` (ascending), in place.
    public mutating func keep(_ rows: [Int]) {
        id.keep(rows)
        day.keep(rows)
        region.keep(rows)
        calibre.keep(rows)
        country.keep(rows)
        producer.keep(rows)
        incidentID.keep(rows)
        headstamp.keep(rows)
        year.keep(rows)
        quantity.keep(rows)
    }
}
