import BriefModel
import Figures
import Localization

/// The "Monitoring arms flows" section's values, in the edition's language. Items are named by
/// `MonitoringFacts`' rules; a view whose export was not read gives no key, so its sentences drop out.
extension BriefContext {
    static func monitoring(_ facts: MonitoringFacts, _ words: Words) throws(LanguageError) -> [String: Any] {
        let flow = facts.flow, say = MonitoringWords(language: words.language)
        guard flow.arms != nil || flow.ammunition != nil else { return [:] }
        var c: [String: Any] = ["has_monitoring": true, "produced_after": String(flow.producedAfter)]
        c["has_arms_tracker"] = flow.arms != nil
        c["has_sample_tracker"] = flow.ammunition != nil
        c["spread_items"] = try say.counted("kinds_found_in_zones", facts.spread.count)
        if let item = facts.spread.first, let spread = item.sightings.spread {
            let zones = item.sightings.zones
            c["latest_spread"] = try sighted(item, say).merging([
                "first_zone": try say.zone(zones[0].zone), "next_zone": try say.zone(zones[1].zone),
                "next_date": say.date(spread),
            ]) { $1 }
        }
        let lastYear = facts.firstSightingsLastYear
        let types = lastYear.filter { $0.kind == .arms }, samples = lastYear.filter { $0.kind == .ammunition }
        c["first_seen"] = [
            "arms_types": try say.counted("arms_types", types.count), "samples": try say.counted("samples", samples.count),
            "none": lastYear.isEmpty,
            // Named only when some appeared; a zero beside a count is said as its own clause.
            "new_arms": !types.isEmpty, "new_samples": !samples.isEmpty,
            "no_new_arms": flow.armsTypes != nil && types.isEmpty,
            "no_new_samples": flow.ammunition != nil && samples.isEmpty,
        ]
        if !facts.newArmsTypes.isEmpty, let first = facts.firstDataYear {
            var listed: [[String: Any]] = []
            for item in facts.newArmsTypes.prefix(6) { listed.append(try sighted(item, say)) }
            c["new_types"] = [
                "since": String(first), "count": try say.counted("types", facts.newArmsTypes.count),
                "types": list(listed),
            ]
        }
        if !facts.fastest.isEmpty {
            var listed: [[String: Any]] = []
            for item in facts.fastest {
                // The label names the year of production; the lag says how long after it, not the year again.
                let lag = try say.counted("years_later", item.lag!)
                listed.append(try sighted(item, say).merging(["lag": lag]) { $1 })
            }
            c["has_fastest"] = true
            c["fastest"] = list(listed)
        }
        if !facts.postCutoffItems.isEmpty {
            c["post_cutoff_count"] = try say.counted("kinds", facts.postCutoffItems.count)
            var listed: [[String: Any]] = []
            for item in facts.postCutoffItems.prefix(3) {
                listed.append(try sighted(item, say).merging(["produced": String(item.year!)]) { $1 })
            }
            c["post_cutoff_newest"] = list(listed)
        }
        c.merge(try specificity(flow.specificity ?? [], say)) { $1 }
        return c
    }

    /// An item with where and when it was first recovered.
    /// `feminine`: the item's name takes a feminine agreement in the edition (French `grenade …,
    /// récupérée`), by its kind, as the vocabulary's `grammar.feminine_materiel` lists them.
    static func sighted(_ item: TrackedItem, _ say: MonitoringWords) throws(LanguageError) -> [String: Any] {
        let feminine = try say.language.text("grammar.feminine_materiel").split(separator: " ")
        return [
            "label": escape(try say.label(item)), "date": say.date(item.sightings.first),
            "region": try say.region(item.sightings.firstRegion), "zone": try say.zone(item.sightings.firstRegion.zone),
            "feminine": item.kind == .arms && item.category.map { feminine.contains(Substring($0.rawValue)) } == true,
        ]
    }

    /// Box 3's named cases: heavy materiel from a single source, and sources found in one region only.
    static func specificity(_ groups: [SpecificityGroup], _ say: MonitoringWords) throws(LanguageError) -> [String: Any] {
        var c: [String: Any] = [:]
        var single: [[String: Any]] = [], local: [[String: Any]] = []
        for group in groups {
            if let source = group.singleSource {
                single.append([
                    "group_plural": escape(try say.group(group)),
                    "country": escape(try say.language.text("countries.\(source.country.name)")), "year": String(source.years[0]),
                    "records": try say.counted("records", group.records), "regions": try say.regions(group.regions),
                ])
            }
            for source in group.localSources {
                let years = source.years.map(String.init)
                local.append([
                    "group_plural": escape(try say.group(group)),
                    "country": escape(try say.language.text("countries.\(source.country.name)")),
                    "years": years.isEmpty
                        ? "" : try say.language.text("monitoring.made_in_years", ["years": years.joined(separator: ", ")]),
                    "region": try say.region(source.regions[0]),
                    "when": source.first.year == source.last.year
                        ? String(source.first.year) : "\(source.first.year)–\(source.last.year)",
                    "group_regions": try say.counted("regions", group.regions.count),
                ])
            }
        }
        if !single.isEmpty { c["single_sources"] = list(single) }
        if !local.isEmpty { c["local_sources"] = list(local) }
        return c
    }
}
