import BriefModel
import Figures
import Testing

@Suite struct ArmsFlowTests {
    let flow = ArmsFlowFixture.flow()

    private func sample(_ producer: String) throws -> TrackedItem {
        try #require(flow.ammunition?.first { $0.producer == producer })
    }

    @Test func sampleTrackerFollowsEachSampleAcrossZones() throws {
        let s1 = try sample("Factory 10E")
        #expect(s1.country?.name == "Egypt")  // S1c has no country; the sample keeps it
        #expect(s1.sightings.first == ArmsFlowFixture.date("2016-09-14"))
        #expect(s1.sightings.firstRegion == .mopti)
        #expect(s1.sightings.last == ArmsFlowFixture.date("2018-01-06"))
        #expect(s1.sightings.records == 3)
        #expect(s1.sightings.quantity == 72)
        #expect(s1.sightings.incidents == 2)
        #expect(s1.sightings.regions == [.mopti, .timbuktu])
        #expect(s1.sightings.zones.map(\.zone) == [.central, .northern])
        #expect(s1.sightings.spread == ArmsFlowFixture.date("2018-01-06"))
        #expect(s1.lag == 1)
    }

    @Test func recordsBeforeThePeriodCountAsEarlierSightingsAndAfterItDoNot() throws {
        let s2 = try #require(flow.ammunition?.first { $0.producer == "China" })
        #expect(s2.sightings.first == ArmsFlowFixture.date("2015-05-05"))
        #expect(s2.sightings.spread == nil)
        #expect(s2.lag == 35)
        // R3 (no producer or country) and R4 (no year) make no sample; R5 lies after the period.
        #expect(flow.ammunition?.count == 2)
    }

    @Test func theResultDoesNotDependOnRowOrder() {
        let reversed = ArmsFlow(
            Dataset(arms: ArmsFlowFixture.arms().reversed(), ammunition: ArmsFlowFixture.ammunition.reversed()),
            period: ArmsFlowFixture.period)
        #expect(reversed.ammunition == flow.ammunition)
        #expect(reversed.arms == flow.arms)
        #expect(reversed.specificity == flow.specificity)
    }

    /// Found on one day in two regions of two zones: the regions and zones are listed in the order
    /// of their cases (Gao before Mopti, north before centre), whatever the order of the rows.
    @Test func sameDaySightingsAreListedInCaseOrder() throws {
        let ak = Calibre(millimetres: 7.62, caseLength: 39), day = ArmsFlowFixture.date("2017-03-01")
        let rows = [
            AmmunitionRecord(id: "T1", recoveredDate: day, region: .mopti, calibre: ak, producer: "Factory 10E", year: 2015),
            AmmunitionRecord(id: "T2", recoveredDate: day, region: .gao, calibre: ak, producer: "Factory 10E", year: 2015),
        ]
        for order in [rows, rows.reversed()] {
            let sample = try #require(ArmsFlow(Dataset(ammunition: order), period: ArmsFlowFixture.period).ammunition?.first)
            #expect(sample.sightings.firstRegion == .gao)
            #expect(sample.sightings.regions == [.gao, .mopti])
            #expect(sample.sightings.zones.map(\.zone) == [.northern, .central])
            #expect(sample.sightings.spread == day)
        }
    }

    @Test func firstSightingsListArmsTypesAndSamplesTogetherFirstRecoveredFirst() {
        let all = flow.typesAndSamples
        #expect(all.count == (flow.armsTypes?.count ?? 0) + (flow.ammunition?.count ?? 0))
        #expect(Set(all.map(\.key)) == Set((flow.armsTypes ?? []).map(\.key) + (flow.ammunition ?? []).map(\.key)))
        // The fixture's arms and samples interleave in time, so a list of one kind then the other is caught.
        #expect(all.map(\.kind) != all.map(\.kind).sorted { $0.rawValue > $1.rawValue })
        #expect(zip(all, all.dropFirst()).allSatisfy { ($0.sightings.first, $0.key) <= ($1.sightings.first, $1.key) })
    }

    @Test func armsTrackerKeepsUnknownCountryAndYearApart() throws {
        let rifle = try #require(flow.arms?.first { $0.model == "Type 56" })
        #expect(rifle.year == nil)
        #expect(rifle.lag == nil)
        #expect(flow.arms?.count == 6)  // A3 and A4 are one item, A6 and A7 another; the rest one each
    }

    @Test func firstSightingsPerYearCountTypesAndSamplesInTheYearFirstSeen() {
        let figure = MaterielFirstSightingsPerYear().compute(flow)
        #expect(figure.categories == ["2016", "2017", "2018"])
        #expect(figure.series(named: "arms_types")?.values == [2, 1, 3])
        // S2 was first seen in 2015, before the period: in no year of it.
        #expect(figure.series(named: "ammunition_samples")?.values == [1, 0, 0])
    }

