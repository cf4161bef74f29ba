import BriefModel

/// The headline statistics of figures.md, computed for the brief's text and figures.json.
public enum Headline {
    public static func compute(_ data: Dataset, period: Period) -> HeadlineStatistics {
        var values: [(String, Statistic)] = []
        if let cube = data.incidentCube { values += incidentStatistics(cube, in: data, period: period) }
        if let ammunition = data.ammunitionColumns { values += sampleStatistics(ammunition, period: period) }
        return HeadlineStatistics(values)
    }

    static func incidentStatistics(_ cube: IncidentCube, in data: Dataset, period: Period) -> [(String, Statistic)] {
        typealias Key = IncidentCube.Key
        let inPeriod = { (key: Key) in period.contains(key.year) }
        let attack = { (key: Key) in key.isAttack && inPeriod(key) }
        let minusma = { (key: Key) in key.isAttackOnMINUSMA && inPeriod(key) }
        let attacks = cube.count(where: attack), minusmaAttacks = cube.count(where: minusma)
        // Rates run over the days the export covers, never over days it does not record.
        let coverage = data.coverage[.incidents]
        let periodDays = (period.from...period.to).reduce(0) { $0 + CivilDate.daysIn(year: $1) }
        let days = min(periodDays, coverage?.days(in: period) ?? periodDays)
        // "About N a year" only over at least a year of data: less would be an extrapolation.
        let years: Double? =
            days == periodDays ? Double(period.to - period.from + 1) : days >= 365 ? Double(days) / 365.2425 : nil
        let last = { (key: Key) in key.isAttack && key.year == period.to }
        let first = { (key: Key) in key.isAttack && key.year == period.from }
        let lastCount = cube.count(where: last)
        let central = cube.count { last($0) && $0.zone == .central }
        let killedLast = cube.total(\.victimsKilled, where: last)
        // Unknown is not zero: a share of civilians only where some attack of the year records them;
        // MINUSMA fatalities only where the export records the UN casualty split.
        let civiliansKnown = cube.total(\.civiliansKilledKnown, where: last) > 0
        let civiliansLast = cube.total(\.civiliansKilled, where: last)
        let fatalitiesKnown = (try? MinusmaFatalities.attacks(in: data).get()) != nil
        let fatalities = fatalitiesKnown ? cube.total(\.unKilled, where: minusma) : nil
        let military = cube.total(\.unMilitaryKilled, where: minusma)
        let findsKnown = IEDFinds.areRecorded(in: cube)
        let initiationKnown = IEDInitiation.unrecorded(in: data) == nil
        let lastFour = max(period.from, period.to - 3)...period.to
        let iedAttacks = cube.count { minusma($0) && $0.category == .ied && lastFour.contains($0.year) }
        let iedFinds = cube.count {
            inPeriod($0) && $0.category == .iedFind && $0.party == .minusma && lastFour.contains($0.year)
        }
        func rcied(_ years: (Key) -> Bool) -> Double? {
            guard initiationKnown else { return nil }
            let identified = cube.count { $0.isIdentifiedIED && inPeriod($0) && years($0) }
            return Tally.share(
                cube.count { $0.isIdentifiedIED && $0.iedType == .rcied && inPeriod($0) && years($0) },
                of: identified)
        }
        let statistics: [(String, Statistic)] = [
            ("attacks", .count(attacks)),
            ("attacks_first_year", .count(cube.count(where: first))),
            ("attacks_last_year", .count(lastCount)),
            ("attacks_last_year_central", .count(central)),
            ("attacks_last_year_central_share", .fraction(Tally.share(central, of: lastCount))),
            ("killed_first_year", .count(cube.total(\.victimsKilled, where: first))),
            ("killed_last_year", .count(killedLast)),
            ("killed_last_year_civilian_share", .fraction(civiliansKnown ? Tally.share(civiliansLast, of: killedLast) : nil)),
            ("minusma_attacks", .count(minusmaAttacks)),
            ("minusma_attacks_share", .fraction(Tally.share(minusmaAttacks, of: attacks))),
            ("minusma_attacks_per_year", .number(years.map { Double(minusmaAttacks) / $0 })),
            ("minusma_attack_every_days", .number(minusmaAttacks == 0 ? nil : Double(days) / Double(minusmaAttacks))),
            ("minusma_fatalities", .count(fatalities)),
            ("minusma_fatalities_per_year", .number(years.flatMap { years in fatalities.map { Double($0) / years } })),
            ("minusma_fatalities_military_share", .fraction(fatalities.flatMap { Tally.share(military, of: $0) })),
            (
                "minusma_ied_finds_share_last_four_years",
                .fraction(findsKnown ? Tally.share(iedFinds, of: iedAttacks + iedFinds) : nil)
            ),
            ("rcied_share_first_year", .fraction(rcied { $0.year == period.from })),
            ("rcied_share_last_year", .fraction(rcied { $0.year == period.to })),
            ("rcied_share_period", .fraction(rcied { _ in true })),
        ]
        return statistics.map { key, value in
            // A first or last year the export does not cover at all has no count: unknown, not 0.
            let year = key.contains("first_year") ? period.from : key.contains("last_year") ? period.to : nil
            guard let year, let coverage, coverage.year(year) == .notCovered else { return (key, value) }
            return (key, value.unknown)
        }
    }

    /// China and the Soviet Union / Russian Federation together, as the brief groups them.
    static let majorProducers: Set = ["China", "Soviet Union", "Russia"]

    static func sampleStatistics(_ records: AmmunitionColumns, period: Period) -> [(String, Statistic)] {
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
