import BriefModel
import Testing

@testable import Figures

/// Each incident figure on a small fixture whose answer is worked out by hand in the comments.
@Suite struct IncidentFiguresTests {
    static let period = Period(from: 2019, to: 2021)!

    /// 2019: two attacks (Gao north, Mopti central) and a find; 2020: nothing; 2021: a Bamako attack
    /// on 1 January and a northern one on 31 December; 2018-12-31 and 2022-01-01 lie outside.
    static let incidents = [
        Build.incident(
            "a", "2019-03-01", .gao, .ied, .minusma, iedType: .rcied, unMilitaryKilled: 2, unAssociatedKilled: 1,
            civiliansKilled: 1, civiliansInjured: 4, assailants: 5),
        Build.incident(
            "b", "2019-07-01", .mopti, .smallArmsFire, .nationalForces, civiliansKilled: .unknown,
            civiliansInjured: 2),
        Build.incident("c", "2019-08-01", .kidal, .iedFind, .minusma, iedType: .victimOperated),
        Build.incident("d", "2021-01-01", .bamako, .complex, .minusma, unMilitaryKilled: .unknown, unAssociatedKilled: 3),
        Build.incident("e", "2021-12-31", .timbuktu, .indirectFire, .minusma, unMilitaryKilled: 1),
        Build.incident("f", "2021-06-01", .kidal, .iedFind, .nationalForces, iedType: .unknown),
        Build.incident("g", "2021-06-02", .gao, .ied, .civilians, iedType: .commandWire, civiliansKilled: 3),
        Build.incident("x", "2018-12-31", .gao, .ied, .minusma, unMilitaryKilled: 9),
        Build.incident("y", "2022-01-01", .gao, .ied, .minusma, unMilitaryKilled: 9),
    ]

    func compute(_ figure: some FigureDefinition) -> FigureResult {
        figure.compute(Dataset(incidents: Self.incidents), period: Self.period)
    }

    func values(_ figure: FigureResult, _ name: String) -> [Double?] { figure.series(named: name)!.values }

    @Test func attacksPerYearByZoneWithAnEmptyYear() {
        let figure = compute(AttacksPerYear())
        #expect(figure.categories == ["2019", "2020", "2021"])
        #expect(values(figure, "northern") == [1, 0, 2])  // a; e and g
        #expect(values(figure, "central") == [1, 0, 0])  // b
        #expect(values(figure, "southern") == [0, 0, 1])  // d (Bamako)
        #expect(values(figure, "total") == [2, 0, 3])
    }

    @Test func victimsExcludeAssailantsAndSumUnknownAsZero() {
        let figure = compute(VictimsPerYear())
        #expect(values(figure, "killed") == [4, 0, 7])  // a: 2+1+1 (not the 5 assailants); b unknown; d 3, e 1, g 3
        #expect(values(figure, "injured") == [6, 0, 0])  // a 4, b 2
        #expect(values(figure, "killed_civilians") == [1, 0, 3])
    }

    @Test func minusmaAttacksAndTypes() {
        #expect(values(compute(MinusmaAttacksPerYear()), "attacks") == [1, 0, 2])
        let types = compute(MinusmaAttackTypes())
        #expect(types.categories == ["ied", "indirect_fire", "small_arms_fire", "complex"])
        #expect(values(types, "attacks") == [1, 1, 0, 1])
        #expect(values(types, "share").map { $0.map { ($0 * 3).rounded() } } == [1, 1, 0, 1])
        let perYear = compute(MinusmaAttackTypesPerYear())
        #expect(values(perYear, "ied") == [1, 0, 0])
        #expect(values(perYear, "complex") == [0, 0, 1])
        #expect(values(perYear, "indirect_fire") == [0, 0, 1])
    }

    @Test func minusmaFatalitiesWithAnUnknownCount() {
        let byType = compute(MinusmaFatalitiesByType())
        #expect(values(byType, "fatalities") == [3, 1, 0, 3])  // a 2+1; e 1; d unknown + 3
        let sevenths: [Double?] = [3.0 / 7, 1.0 / 7, 0, 3.0 / 7]
        #expect(values(byType, "share") == sevenths)
        let perYear = compute(MinusmaFatalitiesPerYear())
        #expect(values(perYear, "total") == [3, 0, 4])
    }

    @Test func fatalitiesAreUnavailableWhenEveryCountIsUnknown() {
        let unknown = [Build.incident("u", "2019-01-01", unMilitaryKilled: .unknown, unAssociatedKilled: .unknown)]
        let figure = MinusmaFatalitiesByType().compute(Dataset(incidents: unknown), period: Self.period)
        #expect(!figure.isAvailable)
    }

    @Test func iedAttacksVersusFindsWithEmptyShares() {
        let figure = compute(MinusmaIEDAttacksVsFinds())
        #expect(values(figure, "ied_attacks") == [1, 0, 0])
        #expect(values(figure, "ied_finds") == [1, 0, 0])  // f was found by national forces
        #expect(values(figure, "finds_share") == [0.5, nil, nil])
    }

    @Test func rciedShareCountsIdentifiedIEDsOfAllParties() {
        let figure = compute(RCIEDSharePerYear())
        #expect(values(figure, "identified") == [2, 0, 1])  // a, c; g (f is unknown)
        #expect(values(figure, "rcied") == [1, 0, 0])
        #expect(values(figure, "share") == [0.5, nil, 0])
    }

    @Test func headlineStatistics() {
        let headline = Headline.compute(Dataset(incidents: Self.incidents), period: Self.period)
        #expect(headline["attacks"] == .count(5))
        #expect(headline["minusma_attacks"] == .count(3))
        #expect(headline["attacks_last_year_central_share"] == .fraction(0))
        #expect(headline["minusma_fatalities"] == .count(7))
        #expect(headline["minusma_fatalities_military_share"] == .fraction(3.0 / 7))
        #expect(headline["minusma_attack_every_days"] == .number(1096.0 / 3))
        #expect(headline["rcied_share_first_year"] == .fraction(0.5))
    }
}