    @Test func lagBandsMedianAndShareWithinFiveYears() {
        let figure = ProductionToRecoveryLag().compute(flow)
        #expect(figure.categories == ["0–2", "3–5", "6–10", "11–20", "21–30", "31+"])
        // Arms lags 2 (Type 85), 5 (RPG-32), 6 (S-5), 17 (M-82), 41 (O-832); the Type 56 has no year.
        #expect(figure.series(named: "arms_items")?.values == [1, 1, 1, 1, 0, 1])
        #expect(figure.series(named: "ammunition_samples")?.values == [1, 0, 0, 0, 0, 1])
        #expect(LagBands.median(flow.arms!) == 6)
        #expect(LagBands.median(flow.ammunition!) == 18)
        #expect(LagBands.shareWithin(5, flow.arms!) == 0.4)
        let facts = MonitoringFacts(flow)
        // The quickest arms item and the two quickest samples, quickest first ("The quickest to reach the field").
        #expect(facts.fastest.map(\.model) == [nil, "Type 85", nil])
        #expect(facts.fastest.map(\.lag) == [1, 2, 35])
    }

    @Test func postCutoffSharePerYearLeavesUndatedRecordsOut() {
        let figure = PostCutoffSharePerYear().compute(flow)
        // 2016: S1a (2015). 2017: S1b (2015), R3 (2010), R4 undated. 2018: S1c (2015), S2b (1980).
        #expect(figure.series(named: "ammunition_dated")?.values == [1, 2, 2])
        #expect(figure.series(named: "ammunition_post_cutoff")?.values == [1, 1, 1])
        #expect(figure.series(named: "ammunition_undated")?.values == [0, 1, 0])
        #expect(figure.series(named: "ammunition_share")?.values == [1, 0.5, 0.5])
        // Arms 2016: A3 (1975), A8 undated; 2017: A4, A6; 2018: A2 (2016), A5, A7, A1 (2013).
        #expect(figure.series(named: "arms_dated")?.values == [1, 2, 4])
        #expect(figure.series(named: "arms_post_cutoff")?.values == [0, 0, 2])
        #expect(figure.series(named: "arms_undated")?.values == [1, 0, 0])
    }

    @Test func aDifferentCutoffYearChangesTheShare() {
        let flow2004 = ArmsFlow(
            Dataset(arms: ArmsFlowFixture.arms(), ammunition: ArmsFlowFixture.ammunition),
            period: ArmsFlowFixture.period, producedAfter: 2004)
        #expect(PostCutoffSharePerYear().compute(flow2004).series(named: "arms_post_cutoff")?.values == [0, 1, 3])
    }

    @Test func specificityNamesSingleSourcesAndSourcesFoundInOneRegion() throws {
        let groups = try #require(flow.specificity)
        #expect(groups.map(\.label) == ["57mm rocket", "81mm mortar round", "32mm grenade"])
        let rockets = groups[0]
        #expect(rockets.records == 2 && rockets.items == 6)
        #expect(rockets.singleSource?.country.name == "Bulgaria")
        #expect(rockets.singleSource?.years == [2011])
        // Found in one region as a whole: its source is not "local" to a part of where the kind was found.
        #expect(rockets.localSources.isEmpty)
        let mortars = groups[1]
        #expect(mortars.singleSource == nil)
        #expect(mortars.sources.map(\.country.name) == ["Iran", "Soviet Union"])
        #expect(mortars.regions == [.gao, .timbuktu, .mopti])
        // Iran's mortar rounds stand in Timbuktu only, but in one record: no finding.
        #expect(mortars.sources.first { $0.country.name == "Iran" }?.regions == [.timbuktu])
        #expect(mortars.localSources.isEmpty)
        let figure = HeavyMaterielSpecificity().compute(flow)
        #expect(figure.series(named: "countries")?.values == [1, 2, 1])
        #expect(figure.series(named: "production_years")?.values == [1, 2, 1])
    }

    /// A single record always has one source and one place: the brief names no finding built on one.
    @Test func noSpecificityFindingRestsOnASingleRecord() throws {
        let iran = Country(name: "Iran", isoCode: "IR"), russia = Country(name: "Russian Federation", isoCode: "RU")
        func mortar(_ id: String, _ region: Region, _ country: Country, _ year: Int) -> ArmsItem {
            ArmsItem(
                id: id, recoveredDate: ArmsFlowFixture.date("2018-05-07"), region: region, category: .mortarRound,
                model: "M-82 type", calibre: Calibre(millimetres: 82), country: country, year: year)
        }
        func groups(_ items: [ArmsItem]) throws -> [SpecificityGroup] {
            let flow = ArmsFlow(Dataset(arms: items), period: ArmsFlowFixture.period, producedAfter: 2012)
            return try #require(flow.specificity)
        }
        // One record: one source and one region by construction, so neither is a finding.
        #expect(try groups([mortar("M1", .gao, iran, 2001)])[0].singleSource == nil)
        // Two records of one source: a finding; in one region while the kind was found in two: local.
        let two = try groups([mortar("M1", .timbuktu, iran, 2001), mortar("M2", .timbuktu, iran, 2001)])[0]
        #expect(two.singleSource?.country == iran)
        let mixed = try groups([
            mortar("M1", .timbuktu, iran, 2001), mortar("M2", .timbuktu, iran, 2001), mortar("M3", .gao, russia, 2010),
        ])[0]
        #expect(mixed.localSources.map(\.country) == [iran], "Russia's one record in Gao is no finding")
        #expect(mixed.localSources.first?.records == 2)
    }

