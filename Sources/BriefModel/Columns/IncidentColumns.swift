/// The validated incidents as columns, one element per accepted row in file order: categorical
/// fields as enum codes, days packed as `yyyymmdd`, counts as `Int32` with −1 for unknown, free
/// text dictionary-encoded. `Incident` rows are built from it on demand.
public struct IncidentColumns: Sendable {
    /// The casualty counts of an incident, in the order of `counts`.
    public enum CountField: Int, CaseIterable, Sendable {
        case unMilitaryKilled, unMilitaryInjured, unAssociatedKilled, unAssociatedInjured
        case securityKilled, securityInjured, civiliansKilled, civiliansInjured, killedUnspecified, assailantsKilled
    }

    public var id: [String] = []
    public var day: [Int32] = []
    public var region: [UInt8] = [], category: [UInt8] = [], party: [UInt8] = [], iedType: [UInt8] = []
    /// One column per `CountField`.
    public var counts: [[Int32]] = Array(repeating: [], count: CountField.allCases.count)
    /// `.nan` when the incident has no coordinate.
    public var latitude: [Double] = [], longitude: [Double] = []
    public var locality = DictionaryColumn<String>(), perpetrator = DictionaryColumn<String>()
    public var caseFile = DictionaryColumn<String>(distinct: false), source = DictionaryColumn<String>()

    public init() {}

    public init(_ rows: [Incident]) {
        reserveCapacity(rows.count)
        for row in rows { append(row) }
    }

    public var count: Int { id.count }

    public func count(_ field: CountField, _ row: Int) -> Int32 { counts[field.rawValue][row] }

    public mutating func reserveCapacity(_ n: Int) {
        for i in counts.indices { counts[i].reserveCapacity(n) }
        id.reserveCapacity(n)
        day.reserveCapacity(n)
        region.reserveCapacity(n)
        category.reserveCapacity(n)
        party.reserveCapacity(n)
        iedType.reserveCapacity(n)
        latitude.reserveCapacity(n)
        longitude.reserveCapacity(n)
        locality.reserveCapacity(n)
        perpetrator.reserveCapacity(n)
        caseFile.reserveCapacity(n)
        source.reserveCapacity(n)
    }

    public mutating func append(_ incident: Incident) {
        id.append(incident.id)
        day.append(DayKey.make(incident.date))
        region.append(incident.region.code)
        category.append(incident.category.code)
        party.append(incident.party.code)
        iedType.append(incident.iedType.code)
        let c = incident.casualties
        let values = [
            c.unMilitary.killed, c.unMilitary.injured, c.unAssociated.killed, c.unAssociated.injured,
            c.security.killed, c.security.injured, c.civilians.killed, c.civilians.injured, c.killedUnspecified,
            c.assailantsKilled,
        ]
        for (i, value) in values.enumerated() { counts[i].append(CountCode.make(value)) }
        latitude.append(incident.coordinate?.latitude ?? .nan)
        longitude.append(incident.coordinate?.longitude ?? .nan)
        locality.append(incident.locality)
        perpetrator.append(incident.perpetrator)
        caseFile.append(incident.caseFile)
        source.append(incident.source)
    }

    /// The row view of one incident.
    public subscript(row: Int) -> Incident {
        func count(_ field: CountField) -> Count { CountCode.count(counts[field.rawValue][row]) }
        var c = Casualties()
        c.unMilitary = Toll(killed: count(.unMilitaryKilled), injured: count(.unMilitaryInjured))
        c.unAssociated = Toll(killed: count(.unAssociatedKilled), injured: count(.unAssociatedInjured))
        c.security = Toll(killed: count(.securityKilled), injured: count(.securityInjured))
        c.civilians = Toll(killed: count(.civiliansKilled), injured: count(.civiliansInjured))
        c.killedUnspecified = count(.killedUnspecified)
        c.assailantsKilled = count(.assailantsKilled)
        let coordinate = latitude[row].isNaN ? nil : Coordinate(latitude: latitude[row], longitude: longitude[row])
        return Incident(
            id: id[row], date: DayKey.date(day[row]), region: Region(code: region[row]),
            category: IncidentCategory(code: category[row]), party: Party(code: party[row]),
            iedType: IEDType(code: iedType[row]), casualties: c, locality: locality[row], coordinate: coordinate,
            perpetrator: perpetrator[row], caseFile: caseFile[row], source: source[row])
    }

    public var rows: [Incident] { (0..<count).map { self[$0] } }

    /// Appends another set of incident columns (the next chunk of the same export).
    public mutating func append(contentsOf other: Self) {
        id += other.id
        day += other.day
        region += other.region
        category += other.category
        party += other.party
        iedType += other.iedType
        for i in counts.indices { counts[i] += other.counts[i] }
        latitude += other.latitude
        longitude += other.longitude
        locality.append(contentsOf: other.locality)
        perpetrator.append(contentsOf: other.perpetrator)
        caseFile.append(contentsOf: other.caseFile)
        source.append(contentsOf: other.source)
    }

    /// Keeps only the rows at `rows` (ascending), in place.
    public mutating func keep(_ rows: [Int]) {
        id.keep(rows)
        day.keep(rows)
        region.keep(rows)
        category.keep(rows)
        party.keep(rows)
        iedType.keep(rows)
        for i in counts.indices { counts[i].keep(rows) }
        latitude.keep(rows)
        longitude.keep(rows)
        locality.keep(rows)
        perpetrator.keep(rows)
        caseFile.keep(rows)
        source.keep(rows)
    }
}
