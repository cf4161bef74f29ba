import BriefModel
import Localization

/// The computed statements of `BriefFacts` as template values. A statement whose facts are unknown
/// gives no key, so the template's `{{#key}}` section leaves it out and `{{^key}}` can say
/// "not recorded in this data".
extension BriefContext {
    static func facts(_ facts: BriefFacts, _ words: Words) throws(LanguageError) -> [String: Any] {
        var c: [String: Any] = ["multi_year": facts.multiYear]
        if let trend = facts.attacks { c["attacks_trend"] = try shapedTrend(trend, words) }
        if let trend = facts.killed { c["killed_trend"] = try shapedTrend(trend, words) }
        if let trend = facts.minusmaAttacks { c["minusma_attacks_trend"] = try shapedTrend(trend, words) }
        c["rcied_trend"] = facts.rcied.map { trend($0, percent: true, words) }
        if let zone = facts.leadingZoneFirst { c["zone_first"] = try entry(zone, words) }
        if let zone = facts.leadingZoneLast { c["zone_last"] = try entry(zone, words) }
        var centralSaid = false
        if let first = facts.leadingZoneFirst, let last = facts.leadingZoneLast {
            c[first.key == last.key ? "zone_same" : "zone_moved"] = true
            // The centre leading at the end: its share is said there, with where it started, not twice.
            if last.key == Zone.central.rawValue, let central = facts.centralShare {
                centralSaid = true
                if first.key != last.key {
                    c["zone_last"] = try entry(last, words).merging([
                        "against_pct": words.pct(central.first), "against_percent": words.percent(central.first),
                    ]) { $1 }
                }
            }
        }
        if !centralSaid { c["central_trend"] = facts.centralShare.map { trend($0, percent: true, words) } }
        c.merge(try ranking("attack_types", facts.minusmaAttackTypes, words)) { $1 }
        c.merge(try ranking("fatality_types", facts.fatalityTypes, words)) { $1 }
        if let outsized = facts.outsizedType {
            var entry: [String: Any] = try words.names(outsized.type)
            entry["attack_pct"] = words.pct(outsized.attackShare)
            entry["fatality_pct"] = words.pct(outsized.fatalityShare)
            entry["attack_percent"] = words.percent(outsized.attackShare)
            entry["fatality_percent"] = words.percent(outsized.fatalityShare)
            c["outsized"] = entry
        }
        if !facts.deadliestYears.isEmpty {
            var deadliest: [String: Any] = [
                "years": list(facts.deadliestYears.map { ["year": $0] }),
                "total": words.count(facts.deadliestTotal), "one": facts.deadliestYears.count == 1,
            ]
            if let type = facts.deadliestYearType { deadliest["type"] = try entry(type, words) }
            c["deadliest"] = deadliest
        }
        c.merge(finds(facts.finds, words)) { $1 }
        if let decades = facts.sampleDecades {
            c["sample_decades"] = [
                "count": words.count(decades.count), "count_words": try words.spelled(decades.count),
                "several": decades.count > 1,
                "first": try words.language.text("categories.decade", ["decade": String(decades.first.dropLast())]),
                "last": try words.language.text("categories.decade", ["decade": String(decades.last.dropLast())]),
                "first_number": String(decades.first.dropLast()), "last_number": String(decades.last.dropLast()),
            ]
        }
        if facts.singleSampleCountries > 0 {
            c["single_sample_countries"] = words.count(facts.singleSampleCountries)
            c["single_sample_countries_words"] = try words.spelled(facts.singleSampleCountries)
        }
        return c
    }

    /// `{rose|fell|level: true, first, last}`; shares as whole percentages (`first_percent` with the sign).
    static func trend(_ trend: Trend, percent: Bool, _ words: Words) -> [String: Any] {
        func text(_ value: Double) -> String { percent ? words.pct(value) : words.count(Int(value.rounded())) }
        var t: [String: Any] = [trend.direction.rawValue: true, "first": text(trend.first), "last": text(trend.last)]
        if percent {
            t["first_percent"] = words.percent(trend.first)
            t["last_percent"] = words.percent(trend.last)
        }
        return t
    }