    @Test func withoutMaterielExportsTheViewsAreUnavailableNotZero() {
        let empty = ArmsFlow(Dataset(), period: ArmsFlowFixture.period)
        for figure in [
            MaterielFirstSightingsPerYear().compute(empty), ProductionToRecoveryLag().compute(empty),
            PostCutoffSharePerYear().compute(empty), HeavyMaterielSpecificity().compute(empty),
        ] {
            #expect(!figure.isAvailable, "\(figure.id)")
        }
        let headline = MonitoringFacts(empty).headline
        #expect(headline.first { $0.key == "median_lag_years_arms" }?.value == .number(nil))
        #expect(headline.first { $0.key == "items_spread_across_zones" }?.value == .count(nil))
    }

    @Test func onlyAmmunitionGivesNoArmsSeries() {
        let flow = ArmsFlow(Dataset(ammunition: ArmsFlowFixture.ammunition), period: ArmsFlowFixture.period)
        let figure = MaterielFirstSightingsPerYear().compute(flow)
        #expect(figure.series.map(\.name) == ["ammunition_samples"])
        #expect(figure.chart.layers.map(\.colorKey) == ["ammunition"])
        #expect(!HeavyMaterielSpecificity().compute(flow).isAvailable)
    }

    @Test func notableItemsAreChosenByTheirRules() {
        let facts = MonitoringFacts(flow)
        let spread = facts.notable.filter { $0.reasons.contains(.spread) }.map(\.item.label)
        // Made after 2012 and found in two zones: only the Egyptian sample.
        #expect(spread == ["7.62x39mm Factory 10E 2015 (Egypt)"])
        // The three latest production years; the Egyptian sample comes first, listed already as widespread.
        let newest = facts.notable.filter { $0.reasons.contains(.newest) }.map(\.item.year)
        #expect(newest == [2015, 2016, 2013])
        #expect(facts.notable.first?.reasons == [.widespread, .newest, .spread])
        #expect(facts.newArmsTypes.first?.model == "Type 85")
    }
}

@Suite struct ArmsFlowEdgeTests {
    @Test func theCutoffYearItselfIsNotAfterIt() {
        let items = [
            ArmsItem(id: "a", recoveredDate: ArmsFlowFixture.date("2016-01-01"), region: .gao, category: .rocket, year: 2012),
            ArmsItem(id: "b", recoveredDate: ArmsFlowFixture.date("2016-01-02"), region: .gao, category: .rocket, year: 2013),
        ]
        let flow = ArmsFlow(Dataset(arms: items), period: ArmsFlowFixture.period, producedAfter: 2012)
        #expect(flow.postCutoff.byKind[.arms]?.first?.postCutoff == 1)
        #expect(flow.postCutoff.byKind[.arms]?.first?.dated == 2)
    }

    @Test func anItemRecoveredBeforeItWasMadeHasNoUsableLag() {
        let items = [
            ArmsItem(id: "a", recoveredDate: ArmsFlowFixture.date("2016-01-01"), region: .gao, category: .rocket, year: 2018),
            ArmsItem(id: "b", recoveredDate: ArmsFlowFixture.date("2016-01-01"), region: .gao, category: .grenade, year: 2010),
        ]
        let arms = ArmsFlow(Dataset(arms: items), period: ArmsFlowFixture.period).arms!
        #expect(LagBands.counts(arms) == [0, 0, 1, 0, 0, 0])
        #expect(LagBands.median(arms) == 6)
        #expect(LagBands.fastest(arms).map(\.year) == [2010])
    }
}

extension ArmsFlowEdgeTests {
    @Test func aSampleFirstSeenInTwoRegionsOnOneDayStartsInTheRegionListedFirst() {
        let day = ArmsFlowFixture.date("2017-03-03"), calibre = Calibre(millimetres: 7.62, caseLength: 39)
        func record(_ id: String, _ region: Region) -> AmmunitionRecord {
            AmmunitionRecord(id: id, recoveredDate: day, region: region, calibre: calibre, producer: "Factory 71", year: 1990)
        }
        for rows in [[record("a", .timbuktu), record("b", .gao)], [record("b", .gao), record("a", .timbuktu)]] {
            let flow = ArmsFlow(Dataset(ammunition: rows), period: ArmsFlowFixture.period)
            #expect(flow.ammunition?.first?.sightings.firstRegion == .gao)  // Gao comes before Timbuktu in the contract
        }
    }
}
