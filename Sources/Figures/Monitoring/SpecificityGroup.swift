import BriefModel

/// Box 3: for one calibre or category of heavy materiel (rockets, mortar rounds, anti-vehicle mines,
/// RPG rounds, grenades), how many producers and production years it comes from and where it was
/// found. A single source or a single region is what makes materiel traceable.
public struct SpecificityGroup: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        public var country: Country
        /// How many records name this country: one record shows neither a single source nor a place.
        public var records: Int
        public var years: [Int]
        public var regions: [Region]
        public var first: CivilDate
        public var last: CivilDate
    }

    public static let heavy: [ArmsCategory] = [.rocket, .mortarRound, .antiVehicleMine, .rpgRound, .grenade]

    public var category: ArmsCategory
    public var calibre: Calibre?
    public var records: Int
    public var items: Int
    /// Distinct producing countries and known production years; records without them are counted apart.
    public var sources: [Source]
    public var years: [Int]
    public var regions: [Region]
    public var unknownCountry: Int
    public var unknownYear: Int

    /// `57mm rocket`, `anti-vehicle mine`.
    public var label: String { [calibre?.description, category.englishName].compactMap { $0 }.joined(separator: " ") }

    /// The fewest records a finding rests on: a single record always has one source and one place.
    public static let fewestRecordsForAFinding = 2

    /// A source that never varies: every record (two or more) from one country and one production year,
    /// both known.
    public var singleSource: Source? {
        guard records >= Self.fewestRecordsForAFinding, sources.count == 1, unknownCountry == 0, unknownYear == 0,
            sources[0].years.count == 1
        else { return nil }
        return sources[0]
    }

    /// Sources of two records or more found in one region only, where the group as a whole was found in
    /// several.
    public var localSources: [Source] {
        guard regions.count > 1 else { return [] }
        return sources.filter { $0.records >= Self.fewestRecordsForAFinding && $0.regions.count == 1 }
    }

    static func groups(_ items: [ArmsItem]) -> [SpecificityGroup] {
        var grouped: [GroupKey: [ArmsItem]] = [:]
        for item in items where heavy.contains(item.category) {
            grouped[GroupKey(category: item.category, calibre: item.calibre), default: []].append(item)
        }
        return grouped.map { key, items in
            var byCountry: [Country: [ArmsItem]] = [:]
            for item in items { if let country = item.country { byCountry[country, default: []].append(item) } }
            let sources = byCountry.map { country, items in
                Source(
                    country: country, records: items.count, years: distinct(items.compactMap(\.year)), regions: regions(items),
                    first: items.map(\.recoveredDate).min()!, last: items.map(\.recoveredDate).max()!)
            }.sorted { $0.country < $1.country }
            return SpecificityGroup(
                category: key.category, calibre: key.calibre, records: items.count, items: items.reduce(0) { $0 + $1.quantity },
                sources: sources, years: distinct(items.compactMap(\.year)), regions: regions(items),
                unknownCountry: items.filter { $0.country == nil }.count, unknownYear: items.filter { $0.year == nil }.count)
        }.sorted {
            (heavy.firstIndex(of: $0.category)!, $0.calibre?.millimetres ?? 0) < (
                heavy.firstIndex(of: $1.category)!, $1.calibre?.millimetres ?? 0
            )
        }
    }

    private struct GroupKey: Hashable {
        var category: ArmsCategory
        var calibre: Calibre?
    }

    private static func distinct(_ years: [Int]) -> [Int] { Array(Set(years)).sorted() }

    private static func regions(_ items: [ArmsItem]) -> [Region] {
        Set(items.map(\.region)).sorted { $0.code < $1.code }
    }
}
