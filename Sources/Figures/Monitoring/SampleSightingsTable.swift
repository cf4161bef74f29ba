import BriefModel

/// The ammunition samples' sightings in one pass over the ammunition columns, on small integers:
/// a sample is keyed as Figure 3 keys it (`SampleKeys`); its aggregates live in flat arrays indexed by
/// sample, dates stay day keys and regions codes until the samples are turned into `TrackedItem`s.
/// Post-cutoff records are counted on the way.
struct SampleSightingsTable {
    static func items(_ columns: AmmunitionColumns, upTo lastYear: Int, cutoff: inout PostCutoffCounts) -> [TrackedItem] {
        let keys = SampleKeys(columns)
        let regions = Sightings.regionsByCode.count
        var slots = SampleSlots(), samples: [UInt64] = []
        var firstDay: [Int32] = [], firstRegion: [UInt8] = [], lastDay: [Int32] = [], country: [UInt32] = []
        var records: [Int] = [], quantity: [Int] = [], incidents: [Int] = []
        var regionDays: [Int32] = []  // `regions` days per sample, one after the other
        var distinct = DistinctTexts(columns.incidentID)
        let lastKey = Int32(lastYear * 10_000 + 9999)
        for row in 0..<columns.count {
            let day = columns.day[row]
            guard day <= lastKey else { continue }
            let year = columns.year[row]
            cutoff.count(.ammunition, recovered: DayKey.year(day), produced: year == 0 ? nil : Int(year))
            guard let key = keys.key(row) else { continue }
            let region = columns.region[row]
            let i: Int
            if let known = slots.index(key) { i = known } else {
                i = samples.count
                slots.insert(key, i)
                samples.append(key)
                firstDay.append(day); firstRegion.append(region); lastDay.append(day); country.append(0)
                records.append(0); quantity.append(0); incidents.append(0)
                regionDays.append(contentsOf: repeatElement(Sightings.never, count: regions))
            }
            records[i] += 1
            quantity[i] += Int(columns.quantity[row])
            // Ties on the day go to the region listed first, so the result does not depend on row order.
            if day < firstDay[i] || (day == firstDay[i] && region < firstRegion[i]) { (firstDay[i], firstRegion[i]) = (day, region) }
            if day > lastDay[i] { lastDay[i] = day }
            let slot = i * regions + Int(region)
            if day < regionDays[slot] { regionDays[slot] = day }
            if distinct.insert(group: i, row: row) { incidents[i] += 1 }
            // A sample recorded once with a country and once without keeps the country.
            if country[i] == 0 { country[i] = columns.country.codes[row] }
        }
        return samples.indices.map { i in
            let sample = keys.parts(samples[i])
            let sightings = Sightings(
                first: firstDay[i], firstRegion: firstRegion[i], last: lastDay[i], records: records[i], quantity: quantity[i],
                regionDays: regionDays[(i * regions)..<((i + 1) * regions)], incidents: incidents[i])
            return TrackedItem(kind: .ammunition, calibre: sample.calibre, producer: sample.maker,
                country: columns.country.entries[Int(country[i])], year: sample.year, sightings: sightings)
        }
    }
}

/// Distinct (group, text) pairs of a text column, by open addressing on the text's hash. Mostly-unique
/// ids are stored without a memo, so equal ids may have several codes: pairs are compared on their text.
struct DistinctTexts {
    private let column: DictionaryColumn<String>
    private var hashes: [UInt64], groups: [Int32], rows: [Int32]
    private var count = 0

    init(_ column: DictionaryColumn<String>) {
        self.column = column
        hashes = Array(repeating: 0, count: 1024)
        groups = Array(repeating: 0, count: 1024)
        rows = Array(repeating: -1, count: 1024)
    }

    /// True when the row's text is new in its group; a row without text is never counted.
    mutating func insert(group: Int, row: Int) -> Bool {
        let code = Int(column.codes[row])
        guard code != 0, let text = column.entries[code] else { return false }
        var hasher = Hasher()
        hasher.combine(group)
        hasher.combine(text)
        let hash = UInt64(bitPattern: Int64(hasher.finalize()))
        var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
        while rows[slot] >= 0 {
            if hashes[slot] == hash, groups[slot] == Int32(group), column[Int(rows[slot])] == text { return false }
            slot = (slot + 1) & (hashes.count - 1)
        }
        (hashes[slot], groups[slot], rows[slot]) = (hash, Int32(group), Int32(row))
        count += 1
        if count * 2 > hashes.count { grow() }
        return true
    }

    private mutating func grow() {
        let old = rows.indices.filter { rows[$0] >= 0 }.map { (hashes[$0], groups[$0], rows[$0]) }
        hashes = Array(repeating: 0, count: hashes.count * 2)
        groups = Array(repeating: 0, count: groups.count * 2)
        rows = Array(repeating: -1, count: rows.count * 2)
        for (hash, group, row) in old {
            var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
            while rows[slot] >= 0 { slot = (slot + 1) & (hashes.count - 1) }
            (hashes[slot], groups[slot], rows[slot]) = (hash, group, row)
        }
    }
}
