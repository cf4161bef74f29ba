import BriefModel
import Figures

/// The monitoring section's tables: the items that matter most, first sightings of the last year
/// and the specificity of heavy materiel.
extension BriefLayout {
    func monitoringTable(_ name: String) -> Table? {
        guard let facts = inputs.monitoring else { return nil }
        switch name {
        case "tracker": return trackerTable(facts)
        case "first-sightings": return firstSightingsTable(facts)
        case "specificity": return specificityTable(facts.flow.specificity ?? [])
        default: return nil
        }
    }

    private func trackerTable(_ facts: MonitoringFacts) -> Table? {
        guard !facts.notable.isEmpty else { return nil }
        let why: [MonitoringFacts.Notable.Reason: String] = [.widespread: "most regions", .newest: "newest", .spread: "moved"]
        let zone: [Zone: String] = [.northern: "N", .central: "C", .southern: "S"]
        return Table(
            caption: "Materiel to watch, recovered up to \(inputs.period.to): found in the most regions, the newest, and the "
                + "items made after \(facts.flow.producedAfter) that moved to another zone (N north, C centre, S south)",
            columns: [("Item", 0.40, .left), ("First recovered", 0.25, .left), ("Regions", 0.09, .right),
                ("Zones", 0.11, .left), ("Listed as", 0.15, .left)],
            rows: facts.notable.map { entry in
                let s = entry.item.sightings
                return [BriefContext.escape(entry.item.label), "\(s.first) \(s.firstRegion.name)", NumberText.count(s.regions.count),
                    s.zones.map { zone[$0.zone]! }.joined(separator: "→"),
                    entry.reasons.map { why[$0]! }.joined(separator: ", ")]
            })
    }

    private func firstSightingsTable(_ facts: MonitoringFacts) -> Table? {
        let items = facts.firstSightingsLastYear
        guard !items.isEmpty else { return nil }
        let shown = items.filter { $0.kind == .arms } + items.filter { $0.kind == .ammunition }.prefix(12)
        let more = items.count - shown.count
        return Table(
            caption: "Materiel recorded for the first time in \(inputs.period.to)"
                + (more > 0 ? " (\(more) more ammunition samples in data/first-sightings.csv)" : ""),
            columns: [("Kind", 0.16, .left), ("Item", 0.5, .left), ("First recovered", 0.17, .left), ("Region", 0.17, .left)],
            rows: shown.map { item in
                [item.kind == .arms ? "arms type" : "ammunition", BriefContext.escape(item.label),
                    item.sightings.first.description, item.sightings.firstRegion.name]
            })
    }

    private func specificityTable(_ groups: [SpecificityGroup]) -> Table? {
        guard !groups.isEmpty else { return nil }
        return Table(
            caption: "Heavy materiel by producing country, production year and region of recovery, up to \(inputs.period.to) "
                + "(+? where some records do not name the country or year)",
            columns: [("Materiel", 0.24, .left), ("Records", 0.10, .right), ("Countries", 0.27, .left),
                ("Years made", 0.19, .left), ("Regions", 0.20, .left)],
            rows: groups.map { group in
                let countries = group.sources.map(\.country.name).joined(separator: ", ")
                let years = group.years.isEmpty ? "" : group.years.count == 1 ? String(group.years[0])
                    : "\(group.years.first!)–\(group.years.last!) (\(group.years.count))"
                return [BriefContext.escape(group.label), NumberText.count(group.records),
                    countries.isEmpty ? "not recorded" : BriefContext.escape(countries) + (group.unknownCountry > 0 ? " +?" : ""),
                    years.isEmpty ? "not recorded" : years + (group.unknownYear > 0 ? " +?" : ""),
                    group.regions.count <= 2 ? group.regions.map(\.name).joined(separator: ", ") : NumberText.count(group.regions.count)]
            })
    }
}
