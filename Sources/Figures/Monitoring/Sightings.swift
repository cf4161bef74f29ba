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
    /// The first recovery in each region and zone; their order is the order of first appearance.
    public private(set) var regionFirsts: [Region: CivilDate] = [:]
    public private(set) var zoneFirsts: [Zone: CivilDate] = [:]
    private var incidentIDs: Set<String> = []
    /// The distinct incidents when they were counted elsewhere (on the columns' codes).
    private var incidentCount: Int?

    /// From an aggregate gathered elsewhere (`SampleSightingsTable`, over the ammunition columns).
    init(first: CivilDate, firstRegion: Region, last: CivilDate, records: Int, quantity: Int,
        regionFirsts: [Region: CivilDate], incidents: Int)
    {
        (self.first, self.firstRegion, self.last, self.records, self.quantity) = (first, firstRegion, last, records, quantity)
        self.regionFirsts = regionFirsts
        for (region, date) in regionFirsts where zoneFirsts[region.zone].map({ date < $0 }) ?? true {
            zoneFirsts[region.zone] = date
        }
        incidentCount = incidents
    }

    init(date: CivilDate, region: Region) {
        first = date
        firstRegion = region
        last = date
    }

    mutating func add(date: CivilDate, region: Region, incident: String?, quantity: Int) {
        records += 1
        self.quantity += quantity
        if let incident { incidentIDs.insert(incident) }
        // Ties on the day go to the region listed first, so the result does not depend on row order.
        if date < first || (date == first && region.code < firstRegion.code) { (first, firstRegion) = (date, region) }
        if date > last { last = date }
        if regionFirsts[region].map({ date < $0 }) ?? true { regionFirsts[region] = date }
        if zoneFirsts[region.zone].map({ date < $0 }) ?? true { zoneFirsts[region.zone] = date }
    }

    /// Distinct incidents the item was recovered from (records without an incident are not counted).
    public var incidents: Int { incidentCount ?? incidentIDs.count }

    /// Regions in the order the item first appeared in them.
    public var regions: [Region] { Self.ordered(regionFirsts) }

    /// Zones in the order the item first appeared in them, with the day of each first appearance.
    public var zones: [(zone: Zone, first: CivilDate)] {
        Self.ordered(zoneFirsts).map { ($0, zoneFirsts[$0]!) }
    }

    /// The day the item was first recovered in a second zone: nil while it has been found in one.
    public var spread: CivilDate? { zones.count > 1 ? zones[1].first : nil }

    private static func ordered<K: CaseIterable & Hashable>(_ firsts: [K: CivilDate]) -> [K] where K.AllCases: Collection {
        let rank = Dictionary(uniqueKeysWithValues: K.allCases.enumerated().map { ($1, $0) })
        return firsts.keys.sorted { (firsts[$0]!, rank[$0]!) < (firsts[$1]!, rank[$1]!) }
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
