import BriefModel
import Figures

/// The arms-flow monitoring data tables: the two trackers, every first sighting and the items
/// produced after the cutoff year. Parts the exports do not record are empty cells, never zero.
public enum MonitoringTables {
    /// `data/ammunition-sample-tracker.csv`.
    public static func ammunitionTracker(_ samples: [TrackedItem]) -> String {
        table(["calibre", "producer", "year", "country"] + sightingsHeader(quantity: "cases"), samples) { csv, item in
            csv.cell(item.calibre?.description ?? "")
            csv.cell(item.producer ?? "")
            csv.cell(item.year)
            csv.cell(item.country?.name ?? "")
            sightings(item, into: &csv)
        }
    }

    /// `data/arms-tracker.csv`.
    public static func armsTracker(_ items: [TrackedItem]) -> String {
        table(["category", "model", "calibre", "country", "year"] + sightingsHeader(quantity: "items"), items) { csv, item in
            csv.cell(item.category?.rawValue ?? "")
            csv.cell(item.model ?? "")
            csv.cell(item.calibre?.description ?? "")
            csv.cell(item.country?.name ?? "")
            csv.cell(item.year)
            sightings(item, into: &csv)
        }
    }

    /// `data/first-sightings.csv`: every arms type and ammunition sample, in the order first recovered.
    public static func firstSightings(_ flow: ArmsFlow) -> String {
        table(identityHeader + ["first_recovered", "first_region", "first_zone"], flow.typesAndSamples) { csv, item in
            identity(item, into: &csv)
            csv.cell(item.sightings.first)
            csv.cell(item.sightings.firstRegion.name)
            csv.cell(item.sightings.firstRegion.zone.rawValue)
        }
    }

    /// `data/post-cutoff-items.csv`: arms items and ammunition samples produced after the cutoff year.
    public static func postCutoffItems(_ flow: ArmsFlow) -> String {
        let items = flow.items.filter { ($0.year ?? Int.min) > flow.producedAfter }
        return table(identityHeader + ["first_recovered", "first_region", "records", "lag_years"], items) { csv, item in
            identity(item, into: &csv)
            csv.cell(item.sightings.first)
            csv.cell(item.sightings.firstRegion.name)
            csv.cell(item.sightings.records)
            csv.cell(item.lag)
        }
    }

    /// A header and a row per item, written cell by cell: the trackers run to tens of thousands of rows.
    private static func table(_ header: [String], _ items: [TrackedItem], row: (inout CSVText, TrackedItem) -> Void) -> String {
        var csv = CSVText(reservingCapacity: (items.count + 1) * header.count * 16)
        csv.row(header)
        for item in items {
            row(&csv, item)
            csv.endRow()
        }
        return csv.text
    }

    static let identityHeader = ["kind", "category", "model", "calibre", "producer", "country", "year"]

    static func identity(_ item: TrackedItem, into csv: inout CSVText) {
        csv.cell(item.kind.rawValue)
        csv.cell(item.category?.rawValue ?? "")
        csv.cell(item.model ?? "")
        csv.cell(item.calibre?.description ?? "")
        csv.cell(item.producer ?? "")
        csv.cell(item.country?.name ?? "")
        csv.cell(item.year)
    }

    static func sightingsHeader(quantity: String) -> [String] {
        [
            "first_recovered", "first_region", "last_recovered", "records", quantity, "incidents", "regions", "zones",
            "spread", "lag_years",
        ]
    }

    /// Regions and zones in the order of first appearance; zones with the day each was entered.
    static func sightings(_ item: TrackedItem, into csv: inout CSVText) {
        let s = item.sightings
        csv.cell(s.first)
        csv.cell(s.firstRegion.name)
        csv.cell(s.last)
        csv.cell(s.records)
        csv.cell(s.quantity)
        csv.cell(s.incidents)
        csv.cell { bytes in
            s.forEachRegion { region in
                if !bytes.isEmpty { bytes.append(contentsOf: "; ".utf8) }
                bytes.append(contentsOf: region.name.utf8)
            }
        }
        csv.cell { bytes in
            s.forEachZone { zone, first in
                if !bytes.isEmpty { bytes.append(contentsOf: "; ".utf8) }
                bytes.append(contentsOf: zone.rawValue.utf8)
                bytes.append(UInt8(ascii: " "))
                first.appendISO(to: &bytes)
            }
        }
        csv.cell(item.spread)
        csv.cell(item.lag)
    }
}
