import BriefModel
import Testing

@testable import Figures

/// The sample figures on a hand-worked fixture (period 2016–2018).
@Suite struct AmmunitionFiguresTests {
    static let period = Period(from: 2016, to: 2018)!
    static let r54 = Calibre(millimetres: 7.62, caseLength: 54, rimmed: true)
    static let hmg = Calibre(millimetres: 12.7, caseLength: 108)
    static let nato556 = Calibre(millimetres: 5.56, caseLength: 45)
    static let mortar = Calibre(millimetres: 81)

    /// Samples, by hand:
    ///  1. 7.62x39 Factory 71 1975 China — recorded twice (r1, r2): one sample.
    ///  2. 7.62x54R Factory 17 1968 Soviet Union (r3).
    ///  3. 12.7x108 with no producer, China, 2011 (r4): the country stands in for the producer.
    ///  4. 7.62x39 Factory 10E 2015, country given only on its second record (r6 then r5): keeps Egypt.
    ///  5. 7.62x39 Arsenal 21 1985 Bulgaria (r7).
    ///  6. 7.62x39 Factory 9 1990, no country (r8): a sample, but not listed by country.
    /// Not samples: r9 (5.56 mm), r10 (81 mm projectile), r11 (no year), r12 (neither producer nor
    /// country), r13 (recovered 2019, after the period), r14 (recovered 2015, before it).
    static let records = [
        Build.ammo("r1", "2016-02-01", producer: "Factory 71", country: Build.china, year: 1975),
        Build.ammo("r2", "2017-05-05", producer: "Factory 71", country: Build.china, year: 1975),
        Build.ammo("r3", "2016-03-03", r54, producer: "Factory 17", country: Build.ussr, year: 1968),
        Build.ammo("r4", "2018-12-31", hmg, producer: nil, country: Build.china, year: 2011),
        Build.ammo("r6", "2016-09-14", producer: "Factory 10E", country: nil, year: 2015),
        Build.ammo("r5", "2017-01-01", producer: "Factory 10E", country: Build.egypt, year: 2015),
        Build.ammo("r7", "2016-01-01", producer: "Arsenal 21", country: Build.bulgaria, year: 1985),
        Build.ammo("r8", "2017-01-01", producer: "Factory 9", country: nil, year: 1990),
        Build.ammo("r9", "2017-01-01", nato556, producer: "FN", country: Build.china, year: 1990),
        Build.ammo("r10", "2017-01-01", mortar, producer: "DIO", country: Build.egypt, year: 2001),
        Build.ammo("r11", "2017-01-01", producer: "Factory 71", country: Build.china, year: nil),
        Build.ammo("r12", "2017-01-01", producer: nil, country: nil, year: 1980),
        Build.ammo("r13", "2019-01-01", producer: "Factory 11", country: Build.china, year: 2000),
        Build.ammo("r14", "2015-12-31", producer: "Factory 11", country: Build.china, year: 2001),
    ]

    func compute(_ figure: some FigureDefinition) -> FigureResult {
        figure.compute(Dataset(ammunition: Self.records), period: Self.period)
    }

    @Test func samplesByDecadeFromEarliestToLatestWithZerosBetween() {
        let figure = compute(AmmunitionSamplesByDecade())
        #expect(figure.categories == ["1960s", "1970s", "1980s", "1990s", "2000s", "2010s"])
        #expect(figure.series[0].values == [1, 1, 1, 1, 0, 2])
    }

    @Test func samplesByCountryLargestFirstTiesAlphabetical() {
        let figure = compute(AmmunitionSamplesByCountry())
        #expect(figure.categories == ["China", "Bulgaria", "Egypt", "Soviet Union"])
        #expect(figure.series(named: "samples")!.values == [2, 1, 1, 1])
        // Shares are of all six samples, the one of unknown country included.
        let sixths: [Double?] = [2.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6]
        #expect(figure.series(named: "share")!.values == sixths)
    }

    @Test func headlineGroupsChinaWithTheSovietUnionAndRussia() {
        let headline = Headline.compute(Dataset(ammunition: Self.records), period: Self.period)
        #expect(headline["ammunition_samples"] == .count(6))
        #expect(headline["samples_china_soviet_russia"] == .count(3))
        #expect(headline["other_producing_countries"] == .count(2))
    }

    @Test func noSamplesGiveAnEmptyFigureNotACrash() {
        let figure = AmmunitionSamplesByDecade().compute(Dataset(ammunition: []), period: Self.period)
        #expect(figure.categories.isEmpty && figure.isAvailable)
    }
}
