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
        let entries = AmmunitionSamples.inPeriod(records, period: period)
        var byKey: [AmmunitionSample: SampleTrackerRow] = [:]
        for record in records.sorted(by: { ($0.recoveredDate, $0.id) < ($1.recoveredDate, $1.id) })
        where period.contains(record.recoveredDate.year) {
            guard let sample = record.sample else { continue }
            if var row = byKey[sample] {
                row.records += 1
                row.cases += record.quantity
                byKey[sample] = row
            } else {
                byKey[sample] = SampleTrackerRow(
                    sample: sample, country: nil, firstRecovered: record.recoveredDate, firstRegion: record.region,
                    records: 1, cases: record.quantity)
            }
        }
        return entries.compactMap { entry in
            guard var row = byKey[entry.sample] else { return nil }
            row.country = entry.country
            return row
        }.sorted { ($0.firstRecovered, $0.key) < ($1.firstRecovered, $1.key) }
    }

    public static func table(_ rows: [SampleTrackerRow]) -> [[String]] {
        rows.map { row in
            [row.sample.calibre.description, row.sample.producer, String(row.sample.year), row.country?.name ?? "",
                row.firstRecovered.description, row.firstRegion.name, String(row.records), String(row.cases)]
        }
    }
}
