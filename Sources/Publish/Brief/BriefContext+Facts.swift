import BriefModel

/// The computed statements of `BriefFacts` as template values. A statement whose facts are unknown
/// gives no key, so the template's `{{#key}}` section leaves it out and `{{^key}}` can say
/// "not recorded in this data".
extension BriefContext {
    static func facts(_ facts: BriefFacts) -> [String: Any] {
        var c: [String: Any] = ["multi_year": facts.multiYear]
        c["attacks_trend"] = facts.attacks.map { trend($0, percent: false) }
        c["killed_trend"] = facts.killed.map { trend($0, percent: false) }
        c["minusma_attacks_trend"] = facts.minusmaAttacks.map { trend($0, percent: false) }
        c["rcied_trend"] = facts.rcied.map { trend($0, percent: true) }
        c["central_trend"] = facts.centralShare.map { trend($0, percent: true) }
        c["zone_first"] = facts.leadingZoneFirst.map(entry)
        c["zone_last"] = facts.leadingZoneLast.map(entry)
        if let first = facts.leadingZoneFirst, let last = facts.leadingZoneLast {
            c[first.key == last.key ? "zone_same" : "zone_moved"] = true
        }
        c.merge(ranking("attack_types", facts.minusmaAttackTypes)) { $1 }
        c.merge(ranking("fatality_types", facts.fatalityTypes)) { $1 }
        if let outsized = facts.outsizedType {
            let name = BriefVocabulary.listName[outsized.type] ?? outsized.type
            c["outsized"] = ["list_name": name, "List_name": SourceAttribution.capitalisedFirst(name),
                "attack_pct": pct(outsized.attackShare), "fatality_pct": pct(outsized.fatalityShare)]
        }
        if !facts.deadliestYears.isEmpty {
            var deadliest: [String: Any] = ["years": list(facts.deadliestYears.map { ["year": $0] }),
                "total": NumberText.count(facts.deadliestTotal), "one": facts.deadliestYears.count == 1]
            deadliest["type"] = facts.deadliestYearType.map(entry)
            c["deadliest"] = deadliest
        }
        c.merge(finds(facts.finds)) { $1 }
        if let decades = facts.sampleDecades {
            c["sample_decades"] = ["count": NumberText.count(decades.count), "first": decades.first, "last": decades.last,
                "several": decades.count > 1]
        }
        if facts.singleSampleCountries > 0 { c["single_sample_countries"] = NumberText.count(facts.singleSampleCountries) }
        return c
    }

    /// `{rose|fell|level: true, first, last}`; shares as whole percentages.
    static func trend(_ trend: Trend, percent: Bool) -> [String: Any] {
        func text(_ value: Double) -> String { percent ? pct(value) : NumberText.count(Int(value.rounded())) }
        return [trend.direction.rawValue: true, "first": text(trend.first), "last": text(trend.last)]
    }

    static func pct(_ fraction: Double) -> String { String(Int((fraction * 100).rounded())) }

    static func entry(_ ranked: BriefFacts.Ranked) -> [String: Any] {
        var e: [String: Any] = [
            "key": ranked.key, "count": NumberText.count(ranked.value),
            "lead_name": BriefVocabulary.leadName[ranked.key] ?? ranked.key,
            "list_name": BriefVocabulary.listName[ranked.key] ?? ranked.key,
        ]
        e["pct"] = ranked.share.map(pct)
        return e
    }

    /// `<name>_lead` (one clear leader) or `<name>_tied` (the leaders, equal, with `<name>_tied_count`),
    /// and `<name>_rest`, the entries after the leaders, with `first`/`middle`/`last` flags for the
    /// template's commas and "and".
    static func ranking(_ name: String, _ ranked: [BriefFacts.Ranked]) -> [String: Any] {
        guard let top = ranked.first, top.value > 0 else { return [:] }
        var c: [String: Any] = [:]
        c[name + "_all"] = list(ranked.map(entry))
        let leaders = ranked.filter { $0.value == top.value }
        if leaders.count == 1 {
            c[name + "_lead"] = entry(top)
        } else {
            c[name + "_tied"] = list(leaders.map(entry))
            c[name + "_tied_count"] = NumberText.count(top.value)
            c[name + "_tied_pct"] = top.share.map(pct)
        }
        let rest = ranked.dropFirst(leaders.count).filter { $0.value > 0 }
        if !rest.isEmpty { c[name + "_rest"] = list(rest.map(entry)) }
        return c
    }

    /// Marks the first and last element so a template can join a list with commas and "and".
    static func list(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().map { i, item in
            item.merging(["first": i == 0, "last": i == items.count - 1 && i > 0, "middle": i > 0 && i < items.count - 1])
            { $1 }
        }
    }

    static func finds(_ finds: BriefFacts.Finds) -> [String: Any] {
        switch finds {
        case .notRecorded: return ["finds_not_recorded": true]
        case .noneByMinusma: return ["finds_none_by_minusma": true]
        case .recorded(let lastFour, let earlier, let trend):
            var f: [String: Any] = [:]
            f["last_four_pct"] = lastFour.map(pct)
            f["earlier_pct"] = earlier.map(pct)
            f["trend"] = trend.map { self.trend($0, percent: true) }
            return ["finds": f]
        }
    }
}
