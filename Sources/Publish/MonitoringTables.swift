import BriefModel
import Figures

/// The arms-flow monitoring data tables: the two trackers, every first sighting and the items
/// produced after the cutoff year. Parts the exports do not record are empty cells, never zero.
public enum MonitoringTables {
    /// `data/ammunition-sample-tracker.csv`.
    public static func ammunitionTracker(_ samples: [TrackedItem]) -> String {
        CSVWriter.table(
            header: ["calibre", "producer", "year", "country"] + sightingsHeader(quantity: "cases"),
            rows: samples.map { item in
                [item.calibre?.description ?? "", item.producer ?? "", year(item), item.country?.name ?? ""] + sightings(item)
            })
    }

    /// `data/arms-tracker.csv`.
    public static func armsTracker(_ items: [TrackedItem]) -> String {
        CSVWriter.table(
            header: ["category", "model", "calibre", "country", "year"] + sightingsHeader(quantity: "items"),
            rows: items.map { item in
                [item.category?.rawValue ?? "", item.model ?? "", item.calibre?.description ?? "", item.country?.name ?? "",
                    year(item)] + sightings(item)
            })
    }

    /// `data/first-sightings.csv`: every arms type and ammunition sample, in the order first recovered.
    public static func firstSightings(_ flow: ArmsFlow) -> String {
        let items = flow.typesAndSamples
        return CSVWriter.table(
            header: identityHeader + ["first_recovered", "first_region", "first_zone"],
            rows: items.map { item in
                identity(item) + [item.sightings.first.description, item.sightings.firstRegion.name,
                    item.sightings.firstRegion.zone.rawValue]
            })
    }

    /// `data/post-cutoff-items.csv`: arms items and ammunition samples produced after the cutoff year.
    public static func postCutoffItems(_ flow: ArmsFlow) -> String {
        let items = flow.items.filter { ($0.year ?? Int.min) > flow.producedAfter }
        return CSVWriter.table(
            header: identityHeader + ["first_recovered", "first_region", "records", "lag_years"],
            rows: items.map { item in
                identity(item) + [item.sightings.first.description, item.sightings.firstRegion.name,
                    String(item.sightings.records), item.lag.map(String.init) ?? ""]
            })
    }

    static let identityHeader = ["kind", "category", "model", "calibre", "producer", "country", "year"]

    static func identity(_ item: TrackedItem) -> [String] {
        [item.kind.rawValue, item.category?.rawValue ?? "", item.model ?? "", item.calibre?.description ?? "",
            item.producer ?? "", item.country?.name ?? "", year(item)]
    }

    static func sightingsHeader(quantity: String) -> [String] {
        ["first_recovered", "first_region", "last_recovered", "records", quantity, "incidents", "regions", "zones",
            "spread", "lag_years"]
    }

    /// Regions and zones in the order of first appearance; zones with the day each was entered.
    static func sightings(_ item: TrackedItem) -> [String] {
        let s = item.sightings
        return [s.first.description, s.firstRegion.name, s.last.description, String(s.records), String(s.quantity),
            String(s.incidents), s.regions.map(\.name).joined(separator: "; "),
            s.zones.map { $0.zone.rawValue + " " + $0.first.description }.joined(separator: "; "),
            item.spread?.description ?? "", item.lag.map(String.init) ?? ""]
    }

    static func year(_ item: TrackedItem) -> String { item.year.map(String.init) ?? "" }
}
