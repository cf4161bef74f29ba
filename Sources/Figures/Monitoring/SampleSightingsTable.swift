import BriefModel

/// The ammunition samples' sightings in one pass over the ammunition columns, on small integers:
/// a sample is keyed by calibre code, maker and year; dates stay day keys and regions codes until
/// the few hundred samples are turned into `TrackedItem`s. Post-cutoff records are counted on the way.
struct SampleSightingsTable {
    private struct Entry {
        var firstDay: Int32, firstRegion: UInt8, lastDay: Int32
        var records = 0, quantity = 0
        /// Per region code, the first day seen there (`Int32.max`: never).
        var regionFirst = [Int32](repeating: .max, count: Region.allCases.count)
        var incidents: Set<UInt32> = []
        var country: UInt32 = 0
    }

    static func items(_ columns: AmmunitionColumns, upTo lastYear: Int, cutoff: inout PostCutoffCounts) -> [TrackedItem] {
        // The maker is the producer, or the country standing in for a blank one, compared as text
        // (as `AmmunitionRecord.sample` does), so each distinct name gets one number.
        var makers: [String: UInt32] = [:], makerNames: [String] = []
        func maker(_ name: String) -> UInt32 {
            if let known = makers[name] { return known }
            makerNames.append(name)
            makers[name] = UInt32(makerNames.count - 1)
            return UInt32(makerNames.count - 1)
        }
        let producerMaker = columns.producer.entries.map { $0.map(maker) }
        let countryMaker = columns.country.entries.map { $0.map { maker($0.name) } }
        // Entries are updated in place in an array (a dictionary value copied out and back would copy
        // its region array and incident set on every row).
        var slots: [UInt64: Int] = [:], entries: [Entry] = [], keys: [UInt64] = []
        let lastDay = Int32(lastYear * 10_000 + 9999)
        for row in 0..<columns.count {
            let day = columns.day[row]
            guard day <= lastDay else { continue }
            let year = columns.year[row]
            cutoff.count(.ammunition, recovered: DayKey.year(day), produced: year == 0 ? nil : Int(year))
            let country = columns.country.codes[row]
            guard year != 0, let maker = producerMaker[Int(columns.producer.codes[row])] ?? countryMaker[Int(country)] else { continue }
            let key = UInt64(columns.calibre.codes[row]) << 48 | UInt64(maker) << 16 | UInt64(UInt16(bitPattern: year))
            let region = columns.region[row]
            let i: Int
            if let known = slots[key] { i = known } else {
                i = entries.count
                slots[key] = i
                entries.append(Entry(firstDay: day, firstRegion: region, lastDay: day))
                keys.append(key)
            }
            entries[i].records += 1
            entries[i].quantity += Int(columns.quantity[row])
            if day < entries[i].firstDay || (day == entries[i].firstDay && region < entries[i].firstRegion) {
                (entries[i].firstDay, entries[i].firstRegion) = (day, region)
            }
            if day > entries[i].lastDay { entries[i].lastDay = day }
            if day < entries[i].regionFirst[Int(region)] { entries[i].regionFirst[Int(region)] = day }
            let incident = columns.incidentID.codes[row]
            if incident != 0 { entries[i].incidents.insert(incident) }
            if entries[i].country == 0 { entries[i].country = country }
        }
        return zip(keys, entries).map { key, e in
            var regionFirsts: [Region: CivilDate] = [:]
            for (code, day) in e.regionFirst.enumerated() where day != .max { regionFirsts[Region(code: UInt8(code))] = DayKey.date(day) }
            let sightings = Sightings(
                first: DayKey.date(e.firstDay), firstRegion: Region(code: e.firstRegion), last: DayKey.date(e.lastDay),
                records: e.records, quantity: e.quantity, regionFirsts: regionFirsts,
                // Mostly-unique ids are stored without a memo, so equal ids may have different codes:
                // distinct incidents are counted on their text.
                incidents: Set(e.incidents.map { columns.incidentID.entries[Int($0)] }).count)
            return TrackedItem(kind: .ammunition, calibre: columns.calibre.entries[Int(key >> 48)], producer: makerNames[Int(key >> 16 & 0xFFFF_FFFF)],
                country: columns.country.entries[Int(e.country)], year: Int(Int16(truncatingIfNeeded: key & 0xFFFF)), sightings: sightings)
        }
    }
}