    /// A count trend with its shape: `peak` or `dip` (`{value, year}`) instead of rose/fell/level when
    /// the series turned between its ends; `first_year` and `last_year` when the data's first or last
    /// covered year is not the period's, a partial one said as such ("2020 (to 31 October 2020)").
    static func shapedTrend(_ trend: Trend, _ words: Words) throws(LanguageError) -> [String: Any] {
        var t = self.trend(trend, percent: false, words)
        if let turn = trend.turn {
            for direction in Direction.allCases { t.removeValue(forKey: direction.rawValue) }
            t[turn.kind.rawValue] = ["value": words.count(Int(turn.value.rounded())), "year": turn.year]
        }
        func label(_ year: String?, _ coverage: YearCoverage?) throws(LanguageError) -> String? {
            guard case .partial(let from, let to) = coverage, let year else { return year }
            if let to { return try words.language.text("coverage.year_to", ["year": year, "date": words.language.date(to)]) }
            if let from {
                return try words.language.text("coverage.year_from", ["year": year, "date": words.language.date(from)])
            }
            return year
        }
        if let first = try label(trend.firstYear, trend.firstCoverage) { t["first_year"] = first }
        if let last = try label(trend.lastYear, trend.lastCoverage) { t["last_year"] = last }
        return t
    }

    static func entry(_ ranked: BriefFacts.Ranked, _ words: Words) throws(LanguageError) -> [String: Any] {
        var e: [String: Any] = try words.names(ranked.key)
        e["key"] = ranked.key
        e["count"] = words.count(ranked.value)
        e["pct"] = ranked.share.map(words.pct)
        e["percent"] = ranked.share.map(words.percent)
        return e
    }

    /// `<name>_lead` (one clear leader) or `<name>_tied` (the leaders, equal, with `<name>_tied_count`),
    /// and `<name>_rest`, the entries after the leaders, with `first`/`middle`/`last` flags for the
    /// template's commas and "and".
    static func ranking(_ name: String, _ ranked: [BriefFacts.Ranked], _ words: Words) throws(LanguageError) -> [String: Any] {
        // A ranking of fewer records than `minimumBase` is no finding: the figure shows the counts.
        guard let top = ranked.first, top.value > 0, ranked.reduce(0, { $0 + $1.value }) >= BriefFacts.minimumBase
        else { return [:] }
        var c: [String: Any] = [:]
        var entries: [[String: Any]] = []
        for item in ranked { entries.append(try entry(item, words)) }
        c[name + "_all"] = list(entries)
        let leaders = ranked.filter { $0.value == top.value }.count
        if leaders == 1 {
            c[name + "_lead"] = entries[0]
        } else {
            c[name + "_tied"] = list(Array(entries.prefix(leaders)))
            c[name + "_tied_count"] = words.count(top.value)
            c[name + "_tied_count_words"] = try words.spelled(top.value)
            c[name + "_tied_count_one"] = top.value == 1
            c[name + "_tied_pct"] = top.share.map(words.pct)
            c[name + "_tied_percent"] = top.share.map(words.percent)
        }
        let rest = zip(ranked, entries).dropFirst(leaders).filter { $0.0.value > 0 }.map(\.1)
        if !rest.isEmpty { c[name + "_rest"] = list(rest) }
        return c
    }

    /// Marks the first and last element so a template can join a list with commas and "and".
    static func list(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().map { i, item in
            item.merging(["first": i == 0, "last": i == items.count - 1 && i > 0, "middle": i > 0 && i < items.count - 1]) { $1 }
        }
    }

    static func finds(_ finds: BriefFacts.Finds, _ words: Words) -> [String: Any] {
        switch finds {
        case .notRecorded: return ["finds_not_recorded": true]
        case .noneByMinusma: return ["finds_none_by_minusma": true]
        case .recorded(let lastFour, let earlier, let trend):
            var f: [String: Any] = [:]
            f["last_four_pct"] = lastFour.map(words.pct)
            f["earlier_pct"] = earlier.map(words.pct)
            f["last_four_percent"] = lastFour.map(words.percent)
            f["earlier_percent"] = earlier.map(words.percent)
            f["trend"] = trend.map { self.trend($0, percent: true, words) }
            return ["finds": f]
        }
    }
}
