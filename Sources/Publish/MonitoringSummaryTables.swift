import BriefModel
import Figures

/// The monitoring section's tables as plain text, for the brief (which escapes them for Pango) and
/// the web page (which Mustache escapes): the items that matter most, the first sightings of the
/// period's last year, and the specificity of heavy materiel.
public struct MonitoringSummaryTable: Sendable {
    public var id: String
    public var caption: String
    /// The data table the rows come from.
    public var path: String
    public var columns: [(title: String, width: Double, numeric: Bool)]
    public var rows: [[String]]

    public static func all(_ facts: MonitoringFacts) -> [MonitoringSummaryTable] {
        [tracker(facts), firstSightings(facts), specificity(facts.flow.specificity ?? [], period: facts.flow.period)]
            .compactMap { $0 }
    }

    public static func named(_ id: String, _ facts: MonitoringFacts) -> MonitoringSummaryTable? {
        all(facts).first { $0.id == id }
    }

    static func tracker(_ facts: MonitoringFacts) -> Self? {
        guard !facts.notable.isEmpty else { return nil }
        let why: [MonitoringFacts.Notable.Reason: String] = [.widespread: "most regions", .newest: "newest", .spread: "moved"]
        let zone: [Zone: String] = [.northern: "N", .central: "C", .southern: "S"]
        return Self(
            id: "tracker",
            caption: "Materiel to watch, recovered up to \(facts.flow.period.to): found in the most regions, the newest, and the "
                + "items made after \(facts.flow.producedAfter) that moved to another zone (N north, C centre, S south)",
            path: "data/ammunition-sample-tracker.csv",
            columns: [("Item", 0.40, false), ("First recovered", 0.25, false), ("Regions", 0.09, true),
                ("Zones", 0.11, false), ("Listed as", 0.15, false)],
            rows: facts.notable.map { entry in
                let s = entry.item.sightings
                return [entry.item.label, "\(s.first) \(s.firstRegion.name)", NumberText.count(s.regions.count),
                    s.zones.map { zone[$0.zone]! }.joined(separator: "→"), entry.reasons.map { why[$0]! }.joined(separator: ", ")]
            })
    }

    static func firstSightings(_ facts: MonitoringFacts) -> Self? {
        let items = facts.firstSightingsLastYear
        guard !items.isEmpty else { return nil }
        let shown = items.filter { $0.kind == .arms } + items.filter { $0.kind == .ammunition }.prefix(12)
        let more = items.count - shown.count
        return Self(
            id: "first-sightings",
            caption: "Materiel recorded for the first time in \(facts.flow.period.to)"
                + (more > 0 ? " (\(more) more ammunition samples in data/first-sightings.csv)" : ""),
            path: "data/first-sightings.csv",
            columns: [("Kind", 0.16, false), ("Item", 0.5, false), ("First recovered", 0.17, false), ("Region", 0.17, false)],
            rows: shown.map { item in
                [item.kind == .arms ? "arms type" : "ammunition", item.label, item.sightings.first.description,
                    item.sightings.firstRegion.name]
            })
    }

    static func specificity(_ groups: [SpecificityGroup], period: Period) -> Self? {
        guard !groups.isEmpty else { return nil }
        return Self(
            id: "specificity",
            caption: "Heavy materiel by producing country, production year and region of recovery, up to \(period.to) "
                + "(+? where some records do not name the country or year)",
            path: "data/heavy-materiel-specificity.csv",
            columns: [("Materiel", 0.24, false), ("Records", 0.10, true), ("Countries", 0.27, false),
                ("Years made", 0.19, false), ("Regions", 0.20, false)],
            rows: groups.map { group in
                let countries = group.sources.map(\.country.name).joined(separator: ", ")
                let years = group.years.isEmpty ? "" : group.years.count == 1 ? String(group.years[0])
                    : "\(group.years.first!)–\(group.years.last!) (\(group.years.count))"
                return [group.label, NumberText.count(group.records),
                    countries.isEmpty ? "not recorded" : countries + (group.unknownCountry > 0 ? " +?" : ""),
                    years.isEmpty ? "not recorded" : years + (group.unknownYear > 0 ? " +?" : ""),
                    group.regions.count <= 2 ? group.regions.map(\.name).joined(separator: ", ") : NumberText.count(group.regions.count)]
            })
    }
}
