import BriefModel

/// The headline statistics of figures.md, computed for the brief's text and figures.json.
public enum Headline {
    public static func compute(_ data: Dataset, period: Period) -> HeadlineStatistics {
        var values: [(String, Statistic)] = []
        if let incidents = data.incidents { values += incidentStatistics(incidents, in: data, period: period) }
        if let ammunition = data.ammunition { values += sampleStatistics(ammunition, period: period) }
        return HeadlineStatistics(values)
    }

    static func incidentStatistics(_ incidents: [Incident], in data: Dataset, period: Period) -> [(String, Statistic)] {
        let inPeriod = incidents.filter { period.contains($0.year) }
        let attacks = inPeriod.filter(\.isAttack)
        let minusma = attacks.filter(\.isAttackOnMINUSMA)
        let years = period.to - period.from + 1
        let days = (period.from...period.to).reduce(0) { $0 + (CivilDate.isLeap($1) ? 366 : 365) }
        let last = attacks.filter { $0.year == period.to }
        let first = attacks.filter { $0.year == period.from }
        let central = last.filter { $0.region.zone == .central }
        let killedLast = last.reduce(0) { $0 + $1.casualties.victimsKilled }
        // Unknown is not zero: a share of civilians only where some attack of the year records them;
        // MINUSMA fatalities only where the export records the UN casualty split.
        let civiliansKnown = last.contains { !$0.casualties.civilians.killed.isUnknown }
        let civiliansLast = last.reduce(0) { $0 + $1.casualties.civilians.killed.value }
        let fatalitiesKnown = (try? MinusmaFatalities.attacks(in: data).get()) != nil
        let fatalities = fatalitiesKnown ? minusma.reduce(0) { $0 + $1.casualties.unKilled } : nil
        let military = minusma.reduce(0) { $0 + $1.casualties.unMilitary.killed.value }
        let findsKnown = IEDFinds.areRecorded(in: incidents)
        let initiationKnown = IEDInitiation.unrecorded(in: data) == nil
        let lastFour = max(period.from, period.to - 3)...period.to
        let iedAttacks = minusma.filter { $0.category == .ied && lastFour.contains($0.year) }.count
        let iedFinds = inPeriod.filter { $0.category == .iedFind && $0.party == .minusma && lastFour.contains($0.year) }
            .count
        func rcied(_ items: [Incident]) -> Double? {
            guard initiationKnown else { return nil }
            let identified = items.filter(\.isIdentifiedIED)
            return Tally.share(identified.filter { $0.iedType == .rcied }.count, of: identified.count)
        }
        return [
            ("attacks", .count(attacks.count)),
            ("attacks_first_year", .count(first.count)),
            ("attacks_last_year", .count(last.count)),
            ("attacks_last_year_central", .count(central.count)),
            ("attacks_last_year_central_share", .fraction(Tally.share(central.count, of: last.count))),
            ("killed_first_year", .count(first.reduce(0) { $0 + $1.casualties.victimsKilled })),
            ("killed_last_year", .count(killedLast)),
            ("killed_last_year_civilian_share", .fraction(civiliansKnown ? Tally.share(civiliansLast, of: killedLast) : nil)),
            ("minusma_attacks", .count(minusma.count)),
            ("minusma_attacks_share", .fraction(Tally.share(minusma.count, of: attacks.count))),
            ("minusma_attacks_per_year", .number(Double(minusma.count) / Double(years))),
            ("minusma_attack_every_days", .number(minusma.isEmpty ? nil : Double(days) / Double(minusma.count))),
            ("minusma_fatalities", .count(fatalities)),
            ("minusma_fatalities_per_year", .number(fatalities.map { Double($0) / Double(years) })),
            ("minusma_fatalities_military_share", .fraction(fatalities.flatMap { Tally.share(military, of: $0) })),
            ("minusma_ied_finds_share_last_four_years",
                .fraction(findsKnown ? Tally.share(iedFinds, of: iedAttacks + iedFinds) : nil)),
            ("rcied_share_first_year", .fraction(rcied(inPeriod.filter { $0.year == period.from }))),
            ("rcied_share_last_year", .fraction(rcied(inPeriod.filter { $0.year == period.to }))),
            ("rcied_share_period", .fraction(rcied(inPeriod))),
        ]
    }

    /// China and the Soviet Union / Russian Federation together, as the brief groups them.
    static let majorProducers: Set = ["China", "Soviet Union", "Russia"]

    static func sampleStatistics(_ records: [AmmunitionRecord], period: Period) -> [(String, Statistic)] {
        let samples = AmmunitionSamples.inPeriod(records, period: period)
        let major = samples.filter { $0.country.map { majorProducers.contains($0.name) } ?? false }.count
        let others = Set(samples.compactMap(\.country).filter { !majorProducers.contains($0.name) })
        return [
            ("ammunition_samples", .count(samples.count)),
            ("samples_china_soviet_russia", .count(major)),
            ("samples_china_soviet_russia_share", .fraction(Tally.share(major, of: samples.count))),
            ("other_producing_countries", .count(others.count)),
        ]
    }
}
