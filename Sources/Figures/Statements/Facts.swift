import BriefModel

/// Computes the brief's statements from the figures' own series, so that what the text says and
/// what the charts show can never disagree. Unavailable figures and unknown values give no statement.
public enum Facts {
    public static func compute(_ figures: [FigureResult], period: Period) -> BriefFacts {
        func figure(_ id: String) -> FigureResult? { figures.first { $0.id == id && $0.isAvailable } }
        var facts = BriefFacts()
        facts.multiYear = period.to > period.from
        if let attacks = figure("attacks-per-year") { zones(attacks, into: &facts) }
        if facts.multiYear {
            facts.attacks = shape(figure("attacks-per-year"), "total")
            facts.killed = shape(figure("victims-per-year"), "killed")
            facts.minusmaAttacks = shape(figure("minusma-attacks-per-year"), "attacks")
            facts.rcied = endpoints(figure("rcied-share-per-year"), "share").flatMap(Trend.shares)
        }
        if let types = figure("minusma-attack-types") { facts.minusmaAttackTypes = ranking(types) }
        if let types = figure("minusma-fatalities-by-type") { facts.fatalityTypes = ranking(types) }
        facts.outsizedType = outsized(attacks: facts.minusmaAttackTypes, fatalities: facts.fatalityTypes)
        if let perYear = figure("minusma-fatalities-per-year") { deadliest(perYear, into: &facts) }
        facts.finds = finds(figure("minusma-ied-attacks-vs-finds"), period: period)
        if let decades = figure("ammunition-samples-by-decade"), let first = decades.categories.first,
            let last = decades.categories.last
        {
            facts.sampleDecades = (decades.categories.count, first, last)
        }
        if let countries = figure("ammunition-samples-by-country") {
            facts.singleSampleCountries = countries.series[0].values.filter { $0 == 1 }.count
        }
        return facts
    }

    /// The trend of a per-year count series between its first and last known years, with its turn.
    static func shape(_ figure: FigureResult?, _ name: String) -> Trend? {
        guard let figure, let values = figure.series(named: name)?.values else { return nil }
        return Trend.counts(values, years: figure.categories, coverage: figure.partialYears)
    }

    /// The first and last values of a per-year series, when both are known.
    static func endpoints(_ figure: FigureResult?, _ name: String) -> (Double?, Double?)? {
        guard let values = figure?.series(named: name)?.values, let first = values.first, let last = values.last else {
            return nil
        }
        return (first, last)
    }

    static func zones(_ figure: FigureResult, into facts: inout BriefFacts) {
        let zones = Zone.allCases.map(\.rawValue)
        func leading(_ i: Int) -> BriefFacts.Ranked? {
            let counts = zones.map { Int(figure.series(named: $0)?.values[i] ?? 0) }
            let total = counts.reduce(0, +)
            guard total > 0, let top = counts.max() else { return nil }
            let index = counts.firstIndex(of: top)!
            // A tie for the lead names no leading zone.
            guard counts.filter({ $0 == top }).count == 1 else { return nil }
            return .init(key: zones[index], value: top, share: Double(top) / Double(total))
        }
        let last = figure.categories.count - 1
        guard last >= 0 else { return }
        facts.leadingZoneLast = leading(last)
        guard facts.multiYear else { return }
        facts.leadingZoneFirst = leading(0)
        func centralShare(_ i: Int) -> Double? {
            let total = figure.series(named: "total")?.values[i] ?? 0
            return total > 0 ? (figure.series(named: Zone.central.rawValue)?.values[i] ?? 0) / total : nil
        }
        facts.centralShare = Trend.shares(centralShare(0), centralShare(last))
    }

    /// The categories of a per-type figure, largest first; equal values keep the figure's order.
    static func ranking(_ figure: FigureResult) -> [BriefFacts.Ranked] {
        let counts = figure.series[0].values, shares = figure.series(named: "share")?.values ?? []
        let order = figure.categories.indices.sorted { (counts[$0] ?? 0, -$0) > (counts[$1] ?? 0, -$1) }
        var ranked: [BriefFacts.Ranked] = []
        for i in order {
            let value = Int(counts[i] ?? 0)
            ranked.append(
                .init(
                    key: figure.categories[i], value: value, share: i < shares.count ? shares[i] : nil,
                    tiedWithPrevious: ranked.last?.value == value))
        }
        return ranked
    }

    static func outsized(
        attacks: [BriefFacts.Ranked], fatalities: [BriefFacts.Ranked]
    )
        -> (type: String, attackShare: Double, fatalityShare: Double)?
    {
        let candidates = fatalities.compactMap { death -> (String, Double, Double)? in
            guard let deathShare = death.share, deathShare >= 0.10,
                let attackShare = attacks.first(where: { $0.key == death.key })?.share, attackShare > 0,
                deathShare >= 2 * attackShare
            else { return nil }
            return (death.key, attackShare, deathShare)
        }
        return candidates.max { $0.2 / $0.1 < $1.2 / $1.1 }.map { ($0.0, $0.1, $0.2) }
    }

    static func deadliest(_ figure: FigureResult, into facts: inout BriefFacts) {
        guard let totals = figure.series(named: "total")?.values.map({ Int($0 ?? 0) }), let top = totals.max(), top > 0
        else { return }
        let years = totals.indices.filter { totals[$0] == top }
        facts.deadliestYears = years.map { figure.categories[$0] }
        facts.deadliestTotal = top
        guard years.count == 1 else { return }
        let byType = figure.series.filter { $0.name != "total" }.map { (name: $0.name, value: Int($0.values[years[0]] ?? 0)) }
        guard let lead = byType.max(by: { $0.value < $1.value }), byType.filter({ $0.value == lead.value }).count == 1
        else { return }
        facts.deadliestYearType = .init(key: lead.name, value: lead.value, share: Double(lead.value) / Double(top))
    }

    static func finds(_ figure: FigureResult?, period: Period) -> BriefFacts.Finds {
        guard let figure, let finds = figure.series(named: "ied_finds")?.values,
            let attacks = figure.series(named: "ied_attacks")?.values, finds.contains(where: { $0 != nil })
        else { return .notRecorded }
        // Years outside the data's coverage are gaps (nil), not a sign that finds go unrecorded.
        guard finds.contains(where: { ($0 ?? 0) > 0 }) else { return .noneByMinusma }
        let split = max(0, finds.count - 4)
        func share(_ range: Range<Int>) -> Double? {
            let f = range.reduce(0.0) { $0 + (finds[$1] ?? 0) }, a = range.reduce(0.0) { $0 + (attacks[$1] ?? 0) }
            return f + a >= Double(BriefFacts.minimumBase) ? f / (f + a) : nil
        }
        let lastFour = share(split..<finds.count)
        let earlier = split > 0 ? share(0..<split) : nil
        return .recorded(lastFour: lastFour, earlier: earlier, trend: Trend.shares(earlier, lastFour))
    }
}
