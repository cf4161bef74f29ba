import BriefModel

/// Every ammunition sample of Figure 3 with where and when it was first recovered: the analysts'
/// tracker, written as `data/ammunition-samples.csv`, and what "new samples" are counted against.
public struct SampleTrackerRow: Hashable, Sendable {
    public var sample: AmmunitionSample
    public var country: Country?
    public var firstRecovered: CivilDate
    public var firstRegion: Region
    public var records: Int
    public var cases: Int

    /// `7.62x39mm|Factory 71|1975`: stable across runs, for comparing trackers.
    public var key: String { "\(sample.calibre)|\(sample.producer)|\(sample.year)" }
}

public enum SampleTracker {
    public static let header = ["calibre", "producer", "year", "country", "first_recovered", "first_region", "records", "cases"]

    public static func rows(_ records: [AmmunitionRecord], period: Period) -> [SampleTrackerRow] {
        rows(AmmunitionColumns(records), period: period)
    }

    /// One pass over the records of the period: each sample's count, cases and earliest (date, id).
    public static func rows(_ columns: AmmunitionColumns, period: Period) -> [SampleTrackerRow] {
        let entries = AmmunitionSamples.inPeriod(columns, period: period)
        let keys = SampleKeys(columns)
        var slot = SampleSlots()
        var found: [(key: UInt64, first: Int, records: Int, cases: Int)] = []
        for row in 0..<columns.count where period.contains(DayKey.year(columns.day[row])) {
            guard let key = keys.key(row) else { continue }
            let cases = Int(columns.quantity[row])
            guard let index = slot.index(key) else {
                slot.insert(key, found.count)
                found.append((key, row, 1, cases))
                continue
            }
            found[index].records += 1
            found[index].cases += cases
            let first = found[index].first
            if (columns.day[row], columns.id[row]) < (columns.day[first], columns.id[first]) { found[index].first = row }
        }
        var byKey: [AmmunitionSample: SampleTrackerRow] = [:]
        for sample in found {
            byKey[keys.sample(sample.key)] = SampleTrackerRow(
                sample: keys.sample(sample.key), country: nil, firstRecovered: DayKey.date(columns.day[sample.first]),
                firstRegion: Region(code: columns.region[sample.first]), records: sample.records, cases: sample.cases)
        }
        let rows = entries.compactMap { entry -> SampleTrackerRow? in
            guard var row = byKey[entry.sample] else { return nil }
            row.country = entry.country
            return row
        }
        // Sorted on keys made once per row, not once per comparison.
        return rows.map { (DayKey.make($0.firstRecovered), $0.key, $0) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    public static func table(_ rows: [SampleTrackerRow]) -> [[String]] {
        rows.map { row in
            [
                row.sample.calibre.description, row.sample.producer, String(row.sample.year), row.country?.name ?? "",
                row.firstRecovered.description, row.firstRegion.name, String(row.records), String(row.cases),
            ]
        }
    }
}
