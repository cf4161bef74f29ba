import BriefModel

/// Where and when one kind of materiel was recovered: everything the monitoring views need about an
/// item, gathered in one pass over the records whatever order they come in.
public struct Sightings: Sendable, Equatable {
    public private(set) var first: CivilDate
    public private(set) var firstRegion: Region
    public private(set) var last: CivilDate
    public private(set) var records = 0
    /// Cases (ammunition) or items (arms): the records' quantities added up.
    public private(set) var quantity = 0
    /// Per region code, the first day (`DayKey`) the item was recovered there; `Int32.max`: never.
    /// A fixed array rather than a dictionary: tens of thousands of items are built and read per build.
    private var regionDays: [Int32]
    private var incidentIDs: Set<String> = []
    /// The distinct incidents when they were counted elsewhere (on the columns' codes).
    private var incidentCount: Int?

    static let regionsByCode = Region.allCases
    static let zonesByCode = Zone.allCases
    /// Per region code, its zone's code.
    private static let zoneOfRegion = Region.allCases.map { Int(Zone.allCases.firstIndex(of: $0.zone)!) }
    static let never = Int32.max

    /// From an aggregate gathered elsewhere (`SampleSightingsTable`, over the ammunition columns);
    /// `regionDays` has one day key per region code (`never` where not recovered).
    init(
        first: Int32, firstRegion: UInt8, last: Int32, records: Int, quantity: Int, regionDays: ArraySlice<Int32>, incidents: Int
    ) {
        (self.first, self.firstRegion, self.last) = (DayKey.date(first), Self.regionsByCode[Int(firstRegion)], DayKey.date(last))
        (self.records, self.quantity) = (records, quantity)
        self.regionDays = Array(regionDays)
        incidentCount = incidents
    }

    init(date: CivilDate, region: Region) {
        first = date
        firstRegion = region
        last = date
        regionDays = Array(repeating: Self.never, count: Self.regionsByCode.count)
    }

    mutating func add(date: CivilDate, region: Region, incident: String?, quantity: Int) {
        records += 1
        self.quantity += quantity
        if let incident { incidentIDs.insert(incident) }
        let code = Int(region.code)
        // Ties on the day go to the region listed first, so the result does not depend on row order.
        if date < first || (date == first && code < Int(firstRegion.code)) { (first, firstRegion) = (date, region) }
        if date > last { last = date }
        regionDays[code] = min(regionDays[code], DayKey.make(date))
    }

    /// Distinct incidents the item was recovered from (records without an incident are not counted).
    public var incidents: Int { incidentCount ?? incidentIDs.count }

    /// How many regions the item was recovered in.
    public var regionCount: Int { regionDays.reduce(0) { $0 + ($1 == Self.never ? 0 : 1) } }

    /// Each region the item was recovered in with the day it first was, in that order.
    public var appearances: [(region: Region, date: CivilDate)] {
        var result: [(region: Region, date: CivilDate)] = []
        Self.forEachOrdered(regionDays) { code, day in result.append((Self.regionsByCode[code], DayKey.date(day))) }
        return result
    }

    /// Regions in the order the item first appeared in them.
    public var regions: [Region] {
        var regions: [Region] = []
        forEachRegion { regions.append($0) }
        return regions
    }

    /// Zones in the order the item first appeared in them, with the day of each first appearance.
    public var zones: [(zone: Zone, first: CivilDate)] {
        var zones: [(zone: Zone, first: CivilDate)] = []
        forEachZone { zones.append(($0, $1)) }
        return zones
    }

    /// The day the item was first recovered in a second zone: nil while it has been found in one.
    public var spread: CivilDate? {
        var seen = 0, second: CivilDate?
        forEachZone { _, first in
            seen += 1
            if seen == 2 { second = first }
        }
        return second
    }

    /// `regions` one by one, without an array: the trackers write tens of thousands of items' regions.
    public func forEachRegion(_ body: (Region) -> Void) {
        Self.forEachOrdered(regionDays) { code, _ in body(Self.regionsByCode[code]) }
    }

    /// `zones` one by one, without an array.
    public func forEachZone(_ body: (Zone, CivilDate) -> Void) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.zonesByCode.count) { zoneDays in
            zoneDays.initialize(repeating: Self.never)
            for (code, day) in regionDays.enumerated() {
                zoneDays[Self.zoneOfRegion[code]] = min(zoneDays[Self.zoneOfRegion[code]], day)
            }
            Self.forEachOrdered(UnsafeBufferPointer(zoneDays)) { code, day in body(Self.zonesByCode[code], DayKey.date(day)) }
        }
    }

    /// The codes that have a day, by day and then by code (the order the cases are listed in), each
    /// with its day. Day and code packed in one integer and insertion-sorted in a buffer on the stack:
    /// the trackers list the regions of tens of thousands of items.
    private static func forEachOrdered<Days: RandomAccessCollection<Int32>>(_ days: Days, _ body: (Int, Int32) -> Void)
    where Days.Index == Int {
        precondition(days.count <= 256, "a code must fit in the packed key's low byte")
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: days.count) { keys in
            var count = 0
            for code in days.indices where days[code] != never {
                let key = UInt64(Int64(days[code]) - Int64(Int32.min)) << 8 | UInt64(code)
                var i = count
                while i > 0, keys[i - 1] > key {
                    keys[i] = keys[i - 1]
                    i -= 1
                }
                keys[i] = key
                count += 1
            }
            for key in keys[..<count] { body(Int(key & 0xFF), Int32(Int64(key >> 8) + Int64(Int32.min))) }
        }
    }
}

/// Gathers `Sightings` per item key in one pass.
struct SightingsAccumulator<Key: Hashable> {
    private(set) var byKey: [Key: Sightings] = [:]

    mutating func add(_ key: Key, date: CivilDate, region: Region, incident: String?, quantity: Int) {
        byKey[key, default: Sightings(date: date, region: region)]
            .add(date: date, region: region, incident: incident, quantity: quantity)
    }
}
