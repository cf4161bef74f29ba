import BriefModel
import Figures

/// The "Monitoring arms flows" section's values. Items are named by `MonitoringFacts`' rules; a
/// view whose export was not read gives no key, so its sentences drop out.
extension BriefContext {
    static func monitoring(_ facts: MonitoringFacts) -> [String: Any] {
        let flow = facts.flow
        guard flow.arms != nil || flow.ammunition != nil else { return [:] }
        var c: [String: Any] = ["has_monitoring": true, "produced_after": String(flow.producedAfter)]
        c["has_arms_tracker"] = flow.arms != nil
        c["has_sample_tracker"] = flow.ammunition != nil
        c["spread_items"] = counted(facts.spread.count, "kind of materiel was", "kinds of materiel were")
        if let item = facts.spread.first, let spread = item.sightings.spread {
            let zones = item.sightings.zones
            c["latest_spread"] = sighted(item).merging([
                "first_zone": zones[0].zone.displayName, "next_zone": zones[1].zone.displayName,
                "next_date": spread.longEnglish, "more": facts.spread.count > 1,
            ]) { $1 }
        }
        let lastYear = facts.firstSightingsLastYear
        let types = lastYear.filter { $0.kind == .arms }, samples = lastYear.filter { $0.kind == .ammunition }
        c["first_seen"] = [
            "arms_types": counted(types.count, "arms type", "arms types"),
            "samples": counted(samples.count, "ammunition sample", "ammunition samples"), "none": lastYear.isEmpty,
            "has_arms": flow.armsTypes != nil, "has_samples": flow.ammunition != nil,
        ]
        if !types.isEmpty { c["first_seen_types"] = list(types.map(sighted)) }
        if !facts.newArmsTypes.isEmpty, let first = facts.firstDataYear {
            c["new_types"] = ["since": String(first), "count": counted(facts.newArmsTypes.count, "type", "types"),
                "types": list(facts.newArmsTypes.prefix(6).map(sighted))]
        }
        if !facts.fastest.isEmpty {
            c["has_fastest"] = true
            c["fastest"] = list(facts.fastest.map { item in
                sighted(item).merging(["produced": String(item.year!),
                    "lag": item.lag == 0 ? "the same year" : counted(item.lag!, "year", "years") + " later"]) { $1 }
            })
        }
        if !facts.postCutoffItems.isEmpty {
            c["post_cutoff_count"] = counted(facts.postCutoffItems.count, "kind of materiel", "kinds of materiel")
            c["post_cutoff_newest"] = list(facts.postCutoffItems.prefix(3).map { item in
                sighted(item).merging(["produced": String(item.year!)]) { $1 }
            })
        }
        c.merge(specificity(flow.specificity ?? [])) { $1 }
        return c
    }

    /// An item with where and when it was first recovered.
    static func sighted(_ item: TrackedItem) -> [String: Any] {
        ["label": escape(item.label), "date": item.sightings.first.longEnglish, "region": item.sightings.firstRegion.name,
            "zone": item.sightings.firstRegion.zone.displayName]
    }

    /// Box 3's named cases: heavy materiel from a single source, and sources found in one region only.
    static func specificity(_ groups: [SpecificityGroup]) -> [String: Any] {
        var c: [String: Any] = [:]
        let single = groups.compactMap { group in group.singleSource.map { (group, $0) } }
        if !single.isEmpty {
            c["single_sources"] = list(single.map { group, source in
                ["group_plural": escape(group.label + "s"), "country": escape(source.country.name), "year": String(source.years[0]),
                    "records": counted(group.records, "record", "records"), "regions": regionList(group.regions)]
            })
        }
        let local = groups.flatMap { group in group.localSources.map { (group, $0) } }
        if !local.isEmpty {
            c["local_sources"] = list(local.map { group, source in
                ["group_plural": escape(group.label + "s"), "country": escape(source.country.name),
                    "years": source.years.isEmpty ? "" : " in " + joined(source.years.map(String.init)),
                    "region": source.regions[0].name,
                    "when": source.first.year == source.last.year ? String(source.first.year) : "\(source.first.year)–\(source.last.year)",
                    "group_regions": NumberText.count(group.regions.count)]
            })
        }
        return c
    }

    /// `1 record`, `4 records`.
    static func counted(_ n: Int, _ one: String, _ many: String) -> String {
        n == 0 ? "no \(one)" : "\(NumberText.count(n)) \(n == 1 ? one : many)"
    }

    static func regionList(_ regions: [Region]) -> String { joined(regions.map(\.name)) }

    /// `a`, `a and b`, `a, b and c`.
    static func joined(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
