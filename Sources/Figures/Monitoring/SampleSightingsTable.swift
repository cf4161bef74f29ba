import BriefModel

/// The ammunition samples' sightings in two passes over the ammunition columns, on small integers:
/// a sample is keyed as Figure 3 keys it (`SampleKeys`); its aggregates live in flat arrays indexed by
/// sample, dates stay day keys and regions codes until the samples are turned into `TrackedItem`s.
/// Post-cutoff records are counted on the way.
struct SampleSightingsTable {
    /// One sample's aggregate, in one place in memory: the pass touches a few bytes of it per row, and
    /// a cache line per row is what the pass costs.
    private struct Aggregate {
        var firstDay: Int32, lastDay: Int32
        var firstRegion: UInt8
        var country: UInt32 = 0
        var records: Int32 = 0
        var quantity = 0
    }

    static func items(_ columns: AmmunitionColumns, upTo lastYear: Int, cutoff: inout PostCutoffCounts) -> [TrackedItem] {
        let keys = SampleKeys(columns)
        let lastKey = Int32(lastYear * 10_000 + 9999)
        // First pass: each row's sample (−1: none, or recovered after the period); the samples in order of first row.
        var slots = SampleSlots(), samples: [UInt64] = []
        var sampleOf = [Int32](repeating: -1, count: columns.count)
        for row in 0..<columns.count {
            let day = columns.day[row]
            guard day <= lastKey else { continue }
            let year = columns.year[row]
            cutoff.count(.ammunition, recovered: DayKey.year(day), produced: year == 0 ? nil : Int(year))
            guard let key = keys.key(row) else { continue }
            if let known = slots.index(key) {
                sampleOf[row] = Int32(known)
            } else {
                sampleOf[row] = Int32(samples.count)
                slots.insert(key, samples.count)
                samples.append(key)
            }
        }
        // Second pass: the aggregates, now that their number is known, through pointers.
        let regions = Sightings.regionsByCode.count
        var aggregates = [Aggregate](
            repeating: Aggregate(firstDay: Sightings.never, lastDay: Int32.min, firstRegion: UInt8.max),
            count: samples.count)
        var regionDays = [Int32](repeating: Sightings.never, count: samples.count * regions)  // `regions` days per sample
        aggregates.withUnsafeMutableBufferPointer { aggregates in
            regionDays.withUnsafeMutableBufferPointer { regionDays in
                for row in 0..<columns.count where sampleOf[row] >= 0 {
                    let i = Int(sampleOf[row]), day = columns.day[row], region = columns.region[row]
                    aggregates[i].records += 1
                    aggregates[i].quantity += Int(columns.quantity[row])
                    // Ties on the day go to the region listed first, so the result does not depend on row order.
                    if day < aggregates[i].firstDay || (day == aggregates[i].firstDay && region < aggregates[i].firstRegion) {
                        (aggregates[i].firstDay, aggregates[i].firstRegion) = (day, region)
                    }
                    if day > aggregates[i].lastDay { aggregates[i].lastDay = day }
                    let slot = i * regions + Int(region)
                    if day < regionDays[slot] { regionDays[slot] = day }
                    // A sample recorded once with a country and once without keeps the country.
                    if aggregates[i].country == 0 { aggregates[i].country = columns.country.codes[row] }
                }
            }
        }
        let incidents = DistinctTexts.count(columns.incidentID, groupOf: sampleOf, groups: samples.count)
        return samples.indices.map { i in
            let sample = keys.parts(samples[i]), a = aggregates[i]
            let sightings = Sightings(
                first: a.firstDay, firstRegion: a.firstRegion, last: a.lastDay, records: Int(a.records), quantity: a.quantity,
                regionDays: regionDays[(i * regions)..<((i + 1) * regions)], incidents: incidents[i])
            return TrackedItem(
                kind: .ammunition, calibre: sample.calibre, producer: sample.maker,
                country: columns.country.entries[Int(a.country)], year: sample.year, sightings: sightings)
        }
    }
}

/// Distinct texts of a column per group of rows (incidents per sample). Mostly-unique ids are stored
/// without a memo, so equal ids may have several codes: they are compared on their text. Rows are
/// first gathered by group, so that each group's texts are compared among themselves in the cache
/// rather than in one table of a million entries.
enum DistinctTexts {
    /// Per group, the distinct texts of its rows (`groupOf[row]`, −1: in no group); rows without text
    /// are not counted.
    static func count(_ column: DictionaryColumn<String>, groupOf: [Int32], groups: Int) -> [Int] {
        var start = [Int](repeating: 0, count: groups + 1)
        for row in groupOf.indices where groupOf[row] >= 0 && column.codes[row] != 0 { start[Int(groupOf[row]) + 1] += 1 }
        for g in 0..<groups { start[g + 1] += start[g] }
        // Hashed in row order, which is the order of the column's entries: one sequential pass.
        var grouped = [(hash: Int, row: Int32)](repeating: (0, 0), count: start[groups])
        var next = start
        for row in groupOf.indices where groupOf[row] >= 0 && column.codes[row] != 0 {
            let g = Int(groupOf[row])
            grouped[next[g]] = (column.entries[Int(column.codes[row])]!.hashValue, Int32(row))
            next[g] += 1
        }
        return (0..<groups).map { g in
            let rows = grouped[start[g]..<start[g + 1]].sorted { $0.hash < $1.hash }
            var distinct = 0, run = 0
            while run < rows.count {
                var end = run + 1
                while end < rows.count, rows[end].hash == rows[run].hash { end += 1 }
                // Equal hashes are nearly always equal texts (one incident's several records); they
                // are compared to be exact.
                if end - run == 1 {
                    distinct += 1
                } else {
                    let texts = rows[run..<end].map { column.entries[Int(column.codes[Int($0.row)])]! }
                    distinct += texts.allSatisfy { $0 == texts[0] } ? 1 : Set(texts).count
                }
                run = end
            }
            return distinct
        }
    }
}
